using System.Text;
using System.Text.RegularExpressions;
using Dapper;
using Microsoft.Data.Sqlite;
using Triangulate.Web.Hosting;

namespace Triangulate.Web.Search;

/// <summary>
/// Full-text search over the reports (title, name, text) and their claims: an SQLite FTS5 index kept in its own file
/// in the case folder, beside the case database, and brought up to date with each view (a document's text never
/// changes, so only documents not yet indexed are added).
/// </summary>
internal sealed partial class SearchIndex : IDisposable
{
    /// <summary>The index file in the case folder.</summary>
    public const string FileName = "search.db";

    /// <summary>Marks the start and end of a match in a snippet; stripped from indexed text, so never ambiguous.</summary>
    public const char MatchStart = '\u0002';

    /// <summary>See <see cref="MatchStart"/>.</summary>
    public const char MatchEnd = '\u0003';

    private readonly string _connectionString;

    public SearchIndex(string path)
    {
        _connectionString = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate }.ToString();
        using var connection = Open();
        connection.Execute(
            """
            PRAGMA journal_mode=WAL;
            CREATE VIRTUAL TABLE IF NOT EXISTS doc_fts USING fts5(doc_id UNINDEXED, title, name, text, tokenize = 'unicode61 remove_diacritics 2');
            CREATE VIRTUAL TABLE IF NOT EXISTS claim_fts USING fts5(claim_id UNINDEXED, doc_id UNINDEXED, text, tokenize = 'unicode61 remove_diacritics 2');
            CREATE TABLE IF NOT EXISTS indexed (doc_id TEXT PRIMARY KEY) WITHOUT ROWID;
            """);
    }

    /// <summary>Indexes the documents of the view that are not indexed yet, in one transaction.</summary>
    public int Sync(CaseView view)
    {
        using var connection = Open();
        var known = connection.Query<string>("SELECT doc_id FROM indexed").ToHashSet(StringComparer.Ordinal);
        var missing = view.File.Documents.Where(d => !known.Contains(d.Id)).ToList();
        if (missing.Count == 0)
        {
            return 0;
        }

        using var tx = connection.BeginTransaction();
        foreach (var document in missing)
        {
            connection.Execute(
                "INSERT INTO doc_fts (doc_id, title, name, text) VALUES (@Id, @Title, @Name, @Text)",
                new { document.Id, Title = Clean(document.Title), Name = Clean(document.Name), Text = Clean(document.Text) },
                tx);
            var claims = view.ClaimsByDocument.GetValueOrDefault(document.Id) ?? [];
            connection.Execute(
                "INSERT INTO claim_fts (claim_id, doc_id, text) VALUES (@Id, @Doc, @Text)",
                claims.Select(c => new { c.Id, c.Doc, Text = Clean(c.Text) }),
                tx);
            connection.Execute("INSERT OR IGNORE INTO indexed (doc_id) VALUES (@Id)", new { document.Id }, tx);
        }

        tx.Commit();
        return missing.Count;
    }

    /// <summary>Reports and claims matching every word (or quoted phrase) of <paramref name="query"/>, best first.</summary>
    public (List<SearchHit> Documents, List<SearchHit> Claims) Find(string query, int limit)
    {
        var match = ToMatch(query);
        if (match is null)
        {
            return ([], []);
        }

        using var connection = Open();
        var documents = connection.Query<SearchHit>(
            $"""
            SELECT doc_id AS Id, doc_id AS Doc, snippet(doc_fts, 3, char(2), char(3), '…', 16) AS Snippet,
                   snippet(doc_fts, 1, char(2), char(3), '…', 16) AS Title
            FROM doc_fts WHERE doc_fts MATCH @match ORDER BY rank LIMIT @limit
            """,
            new { match, limit }).ToList();
        var claims = connection.Query<SearchHit>(
            "SELECT claim_id AS Id, doc_id AS Doc, snippet(claim_fts, 2, char(2), char(3), '…', 24) AS Snippet " +
            "FROM claim_fts WHERE claim_fts MATCH @match ORDER BY rank LIMIT @limit",
            new { match, limit }).ToList();
        return (documents, claims);
    }

    /// <summary>
    /// An FTS5 query from what a person types: each quoted phrase and each other word becomes an FTS5 string (so no
    /// operator or column filter can be smuggled in), all of them required.
    /// </summary>
    public static string? ToMatch(string query)
    {
        var parts = new List<string>();
        foreach (Match m in Terms().Matches(query))
        {
            var text = m.Groups["phrase"].Success ? m.Groups["phrase"].Value : m.Groups["word"].Value;
            var words = Words().Matches(text).Select(w => w.Value).ToList();
            if (words.Count > 0)
            {
                parts.Add("\"" + string.Join(' ', words).Replace("\"", "\"\"", StringComparison.Ordinal) + "\"");
            }
        }

        return parts.Count == 0 ? null : string.Join(' ', parts.Take(32));
    }

    private static string? Clean(string? text)
    {
        if (text is null || text.IndexOfAny([MatchStart, MatchEnd]) < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text);
        return builder.Replace(MatchStart, ' ').Replace(MatchEnd, ' ').ToString();
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        connection.Execute("PRAGMA busy_timeout=5000;");
        return connection;
    }

    [GeneratedRegex("\"(?<phrase>[^\"]*)\"|(?<word>[^\\s\"]+)")]
    private static partial Regex Terms();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Words();

    public void Dispose() => SqliteConnection.ClearAllPools();
}

/// <summary>A search hit with its snippet (matches between <see cref="SearchIndex.MatchStart"/> and <see cref="SearchIndex.MatchEnd"/>).</summary>
internal sealed class SearchHit
{
    public string Id { get; set; } = string.Empty;

    public string Doc { get; set; } = string.Empty;

    public string Snippet { get; set; } = string.Empty;

    public string? Title { get; set; }
}
