using System.Globalization;

namespace Triangulate.Resolution.Claims;

/// <summary>
/// A time a claim gives, as a closed interval of days: a calendar value ("2022-08", lo = Aug 1, hi = Aug 31), or one
/// side of an anchor ("before X": hi = the day before X's date). An anchor with no date in the case keeps its words,
/// so "before X" and "after X" still conflict.
/// </summary>
internal sealed record ClaimTime(string Text, string? Value, string Precision, DateOnly? Lo, DateOnly? Hi, string? AnchorKey, string? Direction)
{
    /// <summary>True when the time has a calendar extent.</summary>
    public bool IsDated => Lo is not null || Hi is not null;

    /// <summary>Reads a TIMEX3 date value into its first and last day; false for durations, sets, unknown values.</summary>
    public static bool TryParse(string? value, out DateOnly lo, out DateOnly hi)
    {
        lo = hi = default;
        if (string.IsNullOrEmpty(value))
        {
            return false;
        }

        var slash = value.IndexOf('/', StringComparison.Ordinal);
        if (slash > 0)
        {
            return TryParse(value[..slash], out lo, out _) && TryParse(value[(slash + 1)..], out _, out hi) && lo <= hi;
        }

        var v = value.Length > 10 && value[10] == 'T' ? value[..10] : value;
        var inv = CultureInfo.InvariantCulture;
        if (v.Length == 10 && DateOnly.TryParseExact(v, "yyyy-MM-dd", inv, DateTimeStyles.None, out lo))
        {
            hi = lo;
            return true;
        }

        if (v.Length == 7 && DateOnly.TryParseExact(v + "-01", "yyyy-MM-dd", inv, DateTimeStyles.None, out lo))
        {
            hi = lo.AddMonths(1).AddDays(-1);
            return true;
        }

        if (v.Length == 4 && int.TryParse(v, NumberStyles.None, inv, out var year) && year is > 0 and < 10000)
        {
            lo = new DateOnly(year, 1, 1);
            hi = new DateOnly(year, 12, 31);
            return true;
        }

        if (v.Length == 7 && v[5] == 'Q' && int.TryParse(v[..4], NumberStyles.None, inv, out year) && v[6] is >= '1' and <= '4' && year > 0)
        {
            lo = new DateOnly(year, ((v[6] - '1') * 3) + 1, 1);
            hi = lo.AddMonths(3).AddDays(-1);
            return true;
        }

        if (v.Length == 8 && v[5] == 'W' && int.TryParse(v[..4], NumberStyles.None, inv, out year)
            && int.TryParse(v[6..], NumberStyles.None, inv, out var week) && week is >= 1 and <= 53 && year > 0)
        {
            lo = DateOnly.FromDateTime(ISOWeek.ToDateTime(year, Math.Min(week, ISOWeek.GetWeeksInYear(year)), DayOfWeek.Monday));
            hi = lo.AddDays(6);
            return true;
        }

        return false;
    }

    /// <summary>True when both are placed and cannot overlap.</summary>
    public bool DisjointFrom(ClaimTime other)
    {
        if (IsDated && other.IsDated)
        {
            var lo1 = Lo ?? DateOnly.MinValue;
            var hi1 = Hi ?? DateOnly.MaxValue;
            var lo2 = other.Lo ?? DateOnly.MinValue;
            var hi2 = other.Hi ?? DateOnly.MaxValue;
            return hi1 < lo2 || hi2 < lo1;
        }

        return !IsDated && !other.IsDated && AnchorKey is not null && AnchorKey == other.AnchorKey
            && Direction is not null && other.Direction is not null && Direction != other.Direction;
    }

    /// <summary>True when both are placed and overlap.</summary>
    public bool Overlaps(ClaimTime other)
    {
        if (IsDated && other.IsDated)
        {
            return !DisjointFrom(other);
        }

        return !IsDated && !other.IsDated && AnchorKey is not null && AnchorKey == other.AnchorKey && Direction == other.Direction;
    }

    /// <summary>How the time reads in an explanation.</summary>
    public string Describe()
    {
        if (Direction is not null && Lo is null && Hi is not null)
        {
            return $"\"{Text}\" (before {Hi.Value.AddDays(1):yyyy-MM-dd})";
        }

        if (Direction is not null && Hi is null && Lo is not null)
        {
            return $"\"{Text}\" (after {Lo.Value.AddDays(-1):yyyy-MM-dd})";
        }

        return Value is null ? $"\"{Text}\"" : $"\"{Text}\" ({Value})";
    }
}
