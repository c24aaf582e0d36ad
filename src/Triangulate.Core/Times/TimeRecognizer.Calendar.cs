using System.Globalization;
using Triangulate.Core.Text;

namespace Triangulate.Core.Times;

/// <summary>Calendar dates: month names, numbers, years, weekdays and intervals.</summary>
internal sealed partial class TimeRecognizer
{
    private (TimeMention? Mention, int Next) MatchCore(int p, bool hasThe)
    {
        if (p >= _end)
        {
            return (null, p);
        }

        var lex = Lex(p);
        if (IsMonth(p))
        {
            return MatchMonthFirst(p);
        }

        if (_tokens[p].Kind is TokenKind.Number or TokenKind.Mixed)
        {
            var numeric = MatchNumberFirst(p);
            if (numeric.Mention is not null)
            {
                return numeric;
            }
        }

        if (IsWeekday(p))
        {
            return MatchWeekdayFirst(p);
        }

        if (IsCapitalised(p) && MatchHoliday(p) is { Mention: not null } holiday)
        {
            return holiday;
        }

        return lex.Word switch
        {
            TimeWord.Ordinal => MatchOrdinal(p, hasThe),
            TimeWord.Last or TimeWord.Next or TimeWord.This or TimeWord.Past or TimeWord.Coming or TimeWord.Latest =>
                MatchShifted(p, hasThe),
            TimeWord.Today or TimeWord.Yesterday or TimeWord.Tomorrow =>
                WithPartOfDay(new TimeMention { Kind = MentionKind.Deictic, Offset = lex.Value }, p + 1),
            TimeWord.Tonight => (new TimeMention { Kind = MentionKind.Deictic, Clock = "NI" }, p + 1),
            TimeWord.Now => (new TimeMention { Kind = MentionKind.Reference, Fixed = "PRESENT_REF" }, p + 1),
            TimeWord.Recently => (new TimeMention { Kind = MentionKind.Reference, Fixed = "PAST_REF" }, p + 1),
            TimeWord.Soon => (new TimeMention { Kind = MentionKind.Reference, Fixed = "FUTURE_REF" }, p + 1),
            TimeWord.Future when hasThe => (new TimeMention { Kind = MentionKind.Reference, Fixed = "FUTURE_REF" }, p + 1),
            TimeWord.Number or TimeWord.A or TimeWord.Vague => MatchAmountOfUnits(p),
            TimeWord.Every or TimeWord.Each => MatchSet(p),
            // "the Daily Mail" is a name: a capitalised frequency word counts only at the start of a sentence.
            TimeWord.Frequency when !IsCapitalised(p) || p == _first => (SetOf(FrequencyValue(lex.Value)), p + 1),
            TimeWord.Season => MatchSeason(p, 0, p + 1, hasThe),
            TimeWord.Fiscal when YearAt(p + 1) > 0 => (new TimeMention { Kind = MentionKind.Calendar, Year = YearAt(p + 1) }, p + 2),
            TimeWord.Noon or TimeWord.Midnight => (new TimeMention { Kind = MentionKind.Deictic, Clock = lex.Value.ToString("00", CultureInfo.InvariantCulture) + ":00" }, p + 1),
            TimeWord.Unit when hasThe && TimeLexicon.UnitCodes[lex.Value] == "Q" && Word(p)[^1] != 's' =>
                (new TimeMention { Kind = MentionKind.Relative, Unit = "Q", Offset = -1 }, p + 1),
            TimeWord.Unit when hasThe && lex.Value == 10 => (new TimeMention { Kind = MentionKind.Relative, Unit = "WE", Offset = 0 }, p + 1),
            TimeWord.Unit => MatchBarePlural(p),
            _ when IsWord(p, "recent") && Is(p + 1, TimeWord.Unit) && IsPlural(p + 1) =>
                (new TimeMention { Kind = MentionKind.Reference, Fixed = "PAST_REF" }, p + 2),
            _ when IsWord(p, "these") && IsWord(p + 1, "days") => (new TimeMention { Kind = MentionKind.Reference, Fixed = "PRESENT_REF" }, p + 2),
            _ => MatchCompound(p, hasThe),
        };
    }

