using System.Collections.Frozen;
using System.Globalization;
using Triangulate.Core.Text;

namespace Triangulate.Core.Times;

/// <summary>Sets, seasons, holidays, hyphenated compounds, and the anchors of event-relative expressions.</summary>
internal sealed partial class TimeRecognizer
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AnchorStops = new[]
    {
        "when", "which", "that", "who", "whom", "where", "and", "but", "as", "while", "because", "if", "to", "so",
        "although", "though", "than", "or", "is", "are", "was", "were", "has", "have", "had", "will", "would", "said",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>"every Monday", "each year", "every two weeks", "every morning".</summary>
    private (TimeMention? Mention, int Next) MatchSet(int p)
    {
        var q = p + 1;
        var step = 1;
        if (IsWord(q, "other"))
        {
            step = 2;
            q++;
        }
        else if (AmountAt(q) > 1 && Is(q + 1, TimeWord.Unit))
        {
            step = AmountAt(q);
            q++;
        }

        var lex = Lex(q);
        if (lex.Word == TimeWord.Unit)
        {
            var unit = TimeLexicon.UnitCodes[lex.Value];
            var value = unit switch
            {
                "H" or "S" => "PT" + step.ToString(CultureInfo.InvariantCulture) + unit,
                "MIN" => "PT" + step.ToString(CultureInfo.InvariantCulture) + "M",
                "WE" => "XXXX-WXX-WE",
                _ => "P" + step.ToString(CultureInfo.InvariantCulture) + unit,
            };
            return (SetOf(value), q + 1);
        }

        if (IsWeekday(q))
        {
            return (SetOf("XXXX-WXX-" + lex.Value.ToString(CultureInfo.InvariantCulture)), q + 1);
        }

        if (IsMonth(q))
        {
            return (SetOf("XXXX-" + lex.Value.ToString("00", CultureInfo.InvariantCulture)), q + 1);
        }

        if (lex.Word == TimeWord.Season)
        {
            return (SetOf("XXXX-" + TimeLexicon.SeasonCodes[lex.Value]), q + 1);
        }

        if (lex.Word == TimeWord.PartOfDay)
        {
            return (SetOf("XXXX-XX-XXT" + TimeLexicon.PartOfDayCodes[lex.Value]), q + 1);
        }

        return (null, p);
    }

    /// <summary>"the summer", "summer 2022", "the winter of 2021", "last spring".</summary>
    private (TimeMention? Mention, int Next) MatchSeason(int s, int offset, int q, bool hasThe, bool shifted = false)
    {
        var mention = new TimeMention { Kind = MentionKind.Season, Number = Lex(s).Value, Offset = offset, Shifted = shifted };
        var (year, after) = YearAfter(q);
        if (year > 0)
        {
            mention.Year = year;
            return (mention, after);
        }

        if (Is(q, TimeWord.Of) || (s > 0 && Is(s - 1, TimeWord.A)))
        {
            // "the fall of the wall", "a fall in prices".
            return (null, s);
        }

        var context = hasThe || (s > 0 && MonthContext.Contains(Word(s - 1)));
        return context ? (mention, q) : (null, s);
    }

    /// <summary>One hyphenated or mixed token: "mid-November", "mid-1990s", "third-quarter", "two-year", "1990s", "Q3".</summary>
    private (TimeMention? Mention, int Next) MatchCompound(int p, bool hasThe)
    {
        var w = Word(p);
        var q = p + 1;
        if (w.Length == 5 && w[4] is 's' && int.TryParse(w[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var decade) && decade % 10 == 0)
        {
            return (new TimeMention { Kind = MentionKind.Decade, Year = decade }, q);
        }

        if (w.Length == 2 && (w[0] is 'Q' && w[1] is >= '1' and <= '4'))
        {
            return WithYear(new TimeMention { Kind = MentionKind.Quarter, Number = w[1] - '0', Unit = "Q" }, q);
        }

        var dash = w.IndexOfAny('-', '\u2011');
        if (dash <= 0 || dash == w.Length - 1)
        {
            return (null, p);
        }

        var head = _lexicon.Lookup(w[..dash]);
        var tailWord = w[(dash + 1)..];
        var tail = _lexicon.Lookup(tailWord);
        if (head.Word is TimeWord.Early or TimeWord.Late or TimeWord.Mid)
        {
            if (tail.Word == TimeWord.Month && char.IsUpper(tailWord[0]))
            {
                return (new TimeMention { Kind = MentionKind.Calendar, Month = tail.Value }, q);
            }

            if (tailWord.Length == 4 && int.TryParse(tailWord, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
            {
                return (new TimeMention { Kind = MentionKind.Calendar, Year = year }, q);
            }

            if (tailWord.Length == 5 && tailWord[4] == 's' && int.TryParse(tailWord[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var dec))
            {
                return (new TimeMention { Kind = MentionKind.Decade, Year = dec }, q);
            }
        }

        if (head.Word == TimeWord.Ordinal && tail.Word == TimeWord.Unit && TimeLexicon.UnitCodes[tail.Value] == "Q" && head.Value is >= 1 and <= 4)
        {
            return WithYear(new TimeMention { Kind = MentionKind.Quarter, Number = head.Value, Unit = "Q" }, q);
        }

        if (head.Word == TimeWord.Ordinal && tail.Word == TimeWord.Half && head.Value is 1 or 2)
        {
            return WithYear(new TimeMention { Kind = MentionKind.Quarter, Number = head.Value, Unit = "H" }, q);
        }

        if (head.Word == TimeWord.Unit && TimeLexicon.UnitCodes[head.Value] == "Y" && (tail.Word is TimeWord.Earlier or TimeWord.Ago))
        {
            // "the year-earlier quarter", "the year-ago period".
            var end = IsWord(q, "quarter", "period") ? q + 1 : q;
            return (new TimeMention { Kind = MentionKind.Ago, Unit = "Y", Offset = -1 }, end);
        }

        var amount = int.TryParse(w[..dash], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n
            : head.Word is TimeWord.Number or TimeWord.A ? head.Value : -1;
        if (amount > 0 && tail.Word == TimeWord.Unit && tailWord[^1] != 's')
        {
            return (new TimeMention { Kind = MentionKind.Duration, Amount = amount, Unit = TimeLexicon.UnitCodes[tail.Value] }, q);
        }

        return (null, p);
    }

    /// <summary>"Christmas", "Thanksgiving Day", "New Year's Day" (capitalised, from <c>holidays.txt</c>), maybe with a year.</summary>
    private (TimeMention? Mention, int Next) MatchHoliday(int p)
    {
        foreach (var (words, rule) in _lexicon.Holidays)
        {
            var q = p;
            var k = 0;
            while (k < words.Length && q < _end)
            {
                // "New Year's" is tokenised "New", "Year", "'s".
                var w = Word(q);
                var expected = words[k].AsSpan();
                var apostrophe = expected.IndexOf('\'');
                if (apostrophe > 0)
                {
                    if (!w.Equals(expected[..apostrophe], StringComparison.OrdinalIgnoreCase) || q + 1 >= _end ||
                        !Word(q + 1)[1..].Equals(expected[(apostrophe + 1)..], StringComparison.OrdinalIgnoreCase))
                    {
                        break;
                    }

                    q++;
                }
                else if (!w.Equals(expected, StringComparison.OrdinalIgnoreCase))
                {
                    break;
                }

                q++;
                k++;
            }

            if (k == words.Length)
            {
                return WithYear(new TimeMention { Kind = MentionKind.Holiday, Fixed = rule }, q);
            }
        }

        return (null, p);
    }

    /// <summary>"a few months before the war", "two days after the strike": the event and the direction.</summary>
    private void AttachAnchor(TimeMention mention, int q)
    {
        string direction;
        if (Is(q, TimeWord.Before) && Lex(q).Value == 0)
        {
            direction = "before";
        }
        else if ((Is(q, TimeWord.After) && Lex(q).Value == 0) || IsWord(q, "into"))
        {
            direction = "after";
        }
        else if (IsWord(q, "prior") && IsWord(q + 1, "to"))
        {
            direction = "before";
            q++;
        }
        else
        {
            return;
        }

        var first = q + 1;
        var last = first;
        while (last < _end && last - first < 8)
        {
            var t = _tokens[last];
            if (t.Kind == TokenKind.Punctuation && _text[t.Start] is not ('-' or '\u2011'))
            {
                break;
            }

            var w = Word(last);
            if (AnchorStops.Contains(w) || (last > first && char.IsLower(w[0]) && (w.EndsWith("ed", StringComparison.Ordinal) || _lexicon.IsPastVerb(w))))
            {
                break;
            }

            last++;
        }

        if (last > first)
        {
            mention.Anchor = _text[_tokens[first].Start.._tokens[last - 1].End];
            mention.Direction = direction;
        }
    }
}
