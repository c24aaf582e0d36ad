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
    ];
}
