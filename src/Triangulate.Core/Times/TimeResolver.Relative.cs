using System.Globalization;

namespace Triangulate.Core.Times;

/// <summary>Quarters, seasons and values relative to the document date.</summary>
internal static partial class TimeResolver
{
    private static readonly int[] SeasonStartMonth = [3, 6, 9, 12];

    private static string? QuarterValue(TimeMention m, DateOnly? reference, Tense tense, int contextYear)
    {
        var code = m.Unit == "H" ? "-H" : "-Q";
        var year = m.Year != 0 ? m.Year : contextYear;
        if (year == 0)
        {
            if (reference is not { } d)
            {
                return "XXXX" + code + m.Number.ToString(CultureInfo.InvariantCulture);
            }

            var current = m.Unit == "H" ? ((d.Month - 1) / 6) + 1 : ((d.Month - 1) / 3) + 1;
            year = d.Year;
            if (tense == Tense.Past && m.Number > current)
            {
                year--;
            }
            else if (tense == Tense.Future && m.Number < current - 1)
            {
                // The quarter just ended is still being reported in the future tense ("third-quarter earnings will
                // be lower", written in October): only an earlier one is next year's.
                year++;
            }
        }

        return Year(year) + code + m.Number.ToString(CultureInfo.InvariantCulture);
    }

    private static string? SeasonValue(TimeMention m, DateOnly? reference, Tense tense, int contextYear)
    {
        var code = TimeLexicon.SeasonCodes[m.Number];
        var year = m.Year != 0 ? m.Year : contextYear;
        if (year == 0)
        {
            if (reference is not { } d)
            {
                return "XXXX-" + code;
            }

            var start = SeasonStartMonth[m.Number];
            var started = d.Month >= start;
            var ended = d.Month >= start + 3;
            year = d.Year;
            if ((m.Shifted && m.Offset < 0 && !ended) || (!m.Shifted && tense == Tense.Past && !started))
            {
                year--;
            }
            else if ((m.Shifted && m.Offset > 0 && started) || (!m.Shifted && tense == Tense.Future && ended))
            {
                year++;
            }
        }

        return Year(year) + "-" + code;
    }

    private static string? RelativeValue(TimeMention m, DateOnly? reference, Tense tense)
    {
        if (reference is not { } d)
        {
            return null;
        }

        var k = m.Offset;

        // "the weekend" told in the past on a weekday is the one before.
        if (m.Unit == "WE" && k == 0 && tense == Tense.Past && d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
        {
            k = -1;
        }

        switch (m.Unit)
        {
            case "Y":
                return Year(d.Year + k);
            case "DE":
                return ((d.Year / 10) + k).ToString(CultureInfo.InvariantCulture);
            case "CE":
                return ((d.Year / 100) + k).ToString("00", CultureInfo.InvariantCulture);
            case "M":
                return Month(d.AddMonths(k));
            case "Q":
                var q = (d.Year * 4) + ((d.Month - 1) / 3) + k;
                return Year(q / 4) + "-Q" + ((q % 4) + 1).ToString(CultureInfo.InvariantCulture);
            case "W" or "WE":
                return Week(d.AddDays(7 * k)) + (m.Unit == "WE" ? "-WE" : string.Empty);
            default:
                return null;
        }
    }

    private static string? AgoValue(TimeMention m, DateOnly? reference)
    {
        if (reference is not { } d)
        {
            return null;
        }

        var k = m.Offset;
        return m.Unit switch
        {
            "Y" => Year(d.Year + k),
            "M" => Month(d.AddMonths(k)),
            "W" => Week(d.AddDays(7 * k)),
            "FN" => Week(d.AddDays(14 * k)),
            "D" => Iso(d.AddDays(k)),
            "Q" => Month(d.AddMonths(3 * k))[..4] + "-Q" + (((d.AddMonths(3 * k).Month - 1) / 3) + 1).ToString(CultureInfo.InvariantCulture),
            "DE" => Year(d.Year + (10 * k)),
            "CE" => Year(d.Year + (100 * k)),
            _ => null,
        };
    }

    /// <summary>"that day", "the following year": the unit of the date last told, shifted.</summary>
    public static (string Type, string? Value, string Precision) ResolveAnaphoric(TimeMention m, DateOnly? told)
    {
        var type = m.Clock is null ? TimeTypes.Date : TimeTypes.Time;
        string? value = null;
        if (told is { } d)
        {
            value = m.Unit switch
            {
                "D" => Iso(d.AddDays(m.Offset)) + (m.Clock is null ? string.Empty : "T" + m.Clock),
                "W" => Week(d.AddDays(7 * m.Offset)),
                "M" => Month(d.AddMonths(m.Offset)),
                _ => Year(d.Year + m.Offset),
            };
        }

        return (type, value, PrecisionOf(type, value));
    }

    /// <summary>"1989-Q3" shifted by whole years.</summary>
    public static string ShiftQuarterYears(string quarter, int years) =>
        Year(int.Parse(quarter.AsSpan(0, 4), CultureInfo.InvariantCulture) + years) + quarter[4..];

    private static string Month(DateOnly d) => d.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private static string Week(DateOnly d)
    {
        var dt = d.ToDateTime(TimeOnly.MinValue);
        return Year(ISOWeek.GetYear(dt)) + "-W" + ISOWeek.GetWeekOfYear(dt).ToString("00", CultureInfo.InvariantCulture);
    }
}
