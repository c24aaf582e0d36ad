using Triangulate.Core.Text;

namespace Triangulate.Core.Times;

/// <summary>
/// Guesses the tense of the clause around a time expression from the nearest verb cue in its sentence: "will",
/// "'ll", "going to", "expected to" mark the future; "was", "had", "said", irregular pasts from
/// <c>past-verbs.txt</c> and lowercase words in "-ed" mark the past. A heuristic, not a parser: good enough to pick
/// the past or future occurrence of "November 8" in news.
/// </summary>
internal sealed class TenseGuesser(TimeLexicon lexicon)
{
    private const int Window = 10;

    /// <summary>The tense of the cue nearest to tokens [<paramref name="first"/>, <paramref name="end"/>) in the sentence.</summary>
    public Tense Guess(string text, IReadOnlyList<Token> tokens, Sentence sentence, int first, int end)
    {
        // A deadline ("by Dec. 15", "until Friday", "extended to Nov. 20") is usually ahead whatever the verb's tense:
        // take the nearest occurrence.
        if (first > sentence.FirstToken && IsDeadline(text.AsSpan(tokens[first - 1].Start, tokens[first - 1].Length)))
        {
            return Tense.Unknown;
        }

        var lo = Math.Max(sentence.FirstToken, first - Window);
        var hi = Math.Min(sentence.FirstToken + sentence.TokenCount, end + Window);
        for (var distance = 1; distance <= Window; distance++)
        {
            var left = first - distance;
            if (left >= lo && Cue(text, tokens, left) is { } l and not Tense.Unknown)
            {
                return l;
            }

            var right = end - 1 + distance;
            if (right < hi && Cue(text, tokens, right) is { } r and not Tense.Unknown && !IsTrailingAttribution(text, tokens, end, right))
            {
                return r;
            }
        }

        return Tense.Unknown;
    }

    private Tense Cue(string text, IReadOnlyList<Token> tokens, int i)
    {
        var t = tokens[i];
        if (t.Kind != TokenKind.Word || t.Length < 2)
        {
            return Tense.Unknown;
        }

        var w = text.AsSpan(t.Start, t.Length);
        if (IsFutureWord(w))
        {
            return Tense.Future;
        }

        // "were planning", "is expected", "was due": an auxiliary before a word of intention looks ahead.
        if (IsAuxiliary(w) && i + 1 < tokens.Count && IsFutureWord(text.AsSpan(tokens[i + 1].Start, tokens[i + 1].Length)))
        {
            return Tense.Future;
        }

        if ((w.Equals("going", StringComparison.OrdinalIgnoreCase) || w.Equals("due", StringComparison.OrdinalIgnoreCase) ||
            w.Equals("set", StringComparison.OrdinalIgnoreCase)) && i + 1 < tokens.Count &&
            (text.AsSpan(tokens[i + 1].Start, tokens[i + 1].Length).Equals("to", StringComparison.OrdinalIgnoreCase) ||
            text.AsSpan(tokens[i + 1].Start, tokens[i + 1].Length).Equals("for", StringComparison.OrdinalIgnoreCase)))
        {
            return Tense.Future;
        }

        if (w.Equals("deadline", StringComparison.OrdinalIgnoreCase))
        {
            return Tense.Future;
        }

        if (lexicon.IsPastVerb(w) || w.Equals("ago", StringComparison.OrdinalIgnoreCase))
        {
            // "would still be held": a participle after "be" takes its tense from the auxiliary before it.
            var before = i > 0 ? text.AsSpan(tokens[i - 1].Start, tokens[i - 1].Length) : default;
            return IsArticleOrBe(before) ? Tense.Unknown : Tense.Past;
        }

        if (w.Length > 4 && char.IsLower(w[0]) && w.EndsWith("ed", StringComparison.Ordinal))
        {
            // Not a past verb after an article ("the reduced dividend") or after "be" ("can be exercised").
            var previous = i > 0 ? text.AsSpan(tokens[i - 1].Start, tokens[i - 1].Length) : default;
            return IsArticleOrBe(previous) ? Tense.Unknown : Tense.Past;
        }

        return Tense.Unknown;
    }

