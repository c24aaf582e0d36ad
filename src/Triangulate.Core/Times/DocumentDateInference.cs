namespace Triangulate.Core.Times;

/// <summary>
/// Infers a report's date when its metadata has none. Two habits of news writing decide it, as soft costs:
/// <list type="number">
/// <item>A report's dates lie close together: dates without a year ("On November 8") are recent, so they are
/// placed as the most compact run of months ending at the document date, and that run is placed so that the whole
/// set of dates (with the explicit ones, "February 24, 2022") spans as little time as possible.</item>
/// <item>Reporters write the year only on dates outside the current year (AP style), so a document year that
/// equals the year of many explicitly-dated events is penalised.</item>
/// </list>
/// A weekday written next to a date without a year ("Tuesday, November 8") fixes the year outright. With no
/// date without a year, the document date is the latest explicit full date. Only expressions not told in the
/// future count.
/// </summary>
internal static class DocumentDateInference
{
    /// <summary>Weight of the "year written on a current-year date" habit against a year of span.</summary>
    private const double YearHabitWeight = 0.75;

    /// <summary>A mention usable as evidence, with the tense of its clause and the weekday written beside it (0 none).</summary>
    public readonly record struct Evidence(TimeMention Mention, Tense Tense, int Weekday);

    /// <summary>The inferred document date, or null when the text holds no usable date.</summary>
    public static DateOnly? Infer(IReadOnlyList<Evidence> evidence)
    {
        var explicitDays = new List<DateOnly>();
        var explicitMonths = new List<DateOnly>();
        var yearless = new List<(int Month, int Day, int Weekday)>();
        foreach (var (m, tense, weekday) in evidence)
        {
            if (tense == Tense.Future)
            {
                continue;
            }

            foreach (var part in m.Until is null ? [m] : new[] { m, m.Until })
            {
                if (part.Kind is not (MentionKind.Calendar or MentionKind.Interval) || part.Month == 0 || part.Shifted)
                {
                    continue;
                }

                if (part.Year != 0 && part.Day != 0 && part.Day <= DateTime.DaysInMonth(part.Year, part.Month))
                {
                    explicitDays.Add(new DateOnly(part.Year, part.Month, part.Day));
                }
                else if (part.Year != 0 && part.Day == 0)
                {
                    explicitMonths.Add(new DateOnly(part.Year, part.Month, 1));
                }
                else if (part.Year == 0)
                {
                    yearless.Add((part.Month, part.Day == 0 ? 1 : part.Day, weekday));
                }
            }
        }

        if (yearless.Count == 0)
        {
            return explicitDays.Count > 0 ? explicitDays.Max() : null;
        }

        // Months with a year ("in January 2021") bound the story as well as full dates do.
        explicitDays.AddRange(explicitMonths);
        if (explicitDays.Count == 0)
        {
            return null;
        }

        var latestExplicit = explicitDays.Max();

        var (endMonth, endDay) = ClusterEnd(yearless);
        DateOnly? best = null;
        var bestCost = double.MaxValue;
        var minYear = explicitDays.Min().Year;
        var lastYear = latestExplicit.Year + (yearless.Any(y => y.Weekday != 0) ? 6 : 1);
        for (var year = minYear - 1; year <= lastYear; year++)
        {
            var end = SafeDate(year, endMonth, endDay);
            var document = end > latestExplicit ? end : latestExplicit;
            var placed = yearless.Select(y => (Date: Place(y.Month, y.Day, end), y.Weekday)).ToList();
            var earliest = placed.Min(p => p.Date);
            if (explicitDays.Min() < earliest)
            {
                earliest = explicitDays.Min();
            }

            var spanYears = (document.DayNumber - earliest.DayNumber) / 365.25;
            var sameYear = explicitDays.Count(d => d.Year == document.Year) / (double)explicitDays.Count;
            var weekdayMisses = placed.Count(p => p.Weekday != 0 && IsoWeekday(p.Date) != p.Weekday);
            var cost = spanYears + (YearHabitWeight * sameYear) + (10.0 * weekdayMisses);
            if (cost < bestCost)
            {
                bestCost = cost;
                best = document;
            }
        }

        return best;
    }

    /// <summary>The (month, day) that ends the most compact circular run of the yearless dates.</summary>
    private static (int Month, int Day) ClusterEnd(List<(int Month, int Day, int Weekday)> yearless)
    {
        var keys = yearless.Select(y => (y.Month * 32) + y.Day).Distinct().Order().ToArray();
        var bestGap = -1;
        var end = keys[^1];
        for (var i = 0; i < keys.Length; i++)
        {
            var next = i + 1 < keys.Length ? keys[i + 1] : keys[0] + (12 * 32);
            var gap = next - keys[i];
            if (gap > bestGap)
            {
                bestGap = gap;
                end = keys[i];
            }
        }

        return (end / 32, end % 32);
    }

    /// <summary>The most recent occurrence of month/day on or before <paramref name="end"/>.</summary>
    private static DateOnly Place(int month, int day, DateOnly end)
    {
        var d = SafeDate(end.Year, month, day);
        return d <= end ? d : SafeDate(end.Year - 1, month, day);
    }

    private static DateOnly SafeDate(int year, int month, int day) =>
        new(year, month, Math.Min(day, DateTime.DaysInMonth(year, month)));

    private static int IsoWeekday(DateOnly d) => d.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)d.DayOfWeek;
}