    /// <summary>"November 8", "November 8, 2022", "Nov. 8-10", "January 29 to 31, 2023", "August 2022", "October".</summary>
    private (TimeMention? Mention, int Next) MatchMonthFirst(int p)
    {
        var month = Lex(p).Value;
        var q = p + 1;
        var day = DayAt(q);
        var mention = new TimeMention { Kind = MentionKind.Calendar, Month = month };
        if (day > 0 && YearAt(q) < 0)
        {
            mention.Day = day;
            q++;
            var (until, afterRange) = MatchRangeEnd(q, month);
            var (year, afterYear) = YearAfter(until is null ? q : afterRange);
            if (until is not null)
            {
                mention.Year = year > 0 ? year : 0;
                until.Year = mention.Year;
                mention.Until = until;
                mention.Kind = MentionKind.Interval;
                return (mention, year > 0 ? afterYear : afterRange);
            }

            mention.Year = Math.Max(year, 0);
            return year > 0 ? (mention, afterYear) : (WithRelativeYear(mention, q), NextAfterRelativeYear(q));
        }

        var (y, after) = YearAfter(q);
        if (y > 0)
        {
            mention.Year = y;
            return (mention, after);
        }

        return (WithRelativeYear(mention, q), NextAfterRelativeYear(q));
    }

    /// <summary>"June last year", "January this year", "March next year": the month of that year.</summary>
    private TimeMention WithRelativeYear(TimeMention mention, int q)
    {
        if ((Is(q, TimeWord.Last) || Is(q, TimeWord.This) || Is(q, TimeWord.Next)) && Is(q + 1, TimeWord.Unit) &&
            TimeLexicon.UnitCodes[Lex(q + 1).Value] == "Y" && !IsPlural(q + 1))
        {
            mention.RelativeYear = true;
            mention.Offset = Lex(q).Value;
        }

        return mention;
    }

    private int NextAfterRelativeYear(int q) =>
        (Is(q, TimeWord.Last) || Is(q, TimeWord.This) || Is(q, TimeWord.Next)) && Is(q + 1, TimeWord.Unit) &&
        TimeLexicon.UnitCodes[Lex(q + 1).Value] == "Y" && !IsPlural(q + 1) ? q + 2 : q;

    /// <summary>After a first day: "to 31", "-10", "through Feb. 2", "and 9" ending an interval.</summary>
    private (TimeMention? Until, int Next) MatchRangeEnd(int q, int month)
    {
        if (!(Is(q, TimeWord.To) || IsDash(q) || (Is(q, TimeWord.And) && q >= 3 && Is(q - 3, TimeWord.Between))))
        {
            return (null, q);
        }

        var r = q + 1;
        var endMonth = month;
        if (IsMonth(r))
        {
            endMonth = Lex(r).Value;
            r++;
        }

        var day = DayAt(r);
        if (day <= 0 || YearAt(r) > 0)
        {
            return (null, q);
        }

        return (new TimeMention { Kind = MentionKind.Calendar, Month = endMonth, Day = day }, r + 1);
    }

    /// <summary>", 2022", "2022", "of 2022" after a date.</summary>
    private (int Year, int Next) YearAfter(int q)
    {
        if (IsPunct(q, ',') && YearAt(q + 1) > 0)
        {
            return (YearAt(q + 1), q + 2);
        }

        if (Is(q, TimeWord.Of) && YearAt(q + 1) > 0)
        {
            return (YearAt(q + 1), q + 2);
        }

        return YearAt(q) > 0 ? (YearAt(q), q + 1) : (-1, q);
    }

