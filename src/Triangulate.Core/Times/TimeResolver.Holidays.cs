using System.Globalization;

namespace Triangulate.Core.Times;

/// <summary>Holidays: fixed dates, n-th weekdays of a month, and Easter.</summary>
internal static partial class TimeResolver
{
    private static string? HolidayValue(TimeMention m, DateOnly? reference, Tense tense, int contextYear)
    {
        var year = m.Year != 0 ? m.Year : contextYear;
        if (year == 0)
        {
            if (reference is not { } d)
            {
                return null;
            }

            // Place the holiday in the reference year, then move it a year back or ahead as a yearless date would.
            var guess = HolidayDate(m.Fixed!, d.Year);
            if (guess is null)
            {
                return null;
            }

            year = YearFor(guess.Value.Month, guess.Value.Day, d, tense);
        }

        return HolidayDate(m.Fixed!, year) is { } date ? Iso(date) : null;
    }

    /// <summary>The date of a holiday rule in a year: "12-25", "11-W4-4" (4th Thursday of November), "easter-2".</summary>
    public static DateOnly? HolidayDate(string rule, int year)
    {
        if (rule.StartsWith("easter", StringComparison.Ordinal))
        {
            var shift = rule.Length > 6 ? int.Parse(rule.AsSpan(6), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture) : 0;
            return Easter(year).AddDays(shift);
        }

        var parts = rule.Split('-');
        if (!int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var month) || month is < 1 or > 12)
        {
            return null;
        }

        if (parts.Length == 2 && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var day) &&
            day >= 1 && day <= DateTime.DaysInMonth(year, month))
        {
            return new DateOnly(year, month, day);
        }

        if (parts.Length == 3 && parts[1].StartsWith('W') &&
            int.TryParse(parts[1].AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var n) &&
            int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var weekday) && weekday is >= 1 and <= 7)
        {
            var first = new DateOnly(year, month, 1);
            var firstDow = first.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)first.DayOfWeek;
            var date = first.AddDays(((weekday - firstDow + 7) % 7) + (7 * (n - 1)));
            return date.Month == month ? date : null;
        }

        return null;
    }

    /// <summary>Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm).</summary>
    private static DateOnly Easter(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }
}
