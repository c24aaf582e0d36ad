using Triangulate.Core.Claims;
using Triangulate.Core.Syntax;

namespace Triangulate.Core.Propositions;

/// <summary>The participants of a predicate and what the claim's amounts measure.</summary>
internal sealed partial class PropositionReader
{
    /// <summary>Relations whose subtree belongs to a participant's phrase: its name, modifiers and owner, not its clauses.</summary>
    private static readonly string[] PhraseRelations = ["compound", "flat", "amod", "det", "nmod:poss", "nummod", "fixed", "case"];

    private List<PropositionArgument> Arguments(DependencyTree tree, int predicate, int exclude = -1)
    {
        var arguments = new List<PropositionArgument>();
        var verbal = tree[predicate].Pos.IsVerbal();
        var subject = tree.Subject(predicate);
        if (subject >= 0 && subject != predicate && subject != exclude)
        {
            // A passive subject, or the subject of a state ("X is the largest aircraft"), is what it is about.
            // A passive subject without a passive auxiliary beside it is the parser's slip ("The aircraft, the A380,
            // has made its flight" read as passive): an active verb's subject does it.
            var passive = (tree[subject].Is("nsubj:pass") || tree[subject].Is("csubj:pass"))
                && tree[subject].Head >= 0 && tree.Children(tree[subject].Head, "aux:pass").Any();
            Add(arguments, tree, verbal && !passive ? PropositionRoles.Agent : PropositionRoles.Theme, subject);
        }

        foreach (var c in tree.Children(predicate).Where(c => c != exclude))
        {
            var s = tree[c];
            var marker = tree.Children(c, "case").Select(Lemma).FirstOrDefault() ?? string.Empty;
            if (s.Is("obj"))
            {
                Add(arguments, tree, PropositionRoles.Theme, c);
            }
            else if (s.Is("iobj"))
            {
                Add(arguments, tree, PropositionRoles.Recipient, c);
            }
            else if ((s.Is("obl") || s.Is("nmod")) && marker == "by")
            {
                // "was bought by X", "the purchase by X".
                Add(arguments, tree, PropositionRoles.Agent, c);
            }
            else if ((s.Is("obl") || s.Is("nmod")) && marker == "to" && !s.Is("obl:tmod"))
            {
                Add(arguments, tree, PropositionRoles.Recipient, c);
            }
            else if (!verbal && s.Is("nmod") && marker == "of")
            {
                // "the purchase of 20 jets": the noun's object.
                Add(arguments, tree, PropositionRoles.Theme, c);
            }
            else if (!verbal && s.Is("nmod:poss"))
            {
                // "Boeing's order": the noun's owner does it.
                Add(arguments, tree, PropositionRoles.Agent, c);
            }
        }

        return arguments;
    }

    private void Add(List<PropositionArgument> arguments, DependencyTree tree, string role, int head)
    {
        if (tree[head].Pos is UniversalPos.PUNCT || arguments.Exists(a => a.Role == role))
        {
            return;
        }

        var (firstToken, lastToken) = PhraseOf(tree, head, withApposition: true);
        var start = _tokens[firstToken].Start;
        var end = _tokens[lastToken].End;
        arguments.Add(new PropositionArgument(role, _document.Text[start..end], start, end, Lemma(head)));
    }

    /// <summary>The tokens of a participant's phrase: its head with its names, modifiers and owner, not its clauses.</summary>
    private (int First, int Last) PhraseOf(DependencyTree tree, int head, bool withApposition = false)
    {
        var first = head;
        var last = head;
        foreach (var c in tree.Children(head))
        {
            // A participant's apposition names the same one ("the world's largest aircraft, the A380, made ..."), so
            // its name is the participant's too.
            if ((Array.Exists(PhraseRelations, r => tree[c].Is(r)) && !tree[c].Is("case")) || (withApposition && tree[c].Is("appos")))
            {
                var (f, l) = tree.Subtree(c);
                first = Math.Min(first, f);
                last = Math.Max(last, l);
            }
        }

        return (first, last);
    }

