namespace Triangulate.Storage.Sqlite;

/// <summary>The schema as an ordered list of migrations; the <c>schema_version</c> table says how many have run.</summary>
internal static class SqliteSchema
{
    public static readonly IReadOnlyList<string> Migrations =
    [
        """
        CREATE TABLE documents (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            id TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            title TEXT,
            source TEXT,
            url TEXT,
            published TEXT,
            published_inferred INTEGER NOT NULL,
            language TEXT NOT NULL,
            text TEXT NOT NULL,
            added_at TEXT NOT NULL);
        CREATE TABLE mentions (
            doc TEXT NOT NULL REFERENCES documents(id), idx INTEGER NOT NULL,
            start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL, type TEXT NOT NULL,
            canonical TEXT NOT NULL, title TEXT, data TEXT NOT NULL, PRIMARY KEY (doc, idx)) WITHOUT ROWID;
        CREATE TABLE times (
            doc TEXT NOT NULL REFERENCES documents(id), idx INTEGER NOT NULL,
            start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL, type TEXT NOT NULL,
            value TEXT, precision TEXT NOT NULL, anchor TEXT, direction TEXT, data TEXT NOT NULL, PRIMARY KEY (doc, idx)) WITHOUT ROWID;
        CREATE TABLE quantities (
            doc TEXT NOT NULL REFERENCES documents(id), idx INTEGER NOT NULL,
            start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL, value TEXT NOT NULL,
            unit TEXT, qualifier TEXT NOT NULL, counted TEXT, data TEXT NOT NULL, PRIMARY KEY (doc, idx)) WITHOUT ROWID;
        CREATE TABLE claims (
            doc TEXT NOT NULL REFERENCES documents(id), idx INTEGER NOT NULL,
            start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL, chain TEXT NOT NULL,
            stance TEXT NOT NULL, modality TEXT NOT NULL, data TEXT NOT NULL, PRIMARY KEY (doc, idx)) WITHOUT ROWID;
        CREATE TABLE decisions (
            seq INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, a TEXT NOT NULL, b TEXT NOT NULL,
            made_at TEXT NOT NULL);
        CREATE TABLE resolution (
            id INTEGER PRIMARY KEY CHECK (id = 1), through_seq INTEGER NOT NULL, json TEXT NOT NULL,
            saved_at TEXT NOT NULL);
        """,
        // 2: the resolution index (a snapshot saved before it existed is dropped, so the first view rebuilds it from
        // the index the first command builds).
        """
        CREATE TABLE res_header (
            id INTEGER PRIMARY KEY CHECK (id = 1), version TEXT NOT NULL, through_seq INTEGER NOT NULL,
            documents INTEGER NOT NULL, nodes INTEGER NOT NULL, claims INTEGER NOT NULL, entities INTEGER NOT NULL,
            lines INTEGER NOT NULL, saved_at TEXT NOT NULL);
        CREATE TABLE res_documents (
            seq INTEGER PRIMARY KEY, first_node INTEGER NOT NULL, first_claim INTEGER NOT NULL,
            mention_nodes TEXT NOT NULL, candidates TEXT NOT NULL);
        CREATE TABLE res_parents (node INTEGER PRIMARY KEY, parent INTEGER NOT NULL);
        CREATE TABLE res_groups (root INTEGER PRIMARY KEY, data TEXT NOT NULL);
        CREATE TABLE res_lines (seq INTEGER PRIMARY KEY, node INTEGER NOT NULL, line TEXT NOT NULL);
        CREATE TABLE res_blocks (key TEXT PRIMARY KEY, count INTEGER NOT NULL, entries BLOB NOT NULL) WITHOUT ROWID;
        DELETE FROM resolution;
        """,
        // 3: citation metadata (authors, dates, outlet, ... as JSON) and the container a document was read from.
        """
        ALTER TABLE documents ADD COLUMN metadata TEXT;
        ALTER TABLE documents ADD COLUMN parent TEXT;
        ALTER TABLE documents ADD COLUMN path TEXT;
        CREATE INDEX documents_parent ON documents(parent);
        """,
        // 4: the snapshot's counts beside it, so `status` answers without reading the whole snapshot.
        """
        ALTER TABLE resolution ADD COLUMN counts TEXT;
        """,
    ];
}
