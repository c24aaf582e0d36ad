using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Triangulate.Storage.Postgres;

namespace Triangulate.Cases;

/// <summary>
/// What may name a case: a folder (an SQLite case), or a PostgreSQL case as a <c>postgres://</c> URL or a
/// <c>Host=...;Database=...</c> connection string. Any other URL or connection string is refused rather than taken as
/// a folder name (<c>mysql://host/db</c> would otherwise become a folder called <c>mysql:</c>).
/// </summary>
public static partial class CaseLocation
{
    /// <summary>The environment variable that names the case when <c>--case</c> is not given.</summary>
    public const string Variable = "TRIANGULATE_CASE";

    /// <summary>The case when neither <c>--case</c> nor <see cref="Variable"/> names one.</summary>
    public static string Default => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : Path.Combine(".", ".triangulate");

    /// <summary>Why <paramref name="value"/> cannot name a case, or null when it can. Never shows a password.</summary>
    public static string? Problem(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (string.IsNullOrWhiteSpace(value))
        {
            return "--case is empty: give a folder or a postgres:// URL";
        }

        if (PostgresLocation.Looks(value))
        {
            try
            {
                PostgresLocation.Parse(value);
                return null;
            }
            catch (FormatException ex)
            {
                return $"--case {ex.Message}";
            }
        }

        if (UrlScheme().IsMatch(value))
        {
            return $"--case '{PostgresLocation.Redact(value)}' is a URL; a case is a folder or a postgres:// URL";
        }

        if (ConnectionString().IsMatch(value))
        {
            return $"--case '{PostgresLocation.Redact(value)}' looks like a connection string but names no host; a case is a folder or a PostgreSQL case (Host=...;Database=...)";
        }

        return null;
    }

    /// <summary>The PostgreSQL case <paramref name="value"/> names, or null when it names a folder.</summary>
    public static PostgresLocation? Postgres(string value) =>
        PostgresLocation.Looks(value ?? throw new ArgumentNullException(nameof(value))) ? PostgresLocation.Parse(value) : null;

    /// <summary>The case as a message may show it: a folder as given, a PostgreSQL case as its URL without any password.</summary>
    public static string Shown(string value) =>
        PostgresLocation.Looks(value ?? throw new ArgumentNullException(nameof(value)))
            ? (Problem(value) is null ? PostgresLocation.Parse(value).ToString() : PostgresLocation.Redact(value))
            : value;

    /// <summary>
    /// The folder on this machine for what a PostgreSQL case keeps locally (the web views' search index): one per
    /// server, database and schema, under the user's local application data.
    /// </summary>
    public static string LocalFolder(PostgresLocation location)
    {
        ArgumentNullException.ThrowIfNull(location);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(location.ToString())))[..16];
        var root = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create);
        return Path.Combine(root.Length > 0 ? root : Path.GetTempPath(), "triangulate", $"{location.Schema}-{hash}");
    }

    // scheme://... or scheme:... as in sqlite:, file://, http(s)://, jdbc:postgresql:, mysql://
    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9+.\-]*:(//|[A-Za-z]+:)|^(postgres|postgresql|sqlite|mysql|jdbc|file|https?):", RegexOptions.IgnoreCase)]
    private static partial Regex UrlScheme();

    // key=value; pairs with a key that only a connection string has
    [GeneratedRegex(@"(^|;)\s*(host|server|data source|datasource|database|user id|username|password|port)\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex ConnectionString();
}
