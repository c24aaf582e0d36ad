using System.Globalization;
using System.Text.RegularExpressions;
using Triangulate.Core.Entities;
using Triangulate.Core.Quantities;
using Triangulate.Core.Times;

namespace Triangulate.Resolution.Claims;

/// <summary>
/// What one amount of a claim measures, read from the words around it: the counted thing ("840 people": people, in
/// the group of <c>resolution-measured-things.txt</c> that also holds "passengers"), the words that narrow it down
/// after it ("in all-economy class"), whether it is a value that changes over time (a running total, an index level,
/// a toll: <c>resolution-changing-measures.txt</c>), and whether it states a maximum ("up to 840"). Two claims'
/// amounts are compared only when they measure the same thing so narrowed: a shared number or unit alone says
/// nothing. A duration followed by a measured word ("two years late") is an amount of months.
/// </summary>
/// <param name="Quantity">The amount (a duration as months, unit <c>month</c>).</param>
/// <param name="Thing">The counted thing's group, or <c>unit:</c> and the unit for money, percentages and the like.</param>
/// <param name="Modifiers">Content-word stems after the counted thing, up to the end of its phrase.</param>
/// <param name="Changing">The amount is one that changes over time.</param>
/// <param name="Maximum">It is stated as a maximum ("up to", "as many as"): a value, not a bound.</param>
internal sealed partial record AmountFrame(Quantity Quantity, string Thing, HashSet<string> Modifiers, bool Changing, bool Maximum)
{
    private const int LookAhead = 4;
    private const int MaxModifiers = 6;

    [GeneratedRegex(@"\p{N}+(?:[.,]\p{N}+)*\p{L}*|[\p{L}\p{N}][\p{L}\p{N}'’\-]*|[,;:()\[\]""“”–—?!]|\s-\s|\.(?=\s|$)", RegexOptions.CultureInvariant)]
    private static partial Regex PieceRegex();

    /// <summary>Words that may stand between an amount and what it counts ("22 new aircraft", "five more orders").</summary>
    private static readonly HashSet<string> Between = new(StringComparer.OrdinalIgnoreCase)
    {
        "new", "more", "additional", "extra", "further", "other", "of", "its", "their", "the", "his", "her", "million", "billion",
    };

    /// <summary>Words that end an amount's phrase: what follows them is another statement.</summary>
    private static readonly HashSet<string> Breaks = new(StringComparer.OrdinalIgnoreCase)
    {
        "or", "and", "but", "while", "whereas", "although", "though", "which", "who", "that", "compared", "against", "versus",
    };

    /// <summary>The amounts of a claim with what each measures; amounts inside a name ("Boeing 787") are no amounts.</summary>
    public static List<AmountFrame> Read(string text, int start, int end, IEnumerable<Quantity> quantities, IEnumerable<TimeExpression> times,
        IReadOnlyList<EntityMention> mentions, Lexicon lexicon)
    {
        var frames = new List<AmountFrame>();
        // A change told anywhere in the claim ("..., up from the 40 reported"): read once, only if an amount needs it.
        var claimTellsChange = new Lazy<bool>(() => lexicon.MarksChange(text[start..end].ToLowerInvariant(), phrasesOnly: true));
        var inClaim = quantities.Where(q => q.Start >= start && q.End <= end).OrderBy(q => q.Start).ToList();
        for (var i = 0; i < inClaim.Count; i++)
        {
            var q = inClaim[i];
            if (mentions.Any(m => m.Start <= q.Start && m.End >= q.End) || IsModelNumber(text, q, i > 0 ? inClaim[i - 1] : null, mentions))
            {
                continue;
            }

            var thing = q.Unit is not null ? "unit:" + q.Unit : CountedThing(text, q, end, lexicon);
            if (thing is not null)
            {
                frames.Add(Frame(text, start, end, q, thing, lexicon, claimTellsChange.Value));
            }
        }

        foreach (var t in times)
        {
            if (t.Type != TimeTypes.Duration || t.Start < start || t.End > end || Months(t.Value) is not { } months)
            {
                continue;
            }

            // "two years late", "18 months behind schedule": only a duration that a listed word measures.
            var next = Words(text, t.End, end).FirstOrDefault();
            if (next.Word is { } word && lexicon.ListedThing(word) is { } thing)
            {
                var amount = new Quantity(t.Start, t.End, t.Text, months, "month", Approximate(text, t.Start) ? QuantityQualifiers.Approx : QuantityQualifiers.Exact, word);
                frames.Add(Frame(text, start, end, amount, thing, lexicon, claimTellsChange.Value, next.End));
            }
        }

        return frames;
    }

