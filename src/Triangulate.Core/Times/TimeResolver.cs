using System.Globalization;

namespace Triangulate.Core.Times;

/// <summary>The grammatical time of the clause around an expression: it decides which occurrence a bare date means.</summary>
internal enum Tense : sbyte
{
    /// <summary>Told in the past: the most recent occurrence on or before the document date.</summary>
    Past = -1,

    /// <summary>No clear cue: the occurrence nearest the document date.</summary>
    Unknown = 0,

    /// <summary>Told in the future: the next occurrence on or after the document date.</summary>
    Future = 1,

    /// <summary>
    /// A limit ("until October", "by Friday") in a clause not told in the past: the occurrence ahead, or one at most
    /// three months back (a limit just passed is still news).
    /// </summary>
    Ahead = 2,
}

/// <summary>
/// Turns a recognised mention into a TIMEX3 type, value and precision against the document date, the tense of its
/// clause and an explicit year elsewhere in its sentence (which wins over the document date).
/// </summary>
internal static partial class TimeResolver
{
    /// <summary>Resolves a mention; <paramref name="contextYear"/> is an explicit year in the same sentence, or 0.</summary>
    public static (string Type, string? Value, string Precision) Resolve(TimeMention m, DateOnly? reference, Tense tense, int contextYear)
    {
        try
        {
            return ResolveUnchecked(m, reference, tense, contextYear);
        }
        catch (ArgumentOutOfRangeException)
        {
            // "100,000 weeks ago" runs off the calendar: keep the expression, without a value.
            var type = m.Kind switch { MentionKind.Duration => TimeTypes.Duration, MentionKind.Set => TimeTypes.Set, _ => TimeTypes.Date };
            return (type, null, TimePrecisions.None);
        }
    }

    private static (string Type, string? Value, string Precision) ResolveUnchecked(TimeMention m, DateOnly? reference, Tense tense, int contextYear)
    {
        var type = m.Kind switch
        {
            MentionKind.Duration => TimeTypes.Duration,
            MentionKind.Set => TimeTypes.Set,
            _ => m.Clock is null ? TimeTypes.Date : TimeTypes.Time,
        };
        var value = m.Kind switch
        {
            MentionKind.Duration => DurationValue(m.Amount, m.Unit!),
            MentionKind.Set or MentionKind.Reference => m.Fixed,
            MentionKind.Calendar => CalendarValue(m, reference, tense, contextYear),
            MentionKind.Interval => IntervalValue(m, reference, tense, contextYear),
            MentionKind.Weekday => WeekdayValue(m, reference, tense),
            // TIMEX3 writes a decade as its first three digits ("199"); the training data mixes that with "199X".
            MentionKind.Decade => (m.Year / 10).ToString(CultureInfo.InvariantCulture),
            MentionKind.Quarter => QuarterValue(m, reference, tense, contextYear),
            MentionKind.Season => SeasonValue(m, reference, tense, contextYear),
            MentionKind.Relative => RelativeValue(m, reference, tense),
            MentionKind.Ago => AgoValue(m, reference),
            MentionKind.Deictic => reference is { } d ? Iso(d.AddDays(m.Offset)) : null,
            MentionKind.Century => (m.Number - 1).ToString("00", CultureInfo.InvariantCulture),
            MentionKind.Holiday => HolidayValue(m, reference, tense, contextYear),
            _ => null,
        };
        if (value is { Length: 10 } && m.Clock is not null && m.Kind is MentionKind.Deictic or MentionKind.Weekday or MentionKind.Calendar)
        {
            value += "T" + m.Clock;
        }

        return (type, value, PrecisionOf(type, value));
    }

    /// <summary>The precision a TIMEX3 value carries.</summary>
    public static string PrecisionOf(string type, string? value)
    {
        if (value is null || type is TimeTypes.Duration or TimeTypes.Set || value.EndsWith("_REF", StringComparison.Ordinal))
        {
            return TimePrecisions.None;
        }

        if (type == TimeTypes.Time)
        {
            return TimePrecisions.Time;
        }

        var v = value.Contains('/') ? value[..value.IndexOf('/')] : value;
        if (v.Length == 4 && v[3] == 'X')
        {
            return TimePrecisions.Decade;
        }

        return v.Length switch
        {
            <= 3 => TimePrecisions.Decade,
            4 => TimePrecisions.Year,
            // a five-character value is a year past 9999 or before year 0 ("-0044"): a year, not an index past its end
            5 => TimePrecisions.Year,
            _ when v[5] == 'W' => TimePrecisions.Week,
            _ when v.Length >= 10 => TimePrecisions.Day,
            _ when v[5] is 'Q' or 'H' or 'S' or 'F' => TimePrecisions.Quarter,
            _ => TimePrecisions.Month,
        };
    }

