using Triangulate.Core.Entities;
using Triangulate.Core.Syntax;

namespace Triangulate.Core.Claims;

/// <summary>Modality of a claim's tokens.</summary>
internal sealed partial class ClaimScanner
{
    /// <summary>
    /// The modality of tokens [start, end): for the author's own claims, opinion when they hold an opinion cue or
    /// are a question; otherwise the first modality cue ("plans to", "expected", "may"), else fact.
    /// </summary>
    private string Modality(int start, int end, bool attributed)
    {
        if (!attributed)
        {
            var last = end - 1;
            while (last > start && IsClosingQuote(last))
            {
                last--;
            }

            if (IsPunct(last, '?') || _lexicon.Opinion.FindFirst(_text, _tokens, start, end).Index >= 0)
            {
                return Modalities.Opinion;
            }
        }

        var (index, modality) = _lexicon.Modality.FindFirst(_text, _tokens, start, end);
        return index >= 0 && modality is not null ? modality : Modalities.Fact;
    }

    /// <summary>
    /// The modality of a content from the tree: its head predicate's; for a head without a subject (a misparse that
    /// splits "allowing deficits to continue | could have consequences" in two, or reads "critics argue cutting
    /// subsidies will hurt" as "argue cutting") or a statement noun ("denied reports that he is preparing to ..."), else
    /// that of another predicate at the content's top or of the clause its head takes; null for a plain statement.
    /// </summary>
    private string? ContentModality(DependencyTree tree, int head, int first, int end)
    {
        if (TreeModality(tree, head) is { } own)
        {
            return own;
        }

        // "Qatar Airways, which chose the A350, will also purchase ...": a head whose subject is a relative pronoun is
        // the relative clause, misread as the main one; the main predicate is its conjunct.
        if (tree.Subject(head) is var subject and >= 0 && IsRelativePronoun(subject))
        {
            foreach (var conj in tree.Children(head).Where(c => tree[c].Is("conj") && c >= first && c < end))
            {
                if (TreeModality(tree, conj) is { } main)
                {
                    return main;
                }
            }
        }

        // A head with a subject of its own is a whole clause: what else the content holds is not its modality.
        var noun = tree[head].Pos == UniversalPos.NOUN && _lexicon.IsIn("statement", tree[head].Lemma);
        if (!noun && tree.Children(head).Any(c => tree[c].Is("nsubj") || tree[c].Is("csubj")))
        {
            return null;
        }

        for (var t = first; t < end; t++)
        {
            if (t != head && (tree[t].Head < first || tree[t].Head >= end) && tree[t].Pos.IsVerbal() && TreeModality(tree, t) is { } top)
            {
                return top;
            }
        }

        foreach (var child in tree.Children(head))
        {
            if (child >= first && child < end && (tree[child].Is("ccomp") || (noun && (tree[child].Is("acl") || tree[child].Is("acl:relcl")))) &&
                TreeModality(tree, child) is { } nested)
            {
                return nested;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether a plan in a content is the speaker's own ("warned they will continue the strike"): its subject is a
    /// personal pronoun standing for them.
    /// </summary>
    private bool IsSpeakersOwnAct(DependencyTree tree, int head, int first, int end)
    {
        for (var t = first; t < end; t++)
        {
            if (tree[t].Pos == UniversalPos.PRON && tree[t].Is("nsubj") && AgentPronouns.Contains(tree[t].Lemma) && !IsWord(t, "it"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The modality the predicate's own auxiliaries and complements give, or null for a plain statement.</summary>
    private string? TreeModality(DependencyTree tree, int head)
    {
        var lemma = tree[head].Lemma;
        if ((_lexicon.IsIn("opinion", lemma) && tree.Children(head).Any(c => tree[c].Is("ccomp") || tree[c].Is("xcomp"))) || IsEvaluation(tree, head))
        {
            return Modalities.Opinion;
        }

        foreach (var aux in tree.Children(head).Where(c => tree[c].Is("aux")))
        {
            var word = tree[aux].Lemma;
            if (_lexicon.IsIn("obligation", word))
            {
                return Modalities.Opinion;
            }

            // "can" says what someone is able to do, a fact; "could", "may", "might" what is possible. "could not"
            // is the past of "cannot" ("said they could not yet assess the cost"): an inability, a fact.
            if (_lexicon.IsIn("possibility", word) && !IsWord(aux, "can") && !(IsWord(aux, "could") && tree.IsNegated(head)))
            {
                return Modalities.Possibility;
            }

            if (_lexicon.IsIn("future", word))
            {
                // "will build" by someone who can (or "will be sold", by an agent left unsaid) is a plan, and so is
                // a scheduled event ("the talks will resume"); an outcome ("sales will fall") is an expectation.
                var outcome = _lexicon.IsIn("outcome", tree[head].Lemma) || tree.Children(head).Any(c => tree[c].Is("cop"));
                return !outcome && (IsPassive(tree, head) || IsAgentive(tree, head) || _lexicon.IsIn("schedule", tree[head].Lemma))
                    ? Modalities.Plan
                    : Modalities.Expectation;
            }
        }

        if (_lexicon.IsIn("expectation", lemma) && IsPassive(tree, head))
        {
            // "is anticipated to be around 2020", "is forecast to grow": a prediction, whatever the parser made of "to".
            return Modalities.Expectation;
        }

        var xcomp = tree.Children(head).Where(c => tree[c].Is("xcomp")).DefaultIfEmpty(-1).First();
        if (xcomp >= 0)
        {
            if (_lexicon.IsIn("plan", lemma))
            {
                return Modalities.Plan;
            }

            if (_lexicon.IsIn("expectation", lemma))
            {
                // "expects to cut jobs" (its own act) is a plan; "expects sales to rise", "is set to" are expectations.
                var hasObject = tree.Children(head).Any(c => tree[c].Is("obj"));
                return !hasObject && lemma.Equals("expect", StringComparison.OrdinalIgnoreCase) && !IsPassive(tree, head) && IsAgentive(tree, xcomp)
                    ? Modalities.Plan
                    : Modalities.Expectation;
            }

            // "is going to", "is to": the complement carries the modality.
            return TreeModality(tree, xcomp);
        }

        if (_lexicon.IsIn("expectation", lemma) && tree.Children(head).Any(c => tree[c].Is("ccomp")))
        {
            return Modalities.Expectation;
        }

        return null;
    }

    /// <summary>
    /// A modality cue of the word lists ("likely", "close to", "plans to" read as a noun by the tagger) counts when it
    /// stands in the content's own clause, not in a clause nested inside it ("said the firm that will build it").
    /// </summary>
    private string LexiconModality(DependencyTree tree, int head, int first, int end, string scanned)
    {
        if (scanned == Modalities.Opinion)
        {
            return scanned;
        }

        var (index, modality) = _lexicon.Modality.FindFirst(_text, _tokens, first, end);
        if (index < 0 || modality is null || !tree.Contains(index) || tree[index].Is("aux") || IsModifiedNoun(tree, index))
        {
            return Modalities.Fact;
        }

        // A head that is no predicate ("As well as ..." read as the root) says nothing of clauses: the word list stands.
        var predicate = tree[head].Pos.IsVerbal() || tree.Children(head).Any(c => tree[c].Is("cop") || tree[c].Is("nsubj"));
        return !predicate || tree.ClauseHead(index) == tree.ClauseHead(head) ? modality : Modalities.Fact;
    }

    private static bool IsPassive(DependencyTree tree, int head) =>
        tree.Children(head).Any(c => tree[c].Is("aux:pass") || tree[c].Is("nsubj:pass"));

    /// <summary>
    /// Whether the predicate is a deliberate act of its subject: a person, an organisation or a pronoun that may
    /// stand for one, acting (not passive, not an outcome verb such as "fall" or "lose").
    /// </summary>
    private bool IsAgentive(DependencyTree tree, int head)
    {
        if (IsPassive(tree, head) || _lexicon.IsIn("outcome", tree[head].Lemma) ||
            tree.Children(head).Any(c => tree[c].Is("cop")))
        {
            return false;
        }

        var subject = tree.Subject(head);
        if (subject < 0)
        {
            return false;
        }

        var s = tree[subject];
        if (s.Pos == UniversalPos.PRON)
        {
            return AgentPronouns.Contains(s.Lemma);
        }

        if (s.Pos == UniversalPos.PROPN)
        {
            var mention = MentionAt(_tokens[subject].Start);
            return mention is null || mention.Type is EntityTypes.Person or EntityTypes.Org or EntityTypes.Gpe or EntityTypes.Media or EntityTypes.Norp;
        }

        return _lexicon.IsIn("agent-nouns", s.Lemma) || _lexicon.AnonymousHeads.Contains(_text, _tokens[subject]);
    }

    /// <summary>
    /// "does not affect plans to purchase", "back controversial Labour plans to introduce": a modality word used as a
    /// noun, with a determiner, an adjective or a possessive, or right after a verb or preposition, names a plan; it
    /// does not make its clause one ("Nestle plans to buy", misread as a noun, keeps its modality).
    /// </summary>
    private bool IsModifiedNoun(DependencyTree tree, int index)
    {
        if (tree[index].Pos != UniversalPos.NOUN)
        {
            return false;
        }

        var before = index - 1;
        // "The city plans to build": a determiner before the subject is not the noun's ("the plans", "its plans" are).
        return tree.Children(index).Any(c => c < index && tree[c].Is("amod")) ||
            (tree.Contains(before) && (tree[before].Pos is UniversalPos.VERB or UniversalPos.ADP or UniversalPos.DET || tree[before].Is("nmod:poss")));
    }

    /// <summary>
    /// Whether a predicate judges rather than states (word classes <c>evaluative</c>, <c>superlative</c> and
    /// <c>degree</c>): a predicate adjective or noun of judgement ("are disappointing", "a pivotal moment"), a ranking
    /// ("the best thing", "one of the most bizarre ..."), or a measure judged ("took too long", "did not go far enough").
    /// </summary>
    private bool IsEvaluation(DependencyTree tree, int head)
    {
        var children = tree.Children(head).ToList();
        var predicate = tree[head].Pos == UniversalPos.ADJ || children.Exists(c => tree[c].Is("cop")) ||
            (tree[head].Pos == UniversalPos.VERB && children.Exists(c => tree[c].Is("aux:pass")));
        if (predicate && (Judges(tree, head) || children.Exists(c => tree[c].Is("amod") && Judges(tree, c)) ||
            children.Exists(c => tree[c].Is("nmod") && tree.Children(c).Any(a => tree[a].Is("amod") && Ranks(tree, a)))))
        {
            return true;
        }

        // "too long", "far enough": a degree word on an adjective or adverb of the predicate (not "he, too, said").
        return children.Append(head).Any(c => tree[c].Pos is UniversalPos.ADJ or UniversalPos.ADV &&
            tree.Children(c).Any(d => tree[d].Is("advmod") && _lexicon.IsIn("degree", WordAt(d)))) ||
            children.Exists(d => tree[d].Is("advmod") && _lexicon.IsIn("degree", WordAt(d)) && tree.Contains(d - 1) &&
                tree[d - 1].Pos is UniversalPos.ADJ or UniversalPos.ADV && tree[d - 1].Head == head);
    }

    private bool Judges(DependencyTree tree, int t) =>
        _lexicon.IsIn("evaluative", WordAt(t)) || _lexicon.IsIn("evaluative", tree[t].Lemma) || Ranks(tree, t);

    private bool Ranks(DependencyTree tree, int t) =>
        _lexicon.IsIn("superlative", WordAt(t)) ||
        (tree[t].Pos == UniversalPos.ADJ && tree.Children(t).Any(c => tree[c].Is("advmod") && _lexicon.IsIn("superlative", WordAt(c))));

    private string WordAt(int t) => _text[_tokens[t].Start.._tokens[t].End];
}