    /// <summary>
    /// A number that names a model, not an amount: one that follows another amount with only filler between ("five
    /// new 737 aircraft"), or a bare one a nearby name holds ("the 787" near "Boeing 787").
    /// </summary>
    private static bool IsModelNumber(string text, Quantity q, Quantity? previous, IReadOnlyList<EntityMention> mentions)
    {
        var number = q.Text.Split(' ')[0];
        if (q.Unit is not null || !number.All(char.IsAsciiDigit))
        {
            return false;
        }

        // "Boeing unveils new 777 aircraft": a number right after "new" names a model (an amount comes before "new").
        var before = text[Math.Max(0, q.Start - 5)..q.Start];
        if (before.EndsWith("new ", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (previous is not null && previous.End <= q.Start
            && Words(text, previous.End, q.Start).All(w => Between.Contains(w.Word)) && text[previous.End..q.Start].All(c => char.IsLetter(c) || c == ' '))
        {
            return true;
        }

        // A bare number a nearby name holds ("the 787" after "Boeing 787"); "640 people" counts people whatever is named.
        return number == q.Text && mentions.Any(m => m.Text.Split(' ', '-').Any(w => w == number || w == number + "s"));
    }

    /// <summary>The two amounts can be one value (ranges meet; two maxima only when equal within 1 %).</summary>
    public bool Agrees(AmountFrame other)
    {
        if (Maximum && other.Maximum)
        {
            return Math.Abs(Quantity.Value - other.Quantity.Value) <= 0.01m * Math.Max(Math.Abs(Quantity.Value), Math.Abs(other.Quantity.Value));
        }

        return ClaimSimilarity.Compatible(Quantity, other.Quantity);
    }

    /// <summary>How well the two amounts' narrowing words agree: 1 when neither has any, 0.5 when one has none.</summary>
    public double Alignment(AmountFrame other) =>
        IsUnit && (Modifiers.Count == 0 || other.Modifiers.Count == 0 || !Lead.Overlaps(other.Lead)) ? 0
        : Modifiers.Count == 0 && other.Modifiers.Count == 0 ? 1
        : Modifiers.Count == 0 || other.Modifiers.Count == 0 ? 0.5
        : 2.0 * Modifiers.Count(other.Modifiers.Contains) / (Modifiers.Count + other.Modifiers.Count);

    /// <summary>
    /// Words of the counted phrase before its head ("long-haul" of "twelve new long-haul jets", "A320" of "twenty
    /// A320 jets"), fillers ("new", "more") left out: when each of two amounts has one the other lacks, they count
    /// different kinds of the thing.
    /// </summary>
    public HashSet<string> Kind { get; } = KindOf(Quantity.Counted);

    /// <summary>Each amount counts a kind of the thing the other does not name.</summary>
    public bool OtherKind(AmountFrame other) =>
        Kind.Any(k => !other.Kind.Contains(k)) && other.Kind.Any(k => !Kind.Contains(k));

    private static HashSet<string> KindOf(string? counted)
    {
        var kind = new HashSet<string>(StringComparer.Ordinal);
        if (counted is null)
        {
            return kind;
        }

        var words = counted.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        foreach (var word in words[..^1])
        {
            foreach (var part in word.Split('-', StringSplitOptions.RemoveEmptyEntries))
            {
                if (!Between.Contains(part) && !Lexicon.Default.IsStopWord(part))
                {
                    kind.Add(Stem(part));
                }
            }
        }

        return kind;
    }

    /// <summary>
    /// The amount is a move over a period ("fell 2.36%", "lost 26 points"): a happening of its own, so two reports
    /// of different dates giving different moves tell two moves.
    /// </summary>
    public bool Move { get; init; }

    /// <summary>A verb of change stands right before the amount, with "by" or nothing between ("fell by 9.48 points").</summary>
    private static bool IsMove(string text, int start, Quantity q, Lexicon lexicon)
    {
        var before = text[Math.Max(start, q.Start - 24)..q.Start].ToLowerInvariant();
        var words = PieceRegex().Matches(before).Select(m => m.Value).Where(w => char.IsLetterOrDigit(w[0])).ToList();
        if (words.Count > 0 && words[^1] is "by" or "some" or "about" or "nearly" or "almost" or "over" or "around")
        {
            words.RemoveAt(words.Count - 1);
        }

        return words.Count > 0 && lexicon.IsChangeVerb(words[^1]);
    }

    /// <summary>
    /// The content words right before the amount in its phrase, at most two ("sold for", "pay off", "worth"): what a
    /// sum is paid or counted for. Two sums or shares are one measure only when these meet.
    /// </summary>
    public HashSet<string> Lead { get; init; } = [];

    private static HashSet<string> LeadWords(string text, int from, Quantity q, Lexicon lexicon)
    {
        var words = Words(text, from, q.Start).Select(w => w.Word).Where(w => !w.All(char.IsDigit)).ToList();
        var lead = new HashSet<string>(StringComparer.Ordinal);
        for (var i = words.Count - 1; i >= 0 && lead.Count < 2; i--)
        {
            if (!lexicon.IsStopWord(words[i]))
            {
                lead.Add(Stem(words[i]));
            }
        }

        return lead;
    }

    /// <summary>The narrowing words as written, for explanations.</summary>
    public string Narrowing { get; init; } = string.Empty;

    /// <summary>A sum, a share or another amount with a unit, rather than a count of things.</summary>
    public bool IsUnit => Thing.StartsWith("unit:", StringComparison.Ordinal);

    private static AmountFrame Frame(string text, int start, int end, Quantity q, string thing, Lexicon lexicon, bool claimTellsChange, int thingEnd = -1)
    {
        // The phrase of the amount: from the last break before it to the first break after it.
        var (from, to) = Phrase(text, start, end, q);
        var segment = text[from..to].ToLowerInvariant();
        var modifiers = new HashSet<string>(StringComparer.Ordinal);
        // A sum or a share is narrowed by its whole phrase ("in a deal worth", "paid for"): it counts no thing.
        var after = thing.StartsWith("unit:", StringComparison.Ordinal) ? from : thingEnd >= 0 ? thingEnd : ThingEnd(text, q, to, thing);
        var shown = new List<string>();
        foreach (var (word, _) in Words(text, after, to).Where(w => w.End <= q.Start - 1 || w.End > q.End))
        {
            foreach (var part in word.Split('-', StringSplitOptions.RemoveEmptyEntries))
            {
                var stem = Stem(part);
                if (modifiers.Count < MaxModifiers && !lexicon.IsStopWord(part) && !part.All(char.IsDigit) && modifiers.Add(stem))
                {
                    shown.Add(part);
                }
            }
        }

        // A change told beyond the amount's phrase counts for every amount of the claim.
        var changing = claimTellsChange || lexicon.IsChanging(thing) || lexicon.MarksChange(segment, phrasesOnly: false);
        var before = text[Math.Max(start, q.Start - 14)..q.Start].ToLowerInvariant();
        var lower = q.Text.ToLowerInvariant();
        var maximum = q.Qualifier == QuantityQualifiers.AtMost
            && (lower.StartsWith("up to", StringComparison.Ordinal) || before.EndsWith("up to ", StringComparison.Ordinal)
                || before.EndsWith("as many as ", StringComparison.Ordinal) || before.EndsWith("maximum of ", StringComparison.Ordinal));
        return new AmountFrame(q, thing, modifiers, changing, maximum)
        {
            Narrowing = string.Join(' ', shown),
            Move = IsMove(text, start, q, lexicon),
            Lead = LeadWords(text, from, q, lexicon),
        };
    }

    private static (int From, int To) Phrase(string text, int start, int end, Quantity q)
    {
        var from = start;
        var to = end;
        foreach (Match m in PieceRegex().Matches(text[start..end]))
        {
            var at = start + m.Index;
            var isBreak = m.Length == 1 && !char.IsLetterOrDigit(m.Value[0]) || m.Value.Trim() == "-" || m.Value == "." || Breaks.Contains(m.Value);
            if (!isBreak)
            {
                continue;
            }

            if (at + m.Length <= q.Start)
            {
                from = at + m.Length;
            }
            else if (at >= q.End)
            {
                to = at;
                break;
            }
        }

        return (from, to);
    }

    /// <summary>The first word after the amount that is no name, number or filler: "22 new Boeing 787 aircraft" counts aircraft.</summary>
    private static string? CountedThing(string text, Quantity q, int end, Lexicon lexicon)
    {
        if (q.Counted is { Length: > 0 } counted)
        {
            // "the S&P 500 Index", "Boeing 747 Jumbo": a capitalised head makes the number part of a name.
            var last = counted.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1];
            return char.IsUpper(last[0]) ? null : lexicon.ThingOf(last);
        }

        var seen = 0;
        foreach (var (word, _) in Words(text, q.End, end))
        {
            if (seen++ >= LookAhead)
            {
                break;
            }

            if (char.IsUpper(word[0]) || char.IsDigit(word[0]) || Between.Contains(word))
            {
                continue;
            }

            return lexicon.IsStopWord(word) ? null : lexicon.ThingOf(word);
        }

        return null;
    }

    private static int ThingEnd(string text, Quantity q, int to, string thing)
    {
        if (thing.StartsWith("unit:", StringComparison.Ordinal))
        {
            return q.End;
        }

        foreach (var (word, wordEnd) in Words(text, q.End, to))
        {
            if (!char.IsUpper(word[0]) && !char.IsDigit(word[0]) && !Between.Contains(word))
            {
                return wordEnd;
            }
        }

        return q.End;
    }

    /// <summary>The words from <paramref name="from"/> up to the first break or <paramref name="to"/>.</summary>
    private static IEnumerable<(string Word, int End)> Words(string text, int from, int to)
    {
        if (from >= to)
        {
            yield break;
        }

        var pieces = new List<(int Index, int Length)>();
        foreach (var m in PieceRegex().EnumerateMatches(text.AsSpan(from, to - from)))
        {
            pieces.Add((from + m.Index, m.Length));
        }

        foreach (var (index, length) in pieces)
        {
            if (!char.IsLetterOrDigit(text[index]) || Breaks.Contains(text.Substring(index, length)))
            {
                yield break;
            }

            yield return (text.Substring(index, length), index + length);
        }
    }

    private static bool Approximate(string text, int at)
    {
        var before = text[Math.Max(0, at - 12)..at].ToLowerInvariant();
        return before.EndsWith("about ", StringComparison.Ordinal) || before.EndsWith("around ", StringComparison.Ordinal)
            || before.EndsWith("nearly ", StringComparison.Ordinal) || before.EndsWith("almost ", StringComparison.Ordinal)
            || before.EndsWith("some ", StringComparison.Ordinal) || before.EndsWith("roughly ", StringComparison.Ordinal);
    }

    /// <summary>A TIMEX3 duration (P2Y, P18M, P3W, P10D) in months.</summary>
    private static decimal? Months(string? value)
    {
        if (value is not { Length: >= 3 } || value[0] != 'P' || value[1] == 'T')
        {
            return null;
        }

        var unit = value[^1];
        if (!decimal.TryParse(value.AsSpan(1, value.Length - 2), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var n))
        {
            return null;
        }

        return unit switch
        {
            'Y' => n * 12,
            'M' => n,
            'W' => Math.Round(n * 7 / 30.4m, 2),
            'D' => Math.Round(n / 30.4m, 2),
            _ => null,
        };
    }

    internal static string Stem(string word)
    {
        var lower = word.ToLowerInvariant();
        return lower.Length > 5 ? lower[..5] : lower;
    }

    /// <summary>The word lists that say what an amount measures and which amounts change.</summary>
    internal sealed class Lexicon
    {
        private readonly Dictionary<string, string> _groups = new(StringComparer.Ordinal);
        private readonly HashSet<string> _changing = new(StringComparer.Ordinal);
        private readonly List<string[]> _changingPhrases = [];
        private readonly HashSet<string> _stopWords;
        private readonly HashSet<string> _changeVerbs = new(StringComparer.Ordinal);

        public Lexicon(HashSet<string> stopWords)
        {
            _stopWords = stopWords;
            foreach (var line in Core.Data.DataFile.ReadLines("resolution-measured-things.txt"))
            {
                var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Stem).ToList();
                foreach (var w in words)
                {
                    _groups.TryAdd(w, words[0]);
                }
            }

            foreach (var line in Core.Data.DataFile.ReadLines("resolution-change-verbs.txt"))
            {
                _changeVerbs.Add(Stem(line.Trim()));
            }

            foreach (var line in Core.Data.DataFile.ReadLines("resolution-changing-measures.txt"))
            {
                var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Stem).ToArray();
                if (words.Length == 1)
                {
                    _changing.Add(words[0]);
                }
                else if (words.Length > 1)
                {
                    _changingPhrases.Add(words);
                }
            }
        }

