namespace Triangulate.Storage.Postgres;

/// <summary>
/// The schema on PostgreSQL as an ordered list of migrations; <c>schema_version</c> in the case's schema says how many
/// have run. The tables and columns are those of SQLite's schema (version 4), so a case reads the same on both and
/// <c>copy</c> moves rows as they are; the work queue exists only here.
/// </summary>
internal static class PostgresSchema
{
    public static readonly IReadOnlyList<string> Migrations =
    [
        // 1: documents with their layers, decisions, the views' snapshot and the resolution index. seq comes from
        // case_seq, which the work queue draws from too: a queued document keeps the place its file had in the input.
        """
        CREATE SEQUENCE case_seq;
        CREATE TABLE documents (
            seq BIGINT PRIMARY KEY DEFAULT nextval('case_seq'),
            id TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            title TEXT,
            source TEXT,
            url TEXT,
            published TEXT,
            published_inferred INTEGER NOT NULL,
            language TEXT NOT NULL,
            text TEXT NOT NULL,
            added_at TEXT NOT NULL,
            metadata TEXT,
            parent TEXT,
            path TEXT);
        CREATE INDEX documents_parent ON documents(parent);
        CREATE TABLE mentions (
            doc TEXT NOT NULL REFERENCES documents(id), idx INTEGER NOT NULL,
            start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL, type TEXT NOT NULL,
            canonical TEXT NOT NULL, title TEXT, data TEXT NOT NULL, PRIMARY KEY (doc, idx));
        CREATE TABLE times (
            doc TEXT NOT NULL REFERENCES documents(id), idx INTEGER NOT NULL,
            start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL, type TEXT NOT NULL,
            value TEXT, precision TEXT NOT NULL, anchor TEXT, direction TEXT, data TEXT NOT NULL, PRIMARY KEY (doc, idx));
        CREATE TABLE quantities (
            doc TEXT NOT NULL REFERENCES documents(id), idx INTEGER NOT NULL,
            start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL, value TEXT NOT NULL,
            unit TEXT, qualifier TEXT NOT NULL, counted TEXT, data TEXT NOT NULL, PRIMARY KEY (doc, idx));
        CREATE TABLE claims (
            doc TEXT NOT NULL REFERENCES documents(id), idx INTEGER NOT NULL,
            start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL, chain TEXT NOT NULL,
            stance TEXT NOT NULL, modality TEXT NOT NULL, data TEXT NOT NULL, PRIMARY KEY (doc, idx));
        CREATE TABLE decisions (
            seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, kind TEXT NOT NULL, a TEXT NOT NULL, b TEXT NOT NULL,
            made_at TEXT NOT NULL);
        CREATE TABLE resolution (
            id INTEGER PRIMARY KEY CHECK (id = 1), through_seq BIGINT NOT NULL, json TEXT NOT NULL,
            saved_at TEXT NOT NULL, counts TEXT);
        CREATE TABLE res_header (
            id INTEGER PRIMARY KEY CHECK (id = 1), version TEXT NOT NULL, through_seq BIGINT NOT NULL,
            documents INTEGER NOT NULL, nodes INTEGER NOT NULL, claims INTEGER NOT NULL, entities INTEGER NOT NULL,
            lines BIGINT NOT NULL, saved_at TEXT NOT NULL);
        CREATE TABLE res_documents (
            seq BIGINT PRIMARY KEY, first_node INTEGER NOT NULL, first_claim INTEGER NOT NULL,
            mention_nodes TEXT NOT NULL, candidates TEXT NOT NULL);
        CREATE TABLE res_parents (node INTEGER PRIMARY KEY, parent INTEGER NOT NULL);
        CREATE TABLE res_groups (root INTEGER PRIMARY KEY, data TEXT NOT NULL);
        CREATE TABLE res_lines (seq BIGINT PRIMARY KEY, node INTEGER NOT NULL, line TEXT NOT NULL);
        CREATE TABLE res_blocks (key TEXT PRIMARY KEY, count INTEGER NOT NULL, entries BYTEA NOT NULL);
        """,
        // 2: the work queue of `queue` and `worker`: one row per document read from the inputs, its place in the case
        // (seq) taken when it was queued; a worker leases a batch, and a lease that runs out frees it for another.
        """
        CREATE TABLE jobs (
            seq BIGINT PRIMARY KEY,
            doc TEXT NOT NULL UNIQUE,
            document TEXT NOT NULL,
            state TEXT NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'working', 'done', 'failed')),
            attempts INTEGER NOT NULL DEFAULT 0,
            worker TEXT,
            lease_until TIMESTAMPTZ,
            error TEXT,
            queued_at TIMESTAMPTZ NOT NULL DEFAULT now(),
            done_at TIMESTAMPTZ);
        CREATE INDEX jobs_open ON jobs (seq) WHERE state IN ('queued', 'working');
        """,
    ];
}
