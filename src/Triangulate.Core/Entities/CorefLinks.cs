using Triangulate.Core.Coreference;
using Triangulate.Core.Syntax;
using Triangulate.Core.Text;

namespace Triangulate.Core.Entities;

/// <summary>
/// Turns the coreference model's chains into entity mentions: a description ("the company", "its chief
/// executive") or a third-person pronoun ("it", "he", "their") in a chain that holds a name becomes a mention of
/// that name (the nearest one before it, else the chain's first), with its canonical form and type, when the model
/// chose its antecedent by a clear margin over any other chain (two people in reach of "he" leave it out: a missed
/// link costs less than a wrong one). A description keeps its whole noun phrase, as annotators mark it; one that
/// overlaps a name is left to the name.
/// </summary>
internal static class CorefLinks
{
    /// <summary>The margin a link needs (the model's score units; read on GUM dev and the tests' examples).</summary>
    internal const float MinimumMargin = 1.0f;

    public static List<MentionDraft> Add(CorefModel model, string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, IReadOnlyList<TokenSyntax> syntax, List<MentionDraft> drafts)
    {
        if (drafts.Count == 0 || tokens.Count == 0)
        {
            return drafts;
        }

        var names = drafts.Select(d => new NameSpan(d.FirstToken, d.EndToken, d.Type)).ToList();
        var resolved = model.Resolve(new CorefInput(text, tokens, sentences, syntax, names));
        var namesOf = new Dictionary<int, List<MentionDraft>>();
        foreach (var r in resolved)
        {
            if (r.NameIndex >= 0 && r.Kind != MentionKind.Pronoun)
            {
                if (!namesOf.TryGetValue(r.Chain, out var list))
                {
                    namesOf[r.Chain] = list = [];
                }

                list.Add(drafts[r.NameIndex]);
            }
        }

        if (namesOf.Count == 0)
        {
            return drafts;
        }

        var covered = new bool[tokens.Count];
        foreach (var d in drafts)
        {
            for (var t = d.FirstToken; t < d.EndToken && t < tokens.Count; t++)
            {
                covered[t] = true;
            }
        }

        var added = new List<MentionDraft>();
        foreach (var r in resolved)
        {
            if (r.NameIndex >= 0 || !namesOf.TryGetValue(r.Chain, out var chainNames))
            {
                continue;
            }

            var (first, end) = (r.FirstToken, r.EndToken);
            if (r.Margin < MinimumMargin)
            {
                continue;
            }

            if (r.Kind == MentionKind.Pronoun)
            {
                if (!model.Words.TryGet(text.AsSpan(tokens[first].Start, tokens[first].Length), out var info) || info.Person != 3)
                {
                    continue;
                }
            }
            else if (!char.IsLower(text[tokens[first].Start]) || syntax[first].Pos is not (UniversalPos.DET or UniversalPos.PRON) || !char.IsLower(text[tokens[r.Head].Start]))
            {
                // Only a definite or possessive description written in lower case: "the company", "its chief".
                continue;
            }

            var overlaps = false;
            for (var t = first; t < end; t++)
            {
                overlaps |= covered[t];
            }

            if (overlaps)
            {
                continue;
            }

            var name = chainNames.LastOrDefault(d => d.EndToken <= first) ?? chainNames[0];
            if (r.Kind == MentionKind.Pronoun && Rivals(drafts, name, first, tokens, sentences))
            {
                continue;
            }

            added.Add(new MentionDraft(first, end, tokens[first].Start, tokens[end - 1].End, name.Type) { Canonical = name.Canonical ?? text[name.Start..name.End], Anaphor = true });
        }

        drafts.AddRange(added);
        drafts.Sort((a, b) => a.Start.CompareTo(b.Start));
        return drafts;
    }

    // Another name of the antecedent's type, in the pronoun's sentence or the one before, that is not the antecedent:
    // "Orla Venn met Tamsin Reyes. He said nothing." leaves "He" to no one.
    private static bool Rivals(List<MentionDraft> drafts, MentionDraft name, int pronoun, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences)
    {
        var s = 0;
        while (s + 1 < sentences.Count && sentences[s + 1].FirstToken <= pronoun)
        {
            s++;
        }

        var from = sentences[Math.Max(0, s - 1)].FirstToken;
        var canonical = name.Canonical ?? string.Empty;
        foreach (var d in drafts)
        {
            if (!d.Anaphor && d.FirstToken >= from && d.EndToken <= pronoun && d.Type == name.Type && !string.Equals(d.Canonical, canonical, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

}
