using System.Globalization;
using Triangulate.Core.Text;

namespace Triangulate.Core.Times;

/// <summary>Calendar dates: month names, day-first dates, years and intervals.</summary>
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
            // "as soon as possible" looks ahead; "as soon as they boarded" is a conjunction, not a time.
            TimeWord.Soon when p > _first && IsWord(p - 1, "as") && IsWord(p + 1, "as") && IsWord(p + 2, "possible") =>
                (new TimeMention { Kind = MentionKind.Reference, Fixed = "FUTURE_REF" }, p + 3),
            TimeWord.Soon when p > _first && IsWord(p - 1, "as") && IsWord(p + 1, "as") => (null, p),
            TimeWord.Soon => (new TimeMention { Kind = MentionKind.Reference, Fixed = "FUTURE_REF" }, p + 1),
            TimeWord.Future when hasThe => (new TimeMention { Kind = MentionKind.Reference, Fixed = "FUTURE_REF" }, p + 1),
            TimeWord.Number or TimeWord.A or TimeWord.Vague => MatchAmountOfUnits(p),
            TimeWord.Every or TimeWord.Each => MatchSet(p),
            // "the Daily Mail" is a name: a capitalised frequency word counts only at the start of a sentence.
            TimeWord.Frequency when !IsCapitalised(p) || p == _first => (SetOf(FrequencyValue(lex.Value)), p + 1),
            TimeWord.Season => MatchSeason(p, 0, p + 1, hasThe),
            TimeWord.Fiscal when YearAt(p + 1) > 0 => (new TimeMention { Kind = MentionKind.Calendar, Year = YearAt(p + 1) }, p + 2),
            // "noon Thursday" is that weekday's noon.
            TimeWord.Noon or TimeWord.Midnight when IsWeekday(p + 1) =>
                (new TimeMention { Kind = MentionKind.Weekday, Number = Lex(p + 1).Value, Clock = lex.Value.ToString("00", CultureInfo.InvariantCulture) + ":00" }, p + 2),
            TimeWord.Noon or TimeWord.Midnight => (new TimeMention { Kind = MentionKind.Deictic, Clock = lex.Value.ToString("00", CultureInfo.InvariantCulture) + ":00" }, p + 1),
            TimeWord.Unit when hasThe && TimeLexicon.UnitCodes[lex.Value] == "Q" && Word(p)[^1] != 's' =>
                (new TimeMention { Kind = MentionKind.Relative, Unit = "Q", Offset = -1 }, p + 1),
            TimeWord.Unit when hasThe && lex.Value == 10 => (new TimeMention { Kind = MentionKind.Relative, Unit = "WE", Offset = 0 }, p + 1),
            TimeWord.Unit => MatchBarePlural(p),
            // "in recent weeks": a stretch of weeks up to now, as TimeML writes it (PXW).
            _ when IsWord(p, "recent") && Is(p + 1, TimeWord.Unit) && IsPlural(p + 1) =>
                (new TimeMention { Kind = MentionKind.Duration, Amount = -1, Unit = TimeLexicon.UnitCodes[Lex(p + 1).Value] }, p + 2),
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

    /// <summary>"June last year", "January this year", "October of next year": the month of that year.</summary>
    private TimeMention WithRelativeYear(TimeMention mention, int q)
    {
        q = SkipOfBeforeRelativeYear(q);
        if ((Is(q, TimeWord.Last) || Is(q, TimeWord.This) || Is(q, TimeWord.Next)) && Is(q + 1, TimeWord.Unit) &&
            TimeLexicon.UnitCodes[Lex(q + 1).Value] == "Y" && !IsPlural(q + 1))
        {
            mention.RelativeYear = true;
            mention.Offset = Lex(q).Value;
        }

        return mention;
    }

    private int NextAfterRelativeYear(int q)
    {
        var r = SkipOfBeforeRelativeYear(q);
        return IsRelativeYear(r) ? r + 2 : q;
    }

    private int SkipOfBeforeRelativeYear(int q) => Is(q, TimeWord.Of) && IsRelativeYear(q + 1) ? q + 1 : q;

    private bool IsRelativeYear(int q) =>
        (Is(q, TimeWord.Last) || Is(q, TimeWord.This) || Is(q, TimeWord.Next)) && Is(q + 1, TimeWord.Unit) &&
        TimeLexicon.UnitCodes[Lex(q + 1).Value] == "Y" && !IsPlural(q + 1);

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
}
