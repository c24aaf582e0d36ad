using System.Globalization;
using Triangulate.Core.Text;

namespace Triangulate.Core.Times;

/// <summary>Dates relative to the document date or to the date last told, and durations.</summary>
internal sealed partial class TimeRecognizer
{
    private static readonly string[] FrequencyValues = ["P1Y", "P3M", "P1M", "P1W", "P1D", "PT1H"];

    private static TimeMention SetOf(string value) => new() { Kind = MentionKind.Set, Fixed = value };

    private static string FrequencyValue(int index) => FrequencyValues[index];

    /// <summary>"the third quarter", "the first half of 2022", "the first nine months", "the fifth of May".</summary>
    private (TimeMention? Mention, int Next) MatchOrdinal(int p, bool hasThe)
    {
        var n = Lex(p).Value;
        var q = p + 1;
        if (Is(q, TimeWord.Unit) && TimeLexicon.UnitCodes[Lex(q).Value] == "Q" && n is >= 1 and <= 4)
        {
            return WithYear(new TimeMention { Kind = MentionKind.Quarter, Number = n, Unit = "Q" }, q + 1);
        }

        if (IsWord(q, "century"))
        {
            return (new TimeMention { Kind = MentionKind.Century, Number = n }, q + 1);
        }

        if (Is(q, TimeWord.Half) && n is 1 or 2)
        {
            return WithYear(new TimeMention { Kind = MentionKind.Quarter, Number = n, Unit = "H" }, q + 1);
        }

        if (hasThe && n == 1 && AmountAt(q) > 1 && Is(q + 1, TimeWord.Unit))
        {
            return (new TimeMention { Kind = MentionKind.Duration, Amount = AmountAt(q), Unit = TimeLexicon.UnitCodes[Lex(q + 1).Value] }, q + 2);
        }

        if (Is(q, TimeWord.Of) && IsMonth(q + 1) && n <= 31)
        {
            var mention = new TimeMention { Kind = MentionKind.Calendar, Day = n, Month = Lex(q + 1).Value };
            var (year, after) = YearAfter(q + 2);
            mention.Year = Math.Max(year, 0);
            return (mention, year > 0 ? after : q + 2);
        }

        return (null, p);
    }

    private (TimeMention Mention, int Next) WithYear(TimeMention mention, int q)
    {
        var (year, after) = YearAfter(q);
        if (year > 0)
        {
            mention.Year = year;
            return (mention, after);
        }

        return (mention, q);
    }

    /// <summary>"last week", "this year", "next month", "last November", "last Friday", "the past two months", "the past".</summary>
    private (TimeMention? Mention, int Next) MatchShifted(int p, bool hasThe)
    {
        var word = Lex(p).Word;
        if (word == TimeWord.This && Is(p + 1, TimeWord.Past) && (Is(p + 2, TimeWord.Unit) || Is(p + 2, TimeWord.Season)))
        {
            // "this past weekend", "this past spring": the last one.
            var (past, next) = MatchShifted(p + 1, false);
            if (past is not null && past.Kind != MentionKind.Duration)
            {
                return (past, next);
            }

            if (Is(p + 2, TimeWord.Unit) && TimeLexicon.UnitCodes[Lex(p + 2).Value] is "Y" or "M" or "W" or "WE" or "Q")
            {
                return (new TimeMention { Kind = MentionKind.Relative, Unit = TimeLexicon.UnitCodes[Lex(p + 2).Value], Offset = -1 }, p + 3);
            }
        }

        var offset = word switch
        {
            TimeWord.Last or TimeWord.Past or TimeWord.Latest => -1,
            TimeWord.Next or TimeWord.Coming => 1,
            _ => 0,
        };
        var q = p + 1;
        var amount = AmountAt(q);
        var vague = Is(q, TimeWord.Vague) || (Is(q, TimeWord.A) && Is(q + 1, TimeWord.Vague));
        if (vague)
        {
            q += Is(q, TimeWord.A) ? 2 : 1;
            amount = -1;
        }

        if ((vague || (amount > 1 && !Is(q, TimeWord.A))) && Is(q + (vague ? 0 : 1), TimeWord.Unit))
        {
            var unitAt = q + (vague ? 0 : 1);
            return (new TimeMention { Kind = MentionKind.Duration, Amount = amount, Unit = TimeLexicon.UnitCodes[Lex(unitAt).Value] }, unitAt + 1);
        }

        q = p + 1;

        // "this fiscal year", "last fiscal year": the year of that budget, named as its calendar year.
        if (Is(q, TimeWord.Fiscal) && Is(q + 1, TimeWord.Unit) && TimeLexicon.UnitCodes[Lex(q + 1).Value] is "Y" or "Q" && !IsPlural(q + 1))
        {
            return (new TimeMention { Kind = MentionKind.Relative, Unit = TimeLexicon.UnitCodes[Lex(q + 1).Value], Offset = offset }, q + 2);
        }

        var lex = Lex(q);
        if (lex.Word == TimeWord.Unit)
        {
            var unit = TimeLexicon.UnitCodes[lex.Value];
            var plural = Word(q)[^1] is 's' or 'S';
            if (word == TimeWord.Past || (word == TimeWord.Coming && hasThe) || plural)
            {
                return (new TimeMention { Kind = MentionKind.Duration, Amount = plural ? -1 : 1, Unit = unit }, q + 1);
            }

            if (unit is "Y" or "Q" or "M" or "W" or "WE" or "DE" or "CE")
            {
                return (new TimeMention { Kind = MentionKind.Relative, Unit = unit, Offset = offset }, q + 1);
            }

            return (null, p);
        }

        if (IsMonth(q))
        {
            return (new TimeMention { Kind = MentionKind.Calendar, Month = lex.Value, Offset = offset, Shifted = true }, q + 1);
        }

        if (IsWeekday(q))
        {
            return WithPartOfDay(new TimeMention { Kind = MentionKind.Weekday, Number = lex.Value, Offset = offset, Shifted = true }, q + 1);
        }

        if (lex.Word == TimeWord.Season)
        {
            return MatchSeason(q, offset, q + 1, true, shifted: true);
        }

        if (lex.Word == TimeWord.PartOfDay && word is TimeWord.This or TimeWord.Last)
        {
            var day = word == TimeWord.Last ? -1 : 0;
            return (new TimeMention { Kind = MentionKind.Deictic, Offset = day, Clock = TimeLexicon.PartOfDayCodes[lex.Value] }, q + 1);
        }

        if (word == TimeWord.Past && hasThe)
        {
            return (new TimeMention { Kind = MentionKind.Reference, Fixed = "PAST_REF" }, q);
        }

        return (null, p);
    }

