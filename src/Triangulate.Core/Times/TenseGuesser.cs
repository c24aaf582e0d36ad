using Triangulate.Core.Syntax;
using Triangulate.Core.Text;

namespace Triangulate.Core.Times;

/// <summary>
/// Guesses whether the clause around a time expression looks back or ahead. With a syntax layer, the verb that
/// governs the expression decides first (its auxiliaries, the plan or deadline it belongs to); otherwise, or when the
/// tree says nothing, the nearest cue in the sentence does: words of <c>forward-cues.txt</c> ("will", "plans",
/// "deadline", "due") look ahead; "was", "had", irregular pasts from <c>past-verbs.txt</c> and lowercase words in
/// "-ed" look back. A limit ("until October", "by Friday") looks ahead unless its clause is told in the past.
/// </summary>
internal sealed class TenseGuesser(TimeLexicon lexicon)
{
    private const int Window = 10;

    /// <summary>The tense of tokens [<paramref name="first"/>, <paramref name="end"/>) in their sentence.</summary>
    public Tense Guess(string text, IReadOnlyList<Token> tokens, Sentence sentence, int first, int end) =>
        Guess(text, tokens, sentence, first, end, []);

    /// <summary>The tense of tokens [<paramref name="first"/>, <paramref name="end"/>), reading the tree when there is one.</summary>
    public Tense Guess(string text, IReadOnlyList<Token> tokens, Sentence sentence, int first, int end, IReadOnlyList<TokenSyntax> syntax)
    {
        var sentenceEnd = sentence.FirstToken + sentence.TokenCount;
        var before = first > sentence.FirstToken ? Word(text, tokens, first - 1) : default;

        // "from June 1 on", "from Monday onwards": the start of what is to come.
        if (before.Equals("from", StringComparison.OrdinalIgnoreCase) && end < sentenceEnd &&
            TokenText.EqualsAny(Word(text, tokens, end), "on", "onward", "onwards"))
        {
            return Tense.Future;
        }

        var limit = first > sentence.FirstToken && lexicon.ForwardCueOf(before) == ForwardCue.Limit;
        var (cue, cueAt) = syntax.Count == tokens.Count && syntax.Count > 0
            ? (SyntacticTense.Of(syntax, lexicon, text, tokens, first, end), -1)
            : (Tense.Unknown, -1);
        if (cue == Tense.Unknown)
        {
            (cue, cueAt) = NearestCue(text, tokens, sentence, first, end, limit);
        }

        if (!limit)
        {
            // "extended to Nov. 20": a deadline moved is usually ahead whatever the verb's tense; take the nearest.
            return before.Equals("to", StringComparison.OrdinalIgnoreCase) ? Tense.Unknown : cue;
        }

        // A limit: "not due until October", "postponed until Saturday" look ahead; "had risen by October" back; a
        // limit in a plain past clause ("closed until Friday") is the nearest occurrence.
        return cue switch
        {
            Tense.Future => Tense.Future,
            Tense.Past when cueAt >= 0 && Word(text, tokens, cueAt).Equals("had", StringComparison.OrdinalIgnoreCase) => Tense.Past,
            Tense.Past => Tense.Unknown,
            _ => Tense.Ahead,
        };
    }

    private (Tense Tense, int At) NearestCue(string text, IReadOnlyList<Token> tokens, Sentence sentence, int first, int end, bool limit)
    {
        var lo = Math.Max(sentence.FirstToken, first - Window);
        var hi = Math.Min(sentence.FirstToken + sentence.TokenCount, end + Window);
        for (var distance = 1; distance <= Window; distance++)
        {
            var left = first - distance;
            if (left >= lo && Cue(text, tokens, left, limit) is { } l and not Tense.Unknown)
            {
                return (l, left);
            }

            var right = end - 1 + distance;
            if (right < hi && Cue(text, tokens, right, false) is { } r and not Tense.Unknown && !IsTrailingAttribution(text, tokens, end, right))
            {
                return (r, right);
            }
        }

        return (Tense.Unknown, -1);
    }

    private Tense Cue(string text, IReadOnlyList<Token> tokens, int i, bool beforeLimit)
    {
        var t = tokens[i];
        if (t.Kind != TokenKind.Word || t.Length < 2)
        {
            return Tense.Unknown;
        }

        var w = text.AsSpan(t.Start, t.Length);
        var next = i + 1 < tokens.Count ? Word(text, tokens, i + 1) : default;
        // "next to the embassy" is a place.
        var forward = w.Equals("next", StringComparison.OrdinalIgnoreCase) && next.Equals("to", StringComparison.OrdinalIgnoreCase)
            ? ForwardCue.None
            : lexicon.ForwardCueOf(w);
        if (forward is ForwardCue.Future or ForwardCue.Deadline || (forward == ForwardCue.Push && beforeLimit))
        {
            return Tense.Future;
        }

        // "won't" is tokenised "won" + "'t".
        if (w.Equals("won", StringComparison.OrdinalIgnoreCase) && (next.Equals("'t", StringComparison.Ordinal) || next.Equals("\u2019t", StringComparison.Ordinal)))
        {
            return Tense.Future;
        }

        // "were planning", "is expected", "was due": an auxiliary before a word of intention looks ahead; "is to
        // visit", "are set to", "going to" as well.
        if (IsAuxiliary(w) && (lexicon.ForwardCueOf(next) is ForwardCue.Future or ForwardCue.Deadline ||
            (next.Equals("to", StringComparison.OrdinalIgnoreCase) && w[0] is 'i' or 'I' or 'a' or 'A')))
        {
            return Tense.Future;
        }

        if (TokenText.EqualsAny(w, "going", "set") && TokenText.EqualsAny(next, "to", "for"))
        {
            return Tense.Future;
        }

        // "a deadline set at June 1", "the date agreed for the vote": a participle after a deadline word describes
        // it; it does not tell the past.
        var previous = i > 0 ? Word(text, tokens, i - 1) : default;
        var afterDeadline = i > 0 && lexicon.ForwardCueOf(previous) == ForwardCue.Deadline;
        if (lexicon.IsPastVerb(w) || w.Equals("ago", StringComparison.OrdinalIgnoreCase))
        {
            // "would still be held": a participle after "be" takes its tense from the auxiliary before it.
            return IsArticleOrBe(previous) || afterDeadline ? Tense.Unknown : Tense.Past;
        }

        if (w.Length > 4 && char.IsLower(w[0]) && w.EndsWith("ed", StringComparison.Ordinal))
        {
            // Not a past verb after an article ("the reduced dividend") or after "be" ("can be exercised").
            return IsArticleOrBe(previous) || afterDeadline ? Tense.Unknown : Tense.Past;
        }

        return Tense.Unknown;
    }

    /// <summary>
    /// "... before the May 18 elections, an MP said": a reporting verb after a comma closes the sentence with who said
    /// it; its tense is the telling's, not that of the clause holding the date.
    /// </summary>
    private static bool IsTrailingAttribution(string text, IReadOnlyList<Token> tokens, int end, int i)
    {
        if (!TokenText.EqualsAny(Word(text, tokens, i), "said", "told", "added", "reported", "stated", "noted"))
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

    private static ReadOnlySpan<char> Word(string text, IReadOnlyList<Token> tokens, int i) => text.AsSpan(tokens[i].Start, tokens[i].Length);

    private static bool IsArticleOrBe(ReadOnlySpan<char> w) =>
        TokenText.EqualsAny(w, "the", "a", "an", "its", "their", "be", "been", "being");

    private static bool IsAuxiliary(ReadOnlySpan<char> w) => TokenText.EqualsAny(w, "was", "were", "is", "are");
}