    private List<QuantityMeasure> Measures(DependencyTree tree, Claim claim, int first, int end)
    {
        var measures = new List<QuantityMeasure>();
        foreach (var q in _quantities)
        {
            if (q.Start < claim.Start || q.End > claim.End)
            {
                continue;
            }

            var qFirst = Core.Text.TokenText.IndexAtOrAfter(_tokens, q.Start);
            var qEnd = Core.Text.TokenText.IndexAtOrAfter(_tokens, q.End);
            if (qFirst >= qEnd || qFirst < first || qEnd > end)
            {
                continue;
            }

            var top = qFirst;
            for (var t = qFirst; t < qEnd; t++)
            {
                if (tree[t].Head < qFirst || tree[t].Head >= qEnd)
                {
                    top = t;
                    break;
                }
            }

            var measured = q.Unit is null ? CountedInside(qFirst, qEnd) : -1;
            measured = measured >= 0 ? measured : MeasuredBy(tree, top, q.Unit is not null);
            measures.Add(new QuantityMeasure(q.Start, q.End, q.Text, measured < 0 ? string.Empty : Described(tree, measured, qFirst, qEnd, IsMoney(q.Unit)),
                Period(tree, measured < 0 ? top : measured, claim)));
        }

        return measures;
    }

    /// <summary>
    /// The word an amount measures: the counted noun inside it ("7,500 drones"); for a bare number or sum, the noun
    /// it modifies ("a $14 billion loan"), the noun it is "of" ("losses of $6 billion"), or the verb it is the
    /// object or extent of ("lost $6 billion", "fell 5%").
    /// </summary>
    private int MeasuredBy(DependencyTree tree, int top, bool hasUnit)
    {
        // A noun heading an amount with a unit is the unit ("140 million euros"), not what is measured.
        var s = tree[top];
        if (!hasUnit && s.Pos is UniversalPos.NOUN or UniversalPos.PROPN && _tokens[top].Kind == Core.Text.TokenKind.Word && !IsAmountWord(top))
        {
            return top;
        }

        // A counted noun right after the amount, outside its span ("10,000 job cuts": "cuts" heads "job"); past a
        // determiner or preposition the tree hung it on, to the word that one belongs to.
        var head = s.Head;
        for (var hops = 0; head >= 0 && hops < 2 && tree[head].Pos is UniversalPos.DET or UniversalPos.ADP or UniversalPos.SYM or UniversalPos.NUM; hops++)
        {
            head = tree[head].Head;
        }

        return head;
    }

    /// <summary>
    /// The counted noun inside a count's own span: the first run of nouns after its number, its last noun ("160 X and
    /// Y drones": drone; "10,000 job cuts": cut; "40 trucks carrying equipment": truck), or -1.
    /// </summary>
    private int CountedInside(int qFirst, int qEnd)
    {
        var t = qFirst;
        while (t < qEnd && _tokens[t].Kind != Core.Text.TokenKind.Number && _syntax[t].Pos != UniversalPos.NUM)
        {
            t++;
        }

        for (; t < qEnd; t++)
        {
            if (IsCountedNoun(t))
            {
                while (t + 1 < qEnd && IsCountedNoun(t + 1))
                {
                    t++;
                }

                return t;
            }
        }

        return -1;
    }

    private bool IsCountedNoun(int t) =>
        _syntax[t].Pos is UniversalPos.NOUN && _tokens[t].Kind == Core.Text.TokenKind.Word && !IsAmountWord(t);

    /// <summary>An ISO 4217 code: the amount is money.</summary>
    private static bool IsMoney(string? unit) => unit is { Length: 3 } && unit.All(char.IsAsciiLetterUpper);

    private bool IsAmountWord(int t) => Lemma(t) is "percent" or "per" or "cent" or "million" or "billion" or "trillion" or "thousand" or "hundred" or "%";

    /// <summary>The measured word with its own modifiers ("annual loss", "federal loan", "job cut"), lemmatised.</summary>
    private string Described(DependencyTree tree, int word, int qFirst, int qEnd, bool money)
    {
        var parts = new List<string>();
        foreach (var c in tree.Children(word))
        {
            if (c < word && (c < qFirst || c >= qEnd) && (tree[c].Is("amod") || tree[c].Is("compound")) && tree[c].Pos is not UniversalPos.NUM)
            {
                parts.Add(Lemma(c));
            }
        }

        parts.Add(Lemma(word));
        if (tree[word].Pos.IsVerbal() && tree.Subject(word) is var subject and >= 0 && (subject < qFirst || subject >= qEnd)
            && tree[subject].Pos == UniversalPos.NOUN && !money)
        {
            // "shares fell 5%": what fell (a common noun; a name is who, not what is measured; a sum paid is
            // measured by the paying, not by who paid).
            parts.Insert(0, Lemma(subject));
        }

        return string.Join(' ', parts);
    }

    /// <summary>The time the measured thing belongs to: a time expression in the measured word's phrase, else the claim's event time.</summary>
    private string? Period(DependencyTree tree, int word, Claim claim)
    {
        var (start, end) = tree.SubtreeSpan(word);
        foreach (var t in _times)
        {
            if (t.Start >= start && t.End <= end)
            {
                return t.Value ?? t.Text;
            }
        }

        return claim.EventTime;
    }
}