    /// <summary>"three weeks", "a few months", "several years ago", "a year earlier", "two days".</summary>
    private (TimeMention? Mention, int Next) MatchAmountOfUnits(int p)
    {
        var q = p;
        int amount;
        if (Is(q, TimeWord.A) && Is(q + 1, TimeWord.Vague))
        {
            amount = Lex(q + 1).Value == 2 ? 2 : -1;
            q += 2;
        }
        else if (Is(q, TimeWord.Vague))
        {
            amount = -1;
            q++;
        }
        else
        {
            amount = AmountAt(q);
            q++;
        }

        if (Is(q, TimeWord.Of))
        {
            q++;
        }

        if (amount == 0 || amount < -1 || !Is(q, TimeWord.Unit))
        {
            return (null, p);
        }

        var unit = TimeLexicon.UnitCodes[Lex(q).Value];

        // "the 1988 quarter", "the 2012 season": a year before a singular unit, not an amount of units.
        if (amount is >= 1000 and <= 2199 && !IsPlural(q))
        {
            return (null, p);
        }

        q++;

        // "$5 a year", "twice a week": a rate, typed as a set (not "$5 a year earlier").
        if (Is(p, TimeWord.A) && p > 0 && (_tokens[p - 1].Kind == TokenKind.Number || IsWord(p - 1, "twice", "once", "times")) &&
            !Is(q, TimeWord.Earlier) && !Is(q, TimeWord.Later) && !Is(q, TimeWord.Ago))
        {
            return (SetOf("P1" + (unit == "MIN" ? "M" : unit)), q);
        }

        if (Is(q, TimeWord.Ago) || (IsWord(q, "from") && Is(q + 1, TimeWord.Now)))
        {
            var sign = Is(q, TimeWord.Ago) ? -1 : 1;
            var next = Is(q, TimeWord.Ago) ? q + 1 : q + 2;
            return amount < 0
                ? (new TimeMention { Kind = MentionKind.Reference, Fixed = sign < 0 ? "PAST_REF" : "FUTURE_REF" }, next)
                : (new TimeMention { Kind = MentionKind.Ago, Unit = unit, Offset = sign * amount }, next);
        }

        if (amount > 0 && unit == "Y" && (Is(q, TimeWord.Earlier) || Is(q, TimeWord.Later)))
        {
            return (new TimeMention { Kind = MentionKind.Ago, Unit = unit, Offset = Is(q, TimeWord.Earlier) ? -amount : amount }, q + 1);
        }

        return (new TimeMention { Kind = MentionKind.Duration, Amount = amount, Unit = unit }, q);
    }

    /// <summary>"that day", "the same week", "the following year", "the previous day": relative to the date last told.</summary>
    private (TimeMention? Mention, int Next) MatchAnaphoric(int p, bool hasThe)
    {
        int offset;
        var q = p;
        if (IsWord(q, "that"))
        {
            offset = 0;
            q += IsWord(q + 1, "same") ? 2 : 1;
        }
        else if (hasThe && IsWord(q, "same"))
        {
            offset = 0;
            q++;
        }
        else if (hasThe && (IsWord(q, "following") || (IsWord(q, "next") && IsWord(q + 1, "day", "morning"))))
        {
            offset = 1;
            q++;
        }
        else if (hasThe && IsWord(q, "previous", "preceding"))
        {
            offset = -1;
            q++;
        }
        else
        {
            return (null, p);
        }

        if (Is(q, TimeWord.Unit) && !IsPlural(q) && TimeLexicon.UnitCodes[Lex(q).Value] is "D" or "W" or "M" or "Y")
        {
            return (new TimeMention { Kind = MentionKind.Anaphoric, Unit = TimeLexicon.UnitCodes[Lex(q).Value], Offset = offset }, q + 1);
        }

        if (Lex(q).Word == TimeWord.PartOfDay)
        {
            return (new TimeMention { Kind = MentionKind.Anaphoric, Unit = "D", Offset = offset, Clock = TimeLexicon.PartOfDayCodes[Lex(q).Value] }, q + 1);
        }

        return (null, p);
    }

    /// <summary>"for years", "over decades", "within weeks": a plural unit after a preposition is a vague duration.</summary>
    private (TimeMention? Mention, int Next) MatchBarePlural(int p)
    {
        if (p > 0 && IsPlural(p) && IsWord(p - 1, "for", "over", "within", "in", "after", "took", "take", "takes") &&
            !Is(p + 1, TimeWord.Of) && !Is(p + 1, TimeWord.Ago))
        {
            return (new TimeMention { Kind = MentionKind.Duration, Amount = -1, Unit = TimeLexicon.UnitCodes[Lex(p).Value] }, p + 1);
        }

        return (null, p);
    }

    private bool IsPlural(int p) => Word(p)[^1] is 's' or 'S';
}
