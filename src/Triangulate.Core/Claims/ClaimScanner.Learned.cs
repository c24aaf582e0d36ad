using Triangulate.Core.Syntax;
using Triangulate.Core.Text;

namespace Triangulate.Core.Claims;

/// <summary>
/// Cues the word lists miss, found by the learnt <see cref="CueModel"/>: a verb or adjective outside every attribution
/// the patterns built, whose features in the tree score above the model's threshold, becomes a cue; its source is its
/// subject's phrase (or a passive's agent, or the noun a "who" clause hangs on), its content its clausal complement
/// ("agreed that ...", "wants to ..."), else its object ("called for an inquiry"). PolNeAR marks each token in at most
/// one attribution, so a token inside another attribution's source, cue or content is never a cue of its own.
/// </summary>
internal sealed partial class ClaimScanner
{
    private static readonly HashSet<string> ClausalRelations = new(["ccomp", "xcomp", "parataxis", "csubj", "advcl", "acl"], StringComparer.Ordinal);

    private readonly CueModel? _cueModel;
    private bool[]? _quotedTokens;
    private readonly List<string> _features = [];

    /// <summary>Whether a token can be a learnt cue: a verb or an adjective ("frustrated", "confident").</summary>
    private static bool IsCueCandidate(TokenSyntax s) => s.Pos is UniversalPos.VERB or UniversalPos.ADJ;

    /// <summary>For training: every candidate token of the document with its features (a fresh list each).</summary>
    internal IEnumerable<(int Token, List<string> Features)> CandidateFeatures()
    {
        if (_syntax is null)
        {
            yield break;
        }

        foreach (var sentence in _sentences)
        {
            if (TreeOf(sentence) is not { } tree)
            {
                continue;
            }

            var first = sentence.FirstToken;
            var end = first + sentence.TokenCount;
            for (var t = first; t < end; t++)
            {
                if (IsCueCandidate(_syntax[t]))
                {
                    var features = new List<string>(40);
                    CueFeatures(tree, t, first, end, features);
                    yield return (t, features);
                }
            }
        }
    }

    /// <summary>Whether a token lies inside a quotation (a cue there is the quoted speaker's words).</summary>
    private bool IsQuotedToken(int t)
    {
        if (_quotedTokens is null)
        {
            _quotedTokens = new bool[_tokens.Count];
            var quoted = false;
            for (var i = 0; i < _tokens.Count; i++)
            {
                if (i > 0 && _text.AsSpan(_tokens[i - 1].End, _tokens[i].Start - _tokens[i - 1].End).Contains("\n\n", StringComparison.Ordinal))
                {
                    // A quotation left open at a paragraph's end does not run on into the next paragraph's narration.
                    quoted = false;
                }

                var direction = QuoteDirection(i);
                quoted = direction != 0 ? direction > 0 : quoted;
                _quotedTokens[i] = quoted;
            }
        }

        return _quotedTokens[t];
    }

    private string Lower(int t) => _text.Substring(_tokens[t].Start, _tokens[t].Length).ToLowerInvariant();

    /// <summary>The features of candidate <paramref name="t"/> in its sentence's tree.</summary>
    private void CueFeatures(DependencyTree tree, int t, int first, int end, List<string> f)
    {
        var s = _syntax![t];
        var lemma = s.Lemma.ToLowerInvariant();
        f.Add("b");
        f.Add("l=" + lemma);
        f.Add("w=" + Lower(t));
        f.Add("p=" + s.Pos);
        f.Add("r=" + s.Relation);
        f.Add("l|r=" + lemma + "|" + s.BaseRelation);
        var (length, entry) = _lexicon.Cues.Match(_text, _tokens, t, end);
        f.Add(length > 0 ? "lex=" + entry.Kind + "|" + entry.Stance : "lex=none");
        f.Add(IsQuotedToken(t) ? "q" : "nq");
        if (s.Head >= 0)
        {
            var h = _syntax[s.Head];
            f.Add("hp=" + h.Pos + "|" + s.BaseRelation);
            f.Add("hl=" + h.Lemma.ToLowerInvariant() + "|" + s.BaseRelation);
        }
        else
        {
            f.Add("root");
        }

        f.Add(t > first ? "prev=" + Lower(t - 1) : "prev=^");
        f.Add(t + 1 < end ? "next=" + Lower(t + 1) : "next=$");
        f.Add(t + 1 < end ? "l|next=" + lemma + "|" + Lower(t + 1) : "l|next=" + lemma + "|$");
        if (tree.IsNegated(t))
        {
            f.Add("neg");
        }

        var clausal = false;
        foreach (var c in tree.Children(t))
        {
            var cs = _syntax[c];
            var relation = cs.BaseRelation;
            f.Add("c=" + cs.Relation + (c > t ? ">" : "<"));
            if (ClausalRelations.Contains(relation))
            {
                clausal = true;
                f.Add("l|c=" + lemma + "|" + relation);
                ComplementFeatures(tree, c, relation, f);
            }
            else if (relation is "obj" or "obl")
            {
                f.Add("l|o=" + lemma + "|" + relation + "|" + cs.Pos);
            }
            else if (relation == "aux")
            {
                f.Add("aux=" + cs.Lemma.ToLowerInvariant());
            }
        }

        if (!clausal)
        {
            f.Add("l|noclause=" + lemma);
        }

        SubjectFeatures(tree, t, lemma, f);
    }

    private void ComplementFeatures(DependencyTree tree, int c, string relation, List<string> f)
    {
        var (lo, hi) = tree.Subtree(c);
        foreach (var m in tree.Children(c))
        {
            if (_syntax![m].Is("mark"))
            {
                f.Add("mark=" + relation + "|" + _syntax[m].Lemma.ToLowerInvariant());
            }
            else if (_syntax[m].Is("nsubj"))
            {
                f.Add("csubj=" + relation);
            }
        }

        for (var i = lo; i <= hi && i <= lo + 1; i++)
        {
            if (QuoteDirection(i) > 0)
            {
                f.Add("cquote=" + relation);
            }
        }

        f.Add("clen=" + relation + "|" + Math.Min(4, (hi - lo + 1) / 4));
    }

    private void SubjectFeatures(DependencyTree tree, int t, string lemma, List<string> f)
    {
        var subject = tree.Subject(t);
        if (subject < 0)
        {
            f.Add("s=none");
            f.Add("l|s=" + lemma + "|none");
            return;
        }

        var ss = _syntax![subject];
        var kind = ss.Pos == UniversalPos.PRON ? "pron:" + ss.Lemma.ToLowerInvariant()
            : In(_lexicon.AnonymousHeads, subject) ? "anon"
            : In(_lexicon.OutletWords, subject) ? "outlet"
            : IsCapitalized(subject) ? "cap:" + ss.Pos
            : ss.Pos.ToString();
        f.Add("s=" + kind);
        f.Add("s|r=" + kind + "|" + ss.Relation);
        f.Add("l|s=" + lemma + "|" + (ss.Pos is UniversalPos.PRON or UniversalPos.PROPN || IsCapitalized(subject) ? "named" : ss.Pos.ToString()));
        f.Add("sl=" + ss.Lemma.ToLowerInvariant());
    }
}