        public static Lexicon Default { get; } = new(ResolutionData.Default.StopWords);

        public string ThingOf(string word) => _groups.GetValueOrDefault(Stem(word), Stem(word));

        public string? ListedThing(string word) => _groups.GetValueOrDefault(Stem(word));

        public bool IsStopWord(string word) => _stopWords.Contains(word.ToLowerInvariant());

        public bool IsChanging(string thing) => _changing.Contains(thing);

        public bool IsChangeVerb(string word) => _changeVerbs.Contains(Stem(word));

        /// <summary>A word or phrase (only a phrase: <paramref name="phrasesOnly"/>) of the changing list stands in <paramref name="segment"/> (lower case).</summary>
        public bool MarksChange(string segment, bool phrasesOnly)
        {
            var stems = PieceRegex().Matches(segment).Where(m => char.IsLetterOrDigit(m.Value[0])).Select(m => Stem(m.Value)).ToArray();
            for (var i = 0; i < stems.Length; i++)
            {
                if (!phrasesOnly && _changing.Contains(stems[i]))
                {
                    return true;
                }

                foreach (var phrase in _changingPhrases)
                {
                    if (i + phrase.Length <= stems.Length && phrase.Select((p, k) => stems[i + k] == p).All(x => x))
                    {
                        return true;
                    }
                }
            }

            return false;
        }
    }
}
