using Triangulate.Core.Entities;
using Triangulate.Core.Syntax;
using Triangulate.Core.Text;

namespace Triangulate.Core.Claims;

/// <summary>
/// The tree's reading of each finished claim: its polarity, stance and modality are read from the predicate that
/// heads the claim's content and from the cue verb that governs it, not from words anywhere in the span. A "will"
/// inside a nested clause no longer makes the claim a plan, "did not say where ..." is no denial but the author's
/// negative statement, "rejected the offer" is an action, not a denial, and "called for an inquiry" is a request.
/// The lemma classes are in <c>claim-verb-classes.txt</c>.
/// </summary>
internal sealed partial class ClaimScanner
{
    private static readonly HashSet<string> AgentPronouns = new(["he", "she", "we", "they", "i", "you", "it"], StringComparer.OrdinalIgnoreCase);

    private void RereadClaims()
    {
        if (_syntax is null)
        {
            return;
        }

        var sentence = 0;
        DependencyTree? tree = null;
        for (var c = 0; c < _claims.Count; c++)
        {
            var claim = _claims[c];
            var first = TokenAtOrAfter(claim.Start);
            if (first >= _tokens.Count)
            {
                continue;
            }

            while (sentence + 1 < _sentences.Count && _sentences[sentence + 1].FirstToken <= first)
            {
                sentence++;
                tree = null;
            }

            tree ??= new DependencyTree(_tokens, _syntax, _sentences[sentence]);
            if (tree.Contains(first))
            {
                _claims[c] = Reread(claim, tree, first);
            }
        }

        // Two misread attributions of one sentence both become the author's claim over it: keep one.
        var seen = new HashSet<(int, int)>();
        _claims.RemoveAll(c => c.SourceChain.Count == 0 && !seen.Add((c.Start, c.End)));
    }

    private Claim Reread(Claim claim, DependencyTree tree, int first)
    {
        var read = ReadPredicate(claim, tree, first, out var end);
        return end > first ? ReadQuestion(read, tree, first, end) : read;
    }

    private Claim ReadPredicate(Claim claim, DependencyTree tree, int first, out int end)
    {
        end = first;
        while (end < _tokens.Count && _tokens[end].End <= claim.End && tree.Contains(end))
        {
            end++;
        }

        var head = ContentHead(tree, first, end);

        if (head < 0)
        {
            return claim;
        }

        var polarity = tree.IsNegated(head) || NegatedCopula(tree, head) ? Polarities.Negative : Polarities.Positive;
        var cue = claim.SourceChain.Count > 0 && claim.SourceChain[^1].CueStart >= 0 ? CueVerb(tree, claim.SourceChain[^1]) : -1;
        var modality = ContentModality(tree, head, first, end) ?? LexiconModality(tree, head, first, end, claim.Modality);
        if (cue < 0)
        {
            return claim with { Polarity = polarity, Modality = modality };
        }

        var lemma = tree[cue].Lemma;
        var sentence = tree.Sentence;

        if (tree.IsNegated(cue) && !_lexicon.IsIn("deny", lemma) && claim.Stance is Stances.Assert or Stances.Deny)
        {
            // "He did not say where the cuts would fall": no statement of his, but the author's negative one.
            return AuthorClaim(sentence, Polarities.Negative, TreeModality(tree, cue) ?? Modalities.Fact);
        }

        if (_lexicon.IsIn("deny", lemma) && AsPredicate(tree, cue) < 0 && tree.Children(cue).FirstOrDefault(c => tree[c].Is("obj"), -1) is var obj and >= 0 &&
            AsPredicateUnder(tree, obj) is var misplaced and >= 0)
        {
            // "dismissed the pay plan as desperate" with "as desperate" misattached inside the object: still a judgement.
            return CallsItFalse(tree, misplaced)
                ? claim with { Stance = Stances.Deny, Polarity = polarity }
                : claim with { Stance = Stances.Assert, Polarity = polarity, Modality = Modalities.Opinion };
        }

        if (_lexicon.IsIn("deny", lemma) && !DeniesAStatement(tree, cue))
        {
            // "rejected a takeover offer", "denied him bail": an act, not a denial. "dismissed the offer as
            // inadequate" keeps its source as a judgement; "dismissed the report as fake" stays a denial.
            var judgement = AsPredicate(tree, cue);
            if (judgement < 0)
            {
                return AuthorClaim(sentence, tree.IsNegated(cue) ? Polarities.Negative : Polarities.Positive, TreeModality(tree, cue) ?? Modalities.Fact);
            }

            return CallsItFalse(tree, judgement)
                ? claim with { Stance = Stances.Deny, Polarity = polarity }
                : claim with { Stance = Stances.Assert, Polarity = polarity, Modality = Modalities.Opinion };
        }

        if (IsRequest(tree, cue, lemma) && !claim.Text.Contains('?', StringComparison.Ordinal))
        {
            return claim with { Stance = Stances.Request, Polarity = polarity, Modality = Modalities.Opinion };
        }

        if (_lexicon.IsIn("prediction", lemma) && (modality == Modalities.Fact || (modality == Modalities.Plan && !IsSpeakersOwnAct(tree, head, first, end))))
        {
            // "predicted the firm will build it" is a prediction; "warned they will strike" the speakers' own plan.
            modality = Modalities.Expectation;
        }

        return claim with { Polarity = polarity, Modality = modality };
    }

