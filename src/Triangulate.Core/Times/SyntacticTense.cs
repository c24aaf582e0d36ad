using Triangulate.Core.Syntax;
using Triangulate.Core.Text;

namespace Triangulate.Core.Times;

/// <summary>
/// The tense the dependency tree gives a time expression: that of the verb governing it ("the board will vote on
/// June 3": ahead; "had met on June 3": back), through a participle describing a deadline ("a deadline set at June
/// 1": ahead) or the plan it is the object of ("plans to visit on June 3": ahead). Says <see cref="Tense.Unknown"/>
/// when the tree holds no clear cue, so the nearest word cue decides.
/// </summary>
internal static class SyntacticTense
{
    private const int ChildReach = 12;

    /// <summary>The tense of the expression on tokens [<paramref name="first"/>, <paramref name="end"/>).</summary>
    public static Tense Of(IReadOnlyList<TokenSyntax> syntax, TimeLexicon lexicon, string text, IReadOnlyList<Token> tokens, int first, int end)
    {
        var head = SpanHead(syntax, first, end);
        var g = head < 0 ? -1 : syntax[head].Head;
        for (var step = 0; g >= 0 && step < 4; step++)
        {
            var s = syntax[g];
            var word = text.AsSpan(tokens[g].Start, tokens[g].Length);
            if (lexicon.ForwardCueOf(word) == ForwardCue.Deadline || lexicon.ForwardCueOf(s.Lemma) == ForwardCue.Deadline)
            {
                return Tense.Future;
            }

            if (s.Pos is UniversalPos.NOUN or UniversalPos.PROPN or UniversalPos.NUM)
            {
                // "the vote on June 3": the noun's own governor tells.
                g = s.Head;
                continue;
            }

            if (s.Pos is not (UniversalPos.VERB or UniversalPos.AUX or UniversalPos.ADJ))
            {
                break;
            }

            if (Auxiliaries(syntax, text, tokens, g) is var aux and not Tense.Unknown)
            {
                return aux;
            }

            // A plan named by a participle describing a noun ("the service planned for Saturday was cancelled")
            // takes its time from the clause of that noun.
            if (!s.Is("acl") && (lexicon.ForwardCueOf(s.Lemma) == ForwardCue.Future || lexicon.ForwardCueOf(word) == ForwardCue.Future))
            {
                return Tense.Future;
            }

            // "plans to visit on June 3", "is expected to close by Friday": the plan governs the date.
            if (s.Is("xcomp") && s.Head >= 0 &&
                (lexicon.ForwardCueOf(syntax[s.Head].Lemma) == ForwardCue.Future ||
                 lexicon.ForwardCueOf(text.AsSpan(tokens[s.Head].Start, tokens[s.Head].Length)) == ForwardCue.Future))
            {
                return Tense.Future;
            }

            if (s.Is("acl"))
            {
                // A participle describing a noun ("the deadline set at June 1") tells nothing of time itself.
                g = s.Head;
                continue;
            }

            break;
        }

        return Tense.Unknown;
    }

    /// <summary>"will", "shall", "would" (not "would have") ahead; "had" back; nothing else decides.</summary>
    private static Tense Auxiliaries(IReadOnlyList<TokenSyntax> syntax, string text, IReadOnlyList<Token> tokens, int verb)
    {
        var (future, conditional, perfect, pastPerfect) = (false, false, false, false);
        var lo = Math.Max(0, verb - ChildReach);
        var hi = Math.Min(syntax.Count, verb + ChildReach);
        for (var c = lo; c < hi; c++)
        {
            if (syntax[c].Head != verb || !syntax[c].Is("aux"))
            {
                continue;
            }

            var w = text.AsSpan(tokens[c].Start, tokens[c].Length);
            if (TokenText.EqualsAny(w, "would", "'d", "\u2019d") && syntax[c].Lemma != "have")
            {
                conditional = true;
            }
            else if (syntax[c].Lemma is "will" or "shall" || TokenText.EqualsAny(w, "'ll", "\u2019ll", "wo"))
            {
                future = true;
            }
            else if (syntax[c].Lemma == "have")
            {
                perfect = true;
                pastPerfect |= TokenText.EqualsAny(w, "had", "'d");
            }
        }

        // "would have signed by June" looks back; "will have signed by June" ahead.
        return pastPerfect || (conditional && perfect) ? Tense.Past : future || conditional ? Tense.Future : Tense.Unknown;
    }

    /// <summary>The token of the span whose head lies outside it (the last such), or -1.</summary>
    private static int SpanHead(IReadOnlyList<TokenSyntax> syntax, int first, int end)
    {
        var head = -1;
        for (var t = first; t < end && t < syntax.Count; t++)
        {
            if (syntax[t].Head < first || syntax[t].Head >= end)
            {
                head = t;
            }
        }

        return head;
    }
}