    /// <summary>
    /// "... before the May 18 elections, an MP said": a reporting verb after a comma closes the sentence with who said
    /// it; its tense is the telling's, not that of the clause holding the date.
    /// </summary>
    private static bool IsTrailingAttribution(string text, IReadOnlyList<Token> tokens, int end, int i)
    {
        var w = text.AsSpan(tokens[i].Start, tokens[i].Length);
        if (!(w.Equals("said", StringComparison.OrdinalIgnoreCase) || w.Equals("told", StringComparison.OrdinalIgnoreCase)
            || w.Equals("added", StringComparison.OrdinalIgnoreCase) || w.Equals("reported", StringComparison.OrdinalIgnoreCase)
            || w.Equals("stated", StringComparison.OrdinalIgnoreCase) || w.Equals("noted", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        for (var j = end; j < i; j++)
        {
            if (tokens[j].Length == 1 && text[tokens[j].Start] == ',')
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsFutureWord(ReadOnlySpan<char> w) =>
        w.Equals("will", StringComparison.OrdinalIgnoreCase) || w.Equals("'ll", StringComparison.Ordinal) ||
        w.Equals("\u2019ll", StringComparison.Ordinal) || w.Equals("shall", StringComparison.OrdinalIgnoreCase) ||
        w.Equals("would", StringComparison.OrdinalIgnoreCase) || w.Equals("plan", StringComparison.OrdinalIgnoreCase) ||
        w.Equals("plans", StringComparison.OrdinalIgnoreCase) || w.Equals("planned", StringComparison.OrdinalIgnoreCase) ||
        w.Equals("planning", StringComparison.OrdinalIgnoreCase) || w.Equals("expects", StringComparison.OrdinalIgnoreCase) ||
        w.Equals("expected", StringComparison.OrdinalIgnoreCase) || w.Equals("scheduled", StringComparison.OrdinalIgnoreCase) ||
        w.Equals("upcoming", StringComparison.OrdinalIgnoreCase) || w.Equals("must", StringComparison.OrdinalIgnoreCase) ||
        w.Equals("soon", StringComparison.OrdinalIgnoreCase);

    private static bool IsDeadline(ReadOnlySpan<char> w) =>
        w.Equals("by", StringComparison.OrdinalIgnoreCase) || w.Equals("until", StringComparison.OrdinalIgnoreCase) ||
        w.Equals("till", StringComparison.OrdinalIgnoreCase) || w.Equals("to", StringComparison.OrdinalIgnoreCase) ||
        w.Equals("through", StringComparison.OrdinalIgnoreCase);

    private static bool IsArticleOrBe(ReadOnlySpan<char> w) =>
        w.Equals("the", StringComparison.OrdinalIgnoreCase) || w.Equals("a", StringComparison.OrdinalIgnoreCase) ||
        w.Equals("an", StringComparison.OrdinalIgnoreCase) || w.Equals("its", StringComparison.OrdinalIgnoreCase) ||
        w.Equals("their", StringComparison.OrdinalIgnoreCase) || w.Equals("be", StringComparison.OrdinalIgnoreCase) ||
        w.Equals("been", StringComparison.OrdinalIgnoreCase) || w.Equals("being", StringComparison.OrdinalIgnoreCase);

    private static bool IsAuxiliary(ReadOnlySpan<char> w) =>
        w.Equals("was", StringComparison.OrdinalIgnoreCase) || w.Equals("were", StringComparison.OrdinalIgnoreCase) ||
        w.Equals("is", StringComparison.OrdinalIgnoreCase) || w.Equals("are", StringComparison.OrdinalIgnoreCase);
}