    /// <summary>The author's claim over the whole sentence, replacing a misread attribution.</summary>
    private Claim AuthorClaim(Sentence sentence, string polarity, string modality) =>
        new(sentence.Start, TrimmedEnd(sentence), _text[sentence.Start..TrimmedEnd(sentence)], [], Stances.Assert, modality, polarity);

    private int TrimmedEnd(Sentence sentence)
    {
        var last = sentence.FirstToken + sentence.TokenCount - 1;
        while (last > sentence.FirstToken && IsPunct(last, '.', '!', '?', ';'))
        {
            last--;
        }

        return _tokens[last].End;
    }

    /// <summary>The token of [first, end) closest to the root: the predicate the content is about.</summary>
    private static int ContentHead(DependencyTree tree, int first, int end)
    {
        var best = -1;
        var bestDepth = int.MaxValue;
        for (var t = first; t < end; t++)
        {
            var head = tree[t].Head;
            if (head >= first && head < end)
            {
                continue;
            }

            var depth = 0;
            for (var x = t; x >= 0 && depth < 100; x = tree[x].Head)
            {
                depth++;
            }

            var verbal = tree[t].Pos.IsVerbal() || tree.Children(t).Any(ch => tree[ch].Is("cop") || tree[ch].Is("nsubj"));
            var score = (depth * 2) + (verbal ? 0 : 1);
            if (score < bestDepth)
            {
                best = t;
                bestDepth = score;
            }
        }

        return best;
    }

    /// <summary>The cue's verb: the token of the cue's text whose head lies outside it.</summary>
    private int CueVerb(DependencyTree tree, SourceLink link)
    {
        var t = TokenAtOrAfter(link.CueStart);
        var end = t;
        while (end < _tokens.Count && _tokens[end].End <= link.CueEnd)
        {
            end++;
        }

        for (var k = t; k < end; k++)
        {
            if (tree.Contains(k) && (tree[k].Head < t || tree[k].Head >= end))
            {
                return k;
            }
        }

        return tree.Contains(t) ? t : -1;
    }

    /// <summary>"There is not ...", "was not true": a negated copula or existential.</summary>
    private bool NegatedCopula(DependencyTree tree, int head) =>
        tree.Children(head).Any(c => tree[c].Is("cop") && tree.IsNegated(c));

    private EntityMention? MentionAt(int offset)
    {
        foreach (var mention in _mentions)
        {
            if (mention.Start <= offset && offset < mention.End)
            {
                return mention;
            }

            if (mention.Start > offset)
            {
                break;
            }
        }

        return null;
    }