    /// <summary>"8 November 2022", "2022-11-08", "11/08/2022", "2022", "1990s", "10 a.m.", "3 weeks", "8th of May".</summary>
    private (TimeMention? Mention, int Next) MatchNumberFirst(int p)
    {
        var w = Word(p);
        if (TryIsoDate(w, out var iso))
        {
            return (iso, p + 1);
        }

        if (TryYearRange(w, out var range))
        {
            return (range, p + 1);
        }

        var day = DayAt(p);
        if (day > 0)
        {
            var q = Is(p + 1, TimeWord.Of) ? p + 2 : p + 1;
            if (IsMonth(q))
            {
                var mention = new TimeMention { Kind = MentionKind.Calendar, Day = day, Month = Lex(q).Value };
                var (year, after) = YearAfter(q + 1);
                mention.Year = Math.Max(year, 0);
                return (mention, year > 0 ? after : q + 1);
            }

            // "29 to 31 January 2023"
            if ((Is(p + 1, TimeWord.To) || IsDash(p + 1)) && DayAt(p + 2) > 0 && IsMonth(p + 3))
            {
                var monthValue = Lex(p + 3).Value;
                var (year, after) = YearAfter(p + 4);
                var first = new TimeMention { Kind = MentionKind.Interval, Day = day, Month = monthValue, Year = Math.Max(year, 0) };
                first.Until = new TimeMention { Kind = MentionKind.Calendar, Day = DayAt(p + 2), Month = monthValue, Year = first.Year };
                return (first, year > 0 ? after : p + 4);
            }
        }

        var slash = MatchSlashDate(p);
        if (slash.Mention is not null)
        {
            return slash;
        }

        var clock = MatchClock(p);
        if (clock.Mention is not null)
        {
            return clock;
        }

        if (_tokens[p].Kind == TokenKind.Mixed)
        {
            if (DayAt(p) > 0 && IsWord(p + 1, "century"))
            {
                return (new TimeMention { Kind = MentionKind.Century, Number = DayAt(p) }, p + 2);
            }

            return MatchCompound(p, false);
        }

        var units = MatchAmountOfUnits(p);
        if (units.Mention is not null)
        {
            return units;
        }

        var y = YearAt(p);
        if (y > 0 && LooksLikeYear(p))
        {
            return (new TimeMention { Kind = MentionKind.Calendar, Year = y }, p + 1);
        }

        return (null, p);
    }

    private static bool IsAllUpper(ReadOnlySpan<char> w)
    {
        foreach (var c in w)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    private bool LooksLikeYear(int p)
    {
        if (p > 0 && YearPrepositions.Contains(Word(p - 1)))
        {
            return true;
        }

        var next = p + 1;
        if (next >= _end || _tokens[next].Kind == TokenKind.Punctuation)
        {
            return !IsPunct(next, '%') && !(p > 0 && IsPunct(p - 1, '$'));
        }

        if (IsCapitalised(next) || IsWord(next, "and", "or", "to", "when", "after", "before", "until", "through", "as", "with"))
        {
            return true;
        }

        // "the 2012 election", "Obama's 2012 campaign": a number in the years of modern news before a singular noun
        // is a year; before a plural ("2000 troops") it is a count.
        var n = IntAt(p);
        var w = Word(next);
        return n is >= 1900 and <= 2100 && _tokens[next].Kind == TokenKind.Word && char.IsLower(w[0]) && w[^1] != 's' &&
            !(p > 0 && _tokens[p - 1].Kind == TokenKind.Punctuation && _text[_tokens[p - 1].Start] is '$' or '\u20AC' or '\u00A3');
    }

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
        if (m is < 1 or > 12 || d < 1 || y < 1000 || d > DateTime.DaysInMonth(y, m))
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

        // A part of day after a weekday ("Friday morning") widens the span; news annotation keeps it a date.
        var end = Lex(p + 1).Word == TimeWord.PartOfDay ? p + 2 : p + 1;
        return (new TimeMention { Kind = MentionKind.Weekday, Number = weekday }, end);
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
