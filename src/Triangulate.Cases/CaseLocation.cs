using System.Text.RegularExpressions;

namespace Triangulate.Cases;

/// <summary>
/// What may name a case: a folder. A value that looks like a URL or a database connection string is refused rather
/// than taken as a folder name (<c>postgres://host/db</c> would otherwise become a folder called <c>postgres:</c>),
/// until a server store exists to take it.
/// </summary>
public static partial class CaseLocation
{
    /// <summary>Why <paramref name="value"/> cannot name a case folder, or null when it can.</summary>
    public static string? Problem(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (string.IsNullOrWhiteSpace(value))
        {
            return "--case is empty: give a folder";
        }

        if (UrlScheme().IsMatch(value))
        {
            return $"--case '{value}' is a URL; a case is a folder on this machine (no server store is supported yet)";
        }

        if (ConnectionString().IsMatch(value))
        {
            return $"--case '{value}' looks like a database connection string; a case is a folder on this machine (no server store is supported yet)";
        }

        return null;
    }

    // scheme://... or scheme:... as in postgres://, postgresql://, sqlite:, file://, http(s)://, jdbc:postgresql:
    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9+.\-]*:(//|[A-Za-z]+:)|^(postgres|postgresql|sqlite|mysql|jdbc|file|https?):", RegexOptions.IgnoreCase)]
    private static partial Regex UrlScheme();

    // key=value; pairs with a key that only a connection string has
    [GeneratedRegex(@"(^|;)\s*(host|server|data source|datasource|database|user id|username|password|port)\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex ConnectionString();
}