    /// <summary>Whether a deny-class verb takes a statement: a clause, or a noun such as "claims" or "reports".</summary>
    private bool DeniesAStatement(DependencyTree tree, int cue)
    {
        var children = tree.Children(cue).ToList();
        if (children.Exists(c => tree[c].Is("iobj")))
        {
            return false;
        }

        if (children.Exists(c => tree[c].Is("ccomp") || tree[c].Is("parataxis")) || tree[cue].Is("parataxis"))
        {
            return true;
        }

        var objIndex = children.FindIndex(c => tree[c].Is("obj"));
        if (objIndex < 0)
        {
            // No object at all ("..., he denied."): a denial of what the sentence says.
            return true;
        }

        var obj = children[objIndex];

        if (tree[cue].Lemma.Equals("deny", StringComparison.OrdinalIgnoreCase))
        {
            // "deny the supply of drones" denies that it happened; "denied bail" refuses a thing asked for.
            return !_lexicon.IsIn("refused-things", tree[obj].Lemma);
        }

        return _lexicon.IsIn("statement", tree[obj].Lemma) || tree.Children(obj).Any(c => tree[c].Is("acl") || tree[c].Is("ccomp"));
    }

    /// <summary>Whether a judgement calls what it judges false ("as fake", "as a fabrication"): word list <c>deny-words.txt</c>.</summary>
    private bool CallsItFalse(DependencyTree tree, int judgement)
    {
        var (lo, hi) = tree.Subtree(judgement);
        return Enumerable.Range(lo, hi - lo + 1).Any(t => In(_lexicon.DenyWords, t));
    }

    /// <summary>An "as" judgement anywhere under <paramref name="node"/> (the parser hung it on the object), or -1.</summary>
    private int AsPredicateUnder(DependencyTree tree, int node)
    {
        var (lo, hi) = tree.Subtree(node);
        for (var t = lo; t <= hi; t++)
        {
            // Only on a noun of the object ("the pay plan as desperate"), not in a clause of its ("oust him as leader").
            if (t != node && tree.Dominates(node, t) && (tree[t].Is("obl") || tree[t].Is("advcl") || tree[t].Is("xcomp")) &&
                tree[t].Head >= 0 && tree[tree[t].Head].Pos is UniversalPos.NOUN or UniversalPos.PROPN &&
                tree.Children(t).Any(m => (tree[m].Is("case") || tree[m].Is("mark")) && tree[m].Lemma.Equals("as", StringComparison.OrdinalIgnoreCase)))
            {
                return t;
            }
        }

        return -1;
    }

    /// <summary>"dismissed the offer as inadequate": the judgement introduced by "as", or -1.</summary>
    private static int AsPredicate(DependencyTree tree, int cue) =>
        tree.Children(cue).Where(c => (tree[c].Is("obl") || tree[c].Is("advcl") || tree[c].Is("xcomp")) &&
            tree.Children(c).Any(m => (tree[m].Is("case") || tree[m].Is("mark")) && tree[m].Lemma.Equals("as", StringComparison.OrdinalIgnoreCase)))
            .DefaultIfEmpty(-1).First();

    /// <summary>"asked for", "urged X to", "called for", "called on X to": the source asks for the content.</summary>
    private bool IsRequest(DependencyTree tree, int cue, string lemma)
    {
        if (lemma.Equals("call", StringComparison.OrdinalIgnoreCase))
        {
            // "called for an inquiry", "called on Congress to act" (not "called it fake on Friday").
            // "called on Congress to investigate": the infinitive is an open complement, or an adverbial clause to a parser.
            var hasXcomp = tree.Children(cue).Any(c => tree[c].Is("xcomp") ||
                (tree[c].Is("advcl") && tree.Children(c).Any(m => tree[m].Is("mark") && tree[m].Lemma.Equals("to", StringComparison.OrdinalIgnoreCase))));
            return tree.Children(cue).Any(c =>
                (tree[c].Is("compound:prt") && _lexicon.IsIn("call-particles", tree[c].Lemma)) ||
                (tree[c].Is("obl") && tree.Children(c).Any(m => tree[m].Is("case") &&
                    (tree[m].Lemma.Equals("for", StringComparison.OrdinalIgnoreCase) || (hasXcomp && tree[m].Lemma.Equals("on", StringComparison.OrdinalIgnoreCase))))));
        }

        if (!_lexicon.IsIn("request", lemma))
        {
            return false;
        }

        // "asked whether ..." is a question.
        return !tree.Children(cue).Any(c => tree.Children(c).Any(m => tree[m].Is("mark") && _lexicon.IsIn("question-marks", tree[m].Lemma)));
    }

    private int TokenAtOrAfter(int offset) => TokenText.IndexAtOrAfter(_tokens, offset);
}
