using System.Globalization;
using Triangulate.Core.Text;

namespace Triangulate.Core.Times;

/// <summary>Numeric dates, year ranges, clock times and weekdays.</summary>
internal sealed partial class TimeRecognizer
{
    private static bool TryIsoDate(ReadOnlySpan<char> w, out TimeMention mention)
    {
        mention = new TimeMention { Kind = MentionKind.Calendar };
        if (w.Length == 10 && w[4] == '-' && w[7] == '-' &&
            int.TryParse(w[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var y) &&
            int.TryParse(w[5..7], NumberStyles.None, CultureInfo.InvariantCulture, out var m) &&
            int.TryParse(w[8..], NumberStyles.None, CultureInfo.InvariantCulture, out var d) &&
            m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(Math.Clamp(y, 1, 9999), m))
        {
            mention.Year = y;
            mention.Month = m;
            mention.Day = d;
            return true;
        }

        return false;
    }

    /// <summary>"2009-2010", "2012-13": an interval of years.</summary>
    private static bool TryYearRange(ReadOnlySpan<char> w, out TimeMention mention)
    {
        mention = new TimeMention { Kind = MentionKind.Interval };
        if (w.Length is not (7 or 9) || w[4] != '-' ||
            !int.TryParse(w[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var first) ||
            !int.TryParse(w[5..], NumberStyles.None, CultureInfo.InvariantCulture, out var second) || first is < 1000 or > 2199)
        {
            return false;
        }

        if (w.Length == 7)
        {
            second += first / 100 * 100;
        }

        if (second <= first || second - first > 100)
        {
            return false;
        }

        mention.Year = first;
        mention.Until = new TimeMention { Kind = MentionKind.Calendar, Year = second };
        return true;
    }

    /// <summary>"11/08/2022" read month first, as American news writes it (day first when the first part exceeds 12).</summary>
    private (TimeMention? Mention, int Next) MatchSlashDate(int p)
    {
        if (!(IsPunct(p + 1, '/') && IsNumber(p + 2) && IsPunct(p + 3, '/') && IsNumber(p + 4)))
        {
            return (null, p);
        }

        var (a, b, y) = (IntAt(p), IntAt(p + 2), IntAt(p + 4));
        if (y is >= 0 and < 100)
        {
            y += y < 50 ? 2000 : 1900;
        }

        var (m, d) = a > 12 ? (b, a) : (a, b);
        if (m is < 1 or > 12 || d < 1 || y is < 1000 or > 9999 || d > DateTime.DaysInMonth(y, m))
        {
            return (null, p);
        }

        return (new TimeMention { Kind = MentionKind.Calendar, Year = y, Month = m, Day = d }, p + 5);
    }

    /// <summary>"10 a.m.", "3:30 p.m.", "14:30 GMT", "5 o'clock".</summary>
    private (TimeMention? Mention, int Next) MatchClock(int p)
    {
        var hour = IntAt(p);
        if (hour is < 0 or > 24)
        {
            return (null, p);
        }

        var q = p + 1;
        var minute = 0;
        var hasMinutes = false;
        if (IsPunct(q, ':') && IntAt(q + 1) is >= 0 and < 60 && Word(q + 1).Length == 2)
        {
            minute = IntAt(q + 1);
            hasMinutes = true;
            q += 2;
        }

        // The meridiem is tokenised as letters and periods ("a", ".", "m", "."): read it from the text.
        var at = q < _end ? _tokens[q].Start : _text.Length;
        var rest = _text.AsSpan(at, Math.Min(5, _text.Length - at));
        var meridiem = 0;
        var length = 0;
        if (rest.StartsWith("a.m.", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("p.m.", StringComparison.OrdinalIgnoreCase))
        {
            length = 4;
        }
        else if (rest.Length >= 2 && (rest.StartsWith("am", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("pm", StringComparison.OrdinalIgnoreCase)) &&
            (rest.Length == 2 || !char.IsLetter(rest[2])))
        {
            length = 2;
        }

        if (length > 0)
        {
            meridiem = char.ToLowerInvariant(rest[0]) == 'p' ? 12 : 0;
            var endChar = at + length;
            while (q < _end && _tokens[q].End <= endChar)
            {
                q++;
            }
        }
        else if (!hasMinutes || hour > 23 || IsPunct(q, ':'))
        {
            return (null, p);
        }

        if (length > 0 && hour is < 1 or > 12)
        {
            return (null, p);
        }

        var h = length > 0 ? (hour % 12) + meridiem : hour;
        var clock = h.ToString("00", CultureInfo.InvariantCulture) + ":" + minute.ToString("00", CultureInfo.InvariantCulture);

        // "9 a.m. Tuesday", "4 a.m. EDT Thursday": the clock time of that weekday.
        var w = q < _end && _tokens[q].Kind == TokenKind.Word && Word(q).Length is >= 2 and <= 4 && IsAllUpper(Word(q)) ? q + 1 : q;
        if (IsWeekday(w))
        {
            return (new TimeMention { Kind = MentionKind.Weekday, Number = Lex(w).Value, Clock = clock }, w + 1);
        }

        if (IsMonth(w) && DayAt(w + 1) > 0 && MatchMonthFirst(w) is { Mention: { Kind: MentionKind.Calendar } date } dated)
        {
            date.Clock = clock;
            return (date, dated.Next);
        }

        return (new TimeMention { Kind = MentionKind.Deictic, Clock = clock }, q);
    }

    /// <summary>"Friday", "Friday morning", "Tuesday, November 8": a weekday written with a date fixes its year.</summary>
    private (TimeMention? Mention, int Next) MatchWeekdayFirst(int p)
    {
        var weekday = Lex(p).Value;
        var q = IsPunct(p + 1, ',') ? p + 2 : p + 1;
        if (IsMonth(q) || (DayAt(q) > 0 && (IsMonth(q + 1) || (Is(q + 1, TimeWord.Of) && IsMonth(q + 2)))))
        {
            var (date, next) = IsMonth(q) ? MatchMonthFirst(q) : MatchNumberFirst(q);
            if (date is { Kind: MentionKind.Calendar, Day: > 0 })
            {
                date.Weekday = weekday;
                return (date, next);
            }
        }

        // A part of day after a weekday ("Friday morning") makes it a time of that day, as TimeML writes it
        // ("2013-03-22TMO").
        return WithPartOfDay(new TimeMention { Kind = MentionKind.Weekday, Number = weekday }, p + 1);
    }

    private (TimeMention? Mention, int Next) WithPartOfDay(TimeMention mention, int q)
    {
        if (Lex(q).Word == TimeWord.PartOfDay)
        {
            mention.Clock = TimeLexicon.PartOfDayCodes[Lex(q).Value];
            return (mention, q + 1);
        }

        return (mention, q);
    }
}