    /// <summary>"P3W", "PXM", "PT24H", "P10Y" for a decade.</summary>
    public static string DurationValue(int amount, string unit)
    {
        var n = amount < 0 ? "X" : amount.ToString(CultureInfo.InvariantCulture);
        string Times(int k) => amount < 0 ? "X" : (amount * k).ToString(CultureInfo.InvariantCulture);
        return unit switch
        {
            "H" => "PT" + n + "H",
            "MIN" => "PT" + n + "M",
            "S" => "PT" + n + "S",
            "DE" => "P" + Times(10) + "Y",
            "CE" => "P" + Times(100) + "Y",
            "FN" => "P" + Times(2) + "W",
            "WE" => "P" + Times(2) + "D",
            _ => "P" + n + unit,
        };
    }

    private static string? CalendarValue(TimeMention m, DateOnly? reference, Tense tense, int contextYear)
    {
        var year = m.Year;
        if (year == 0 && m.Month > 0)
        {
            if (m.RelativeYear && reference is { } ry)
            {
                year = ry.Year + m.Offset;
            }
            else if (m.Shifted && reference is { } r)
            {
                year = m.Offset switch
                {
                    < 0 => m.Month < r.Month ? r.Year : r.Year - 1,
                    > 0 => m.Month > r.Month ? r.Year : r.Year + 1,
                    _ => r.Year,
                };
            }
            else if (contextYear != 0 && !(reference is { } c && ((tense == Tense.Future && contextYear < c.Year) ||
                (tense == Tense.Past && contextYear > c.Year))))
            {
                // An explicit year nearby wins, unless the tense puts the date on the other side of the document date.
                year = contextYear;
            }
            else if (reference is { } d)
            {
                year = YearFor(m.Month, m.Day, d, tense);
            }
            else if (contextYear != 0)
            {
                year = contextYear;
            }

            if (year != 0 && m.Weekday != 0 && m.Day != 0)
            {
                year = YearWithWeekday(m.Month, m.Day, m.Weekday, year);
            }
        }

        if (m.Month == 0)
        {
            return year == 0 ? null : Year(year);
        }

        var y = year == 0 ? "XXXX" : Year(year);
        var month = y + "-" + m.Month.ToString("00", CultureInfo.InvariantCulture);
        if (m.Day == 0)
        {
            return month;
        }

        if (year != 0 && m.Day > DateTime.DaysInMonth(year, m.Month))
        {
            return null;
        }

        return month + "-" + m.Day.ToString("00", CultureInfo.InvariantCulture);
    }

    /// <summary>The year a month (and day) without a year falls in, seen from the document date.</summary>
    public static int YearFor(int month, int day, DateOnly reference, Tense tense)
    {
        var key = (month * 32) + day;
        var refKey = (reference.Month * 32) + (day == 0 ? 0 : reference.Day);
        return tense switch
        {
            Tense.Past => key <= refKey ? reference.Year : reference.Year - 1,
            Tense.Future => key >= refKey ? reference.Year : reference.Year + 1,
            Tense.Ahead => key >= refKey - (3 * 32) ? reference.Year : reference.Year + 1,

            // No cue: the nearest occurrence, within six months either way.
            _ => key - refKey > 6 * 32 ? reference.Year - 1 : refKey - key > 6 * 32 ? reference.Year + 1 : reference.Year,
        };
    }

    /// <summary>Of the guessed year and its neighbours, the one where the date falls on the written weekday.</summary>
    private static int YearWithWeekday(int month, int day, int weekday, int guess)
    {
        foreach (var y in (ReadOnlySpan<int>)[guess, guess + 1, guess - 1])
        {
            if (day <= DateTime.DaysInMonth(y, month))
            {
                var dow = new DateOnly(y, month, day).DayOfWeek;
                if ((dow == DayOfWeek.Sunday ? 7 : (int)dow) == weekday)
                {
                    return y;
                }
            }
        }

        return guess;
    }

    private static string? IntervalValue(TimeMention m, DateOnly? reference, Tense tense, int contextYear)
    {
        var first = CalendarValue(m, reference, tense, contextYear);
        var until = m.Until!;
        if (first is null)
        {
            return null;
        }

        if (until.Year == 0 && first.Length >= 4 && int.TryParse(first.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var y))
        {
            until.Year = until.Month < m.Month ? y + 1 : y;
        }

        var second = CalendarValue(until, reference, tense, contextYear);
        return second is null ? first : first + "/" + second;
    }

    private static string? WeekdayValue(TimeMention m, DateOnly? reference, Tense tense)
    {
        if (reference is not { } d)
        {
            return "XXXX-WXX-" + m.Number.ToString(CultureInfo.InvariantCulture);
        }

        var today = (int)d.DayOfWeek == 0 ? 7 : (int)d.DayOfWeek;
        var back = (today - m.Number + 7) % 7;
        var forward = (m.Number - today + 7) % 7;
        int shift;
        if (m.Shifted && m.Offset != 0)
        {
            shift = m.Offset < 0 ? -(back == 0 ? 7 : back) : (forward == 0 ? 7 : forward);
        }
        else
        {
            shift = tense is Tense.Future or Tense.Ahead ? forward : -back;
        }

        return Iso(d.AddDays(shift));
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Year(int year) => year.ToString("0000", CultureInfo.InvariantCulture);
}
