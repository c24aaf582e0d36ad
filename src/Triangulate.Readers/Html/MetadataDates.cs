using System.Globalization;
using System.Text.RegularExpressions;

namespace Triangulate.Readers.Html;

/// <summary>
/// Dates as pages write them in their metadata. The calendar date is taken as written, in the page's own time zone
/// (2017-01-13T00:00:04-05:00 is January 13), since that is the date a citation gives.
/// </summary>
internal static partial class MetadataDates
{
    private static readonly string[] Formats =
    [
        "ddd MMM d HH:mm:ss yyyy", "ddd, d MMM yyyy HH:mm:ss", "d MMM yyyy", "MMMM d, yyyy", "MMM d, yyyy", "MMM. d, yyyy",
    ];

    /// <summary>The calendar date of a metadata value, or null when it is not a plausible date.</summary>
    public static DateOnly? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = value.Trim();
        DateOnly? date = null;
        if (IsoDate().Match(text) is { Success: true } iso)
        {
            date = Make(iso.Groups[1].Value, iso.Groups[2].Value, iso.Groups[3].Value);
        }
        else if (CompactDate().Match(text) is { Success: true } compact)
        {
            date = Make(compact.Groups[1].Value, compact.Groups[2].Value, compact.Groups[3].Value);
        }
        else
        {
            // "Fri Mar 13 21:30:09 EST 2015": a zone abbreviation .NET does not know; the date is the same without it.
            var cleaned = ZoneAbbreviation().Replace(text, " ");
            cleaned = string.Join(' ', cleaned.Split(' ', StringSplitOptions.RemoveEmptyEntries));
            if (DateTimeOffset.TryParse(cleaned, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var moment))
            {
                date = DateOnly.FromDateTime(moment.DateTime);
            }
            else if (DateTime.TryParseExact(cleaned, Formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var exact))
            {
                date = DateOnly.FromDateTime(exact);
            }
        }

        return date is { } d && Plausible(d) ? d : null;
    }

    /// <summary>A date a URL path states (<c>/2015/02/01/</c>), or null.</summary>
    public static DateOnly? FromUrl(string? url)
    {
        if (url is null || UrlDate().Match(url) is not { Success: true } match)
        {
            return null;
        }

        return Make(match.Groups[1].Value, match.Groups[2].Value, match.Groups[3].Value) is { } d && Plausible(d) ? d : null;
    }

    private static DateOnly? Make(string year, string month, string day)
    {
        var y = int.Parse(year, CultureInfo.InvariantCulture);
        var m = int.Parse(month, CultureInfo.InvariantCulture);
        var d = int.Parse(day, CultureInfo.InvariantCulture);
        return m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(Math.Clamp(y, 1, 9999), m) ? new DateOnly(y, m, d) : null;
    }

    // Before the web there were no web pages; a date far in the future is a template's placeholder.
    private static bool Plausible(DateOnly date) => date.Year >= 1990 && date <= DateOnly.FromDateTime(DateTime.UtcNow).AddDays(2);

    [GeneratedRegex(@"^(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T\s])")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"^(\d{4})(\d{2})(\d{2})$")]
    private static partial Regex CompactDate();

    [GeneratedRegex(@"/((?:19|20)\d{2})/(\d{1,2})/(\d{1,2})/")]
    private static partial Regex UrlDate();

    [GeneratedRegex(@"\b(?:[ECMP][SD]T|GMT|UTC|BST|CET|CEST|AEST|AEDT)\b")]
    private static partial Regex ZoneAbbreviation();
}
