using System.Globalization;
using System.Text.RegularExpressions;

namespace Triangulate.Export.TimelineJs;

/// <summary>A TimelineJS date: its parts down to the precision known, and the text shown when the parts say too much.</summary>
/// <param name="Year">Year.</param>
/// <param name="Month">Month, when known.</param>
/// <param name="Day">Day, when known.</param>
/// <param name="Hour">Hour, when known.</param>
/// <param name="Minute">Minute, when known.</param>
public sealed record TimelineDate(int Year, int? Month = null, int? Day = null, int? Hour = null, int? Minute = null)
{
    private static readonly Regex Calendar = new(
        @"^(?<y>\d{4})(?:-(?<m>\d{2})(?:-(?<d>\d{2})(?:T(?<h>\d{2})(?::(?<min>\d{2}))?)?)?)?$", RegexOptions.CultureInvariant);

    private static readonly Regex Week = new(@"^(?<y>\d{4})-W(?<w>\d{2})$", RegexOptions.CultureInvariant);

    private static readonly Regex Quarter = new(@"^(?<y>\d{4})-Q(?<q>[1-4])$", RegexOptions.CultureInvariant);

    /// <summary>
    /// The span a TIMEX3 value covers on the timeline: <c>2025</c>, <c>2025-03</c>, <c>2025-03-12</c> (with an hour),
    /// a week <c>2025-W11</c> or quarter <c>2025-Q1</c> (as its first and last day or month), an interval
    /// <c>A/B</c>, and <c>after X</c> / <c>before X</c> (placed at X, shown with its words). Null for a value with no
    /// calendar year (<c>PRESENT_REF</c>, a duration).
    /// </summary>
    public static (TimelineDate Start, TimelineDate? End, string? Display)? Parse(string when)
    {
        var value = when.Trim();
        foreach (var word in (string[])["after ", "before "])
        {
            if (value.StartsWith(word, StringComparison.Ordinal) && Parse(value[word.Length..]) is { } relative)
            {
                return (relative.Start, relative.End, value);
            }
        }

        if (value.Split('/') is [var from, var to] && Parse(from) is { } start && Parse(to) is { } end)
        {
            return (start.Start, end.End ?? end.Start, null);
        }

        if (Calendar.Match(value) is { Success: true } c)
        {
            var date = new TimelineDate(Int(c, "y")!.Value, Int(c, "m"), Int(c, "d"), Int(c, "h"), Int(c, "min"));
            return date.IsValid ? (date, null, null) : null;
        }

        if (Week.Match(value) is { Success: true } w)
        {
            var year = Int(w, "y")!.Value;
            var week = Int(w, "w")!.Value;
            if (week is < 1 or > 53 || week > ISOWeek.GetWeeksInYear(year))
            {
                return null;
            }

            var monday = ISOWeek.ToDateTime(year, week, DayOfWeek.Monday);
            var sunday = monday.AddDays(6);
            return (FromDate(monday), FromDate(sunday), $"week {week} of {year}");
        }

        if (Quarter.Match(value) is { Success: true } q)
        {
            var year = Int(q, "y")!.Value;
            var quarter = Int(q, "q")!.Value;
            return (new TimelineDate(year, (quarter * 3) - 2), new TimelineDate(year, quarter * 3), $"Q{quarter} {year}");
        }

        return null;
    }

    // A value such as 2025-13 or 2025-02-30 is no date TimelineJS can place.
    private bool IsValid =>
        Year >= 1 && Month is null or (>= 1 and <= 12) &&
        (Day is null || (Month is { } m && Day >= 1 && Day <= DateTime.DaysInMonth(Year, m))) &&
        Hour is null or (>= 0 and <= 23) && Minute is null or (>= 0 and <= 59);

    private static TimelineDate FromDate(DateTime date) => new(date.Year, date.Month, date.Day);

    private static int? Int(Match match, string group) =>
        match.Groups[group].Success ? int.Parse(match.Groups[group].ValueSpan, CultureInfo.InvariantCulture) : null;
}
