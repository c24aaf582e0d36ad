using Triangulate.Core.Claims;
using Triangulate.Core.Syntax;
using Triangulate.Core.Text;

namespace Triangulate.Core.Propositions;

/// <summary>
/// The propositions a claim's sentence states besides its main one. Reports state background facts in passing, and
/// other reports state the same facts as their main point: "The Airbus A380, the world's largest passenger plane,
/// was set to land" also says what the A380 is; "Singapore Airlines, which will be the first company to operate it"
/// says who operates it first; "will make a flight on the 25th and will begin regular service on the 28th" says two
/// things. Each such clause becomes a claim of its own (<see cref="Claim.PartOf"/> names the claim it was read from),
/// so that it can join the reports that say the same.
/// </summary>
internal sealed partial class PropositionReader
{
    /// <summary>
    /// Subordinators of clauses that state no fact of their own: conditions, concessions, comparisons, purposes and
    /// what has not yet happened ("if", "although", "than", "so that", "until", "before").
    /// </summary>
    private static readonly HashSet<string> HypotheticalMarks = new(StringComparer.Ordinal)
    {
        "if", "unless", "whether", "lest", "though", "although", "so", "than", "like", "once", "until", "before", "in_order",
    };

    /// <summary>Relative pronouns that stand for the noun their clause modifies.</summary>
    private static readonly HashSet<string> RelativePronouns = new(StringComparer.Ordinal) { "which", "who", "that", "whom" };

    /// <summary>
    /// The clauses of one sentence that state a proposition of their own besides its claims: an apposition ("X, the
    /// largest plane"), a relative clause, a coordinated predicate and an adverbial clause with its own subject (not a
    /// condition). <paramref name="claims"/> are the sentence's claims with their indexes in the document: a clause
    /// inside one is said by its source; a clause outside every claim ("X, which operates it, said ...") is the
    /// author's. <paramref name="taken"/> holds the predicate offsets already stated by a claim; each clause found
    /// adds its own.
    /// </summary>
    public List<Claim> Embedded(IReadOnlyList<(Claim Claim, int Index)> claims, HashSet<int> taken)
    {
        var result = new List<Claim>();
        var anchor = TokenText.IndexAtOrAfter(_tokens, claims[0].Claim.Start);
        if (anchor >= _tokens.Count || Tree(anchor) is not { } tree)
        {
            return result;
        }

        var first = tree.Sentence.FirstToken;
        var end = first + tree.Sentence.TokenCount;
        for (var t = first; t < end; t++)
        {
            var head = tree[t].Head;
            if (head < first || head >= end || Clause(tree, t, head) is not { } clause || clause.Predicate < 0)
            {
                continue;
            }

            var (predicate, about, spanFirst, spanLast, background, relativeClause) = clause;
            if (ClaimLexicon.Default.Cues.FindFirst(_document.Text, _tokens, predicate, predicate + 1).Index >= 0)
            {
                // "the ministry said in a statement": a report is an attribution, which the claim stage reads.
                continue;
            }

            (spanFirst, spanLast) = Trim(tree, Math.Max(spanFirst, first), Math.Min(spanLast, end - 1));
            var start = _tokens[spanFirst].Start;
            var stop = _tokens[spanLast].End;
            var within = claims.Where(c => c.Claim.Start <= start && stop <= c.Claim.End).OrderBy(c => c.Claim.End - c.Claim.Start).FirstOrDefault();
            var outside = within.Claim is null && !claims.Any(c => c.Claim.Start < stop && start < c.Claim.End);
            // A clause of fewer than four words, or an apposition of fewer than three, is a fragment, not a statement.
            if (spanLast - spanFirst < (background && !relativeClause ? 2 : 3) || (within.Claim is null && !outside) || result.Exists(r => r.Start == start && r.End == stop)
                || (within.Claim is { } w && w.Start == start && w.End == stop) || !taken.Add(_tokens[predicate].Start))
            {
                continue;
            }

            // Inside a claim, its source says it; outside every claim, the author does, in passing.
            var (parent, index) = within.Claim is null ? (null, claims[0].Index) : within;
            // The author's opinion stays an opinion in each of its clauses; otherwise the clause's own cues say.
            var modality = parent?.Modality == Modalities.Opinion ? Modalities.Opinion
                : ClaimLexicon.Default.Modality.FindFirst(_document.Text, _tokens, spanFirst, spanLast + 1) is ( >= 0, { } m) ? m : Modalities.Fact;
            var polarity = tree.IsNegated(predicate) ? Polarities.Negative : Polarities.Positive;
            var part = new Claim(
                start,
                stop,
                _document.Text[start..stop],
                parent?.SourceChain ?? [],
                // What a source states in passing about who someone is, it asserts, whatever it says of the rest.
                background || parent is null ? Stances.Assert : parent.Stance,
                modality,
                polarity,
                TimeOf(start, stop) ?? (background ? null : parent?.EventTime),
                parent?.ReportTime,
                PartOf: index);
            var verb = predicate;
            predicate = SupportedEvent(tree, verb, spanFirst, spanLast + 1);
            var arguments = predicate == verb ? Arguments(tree, predicate) : SupportedArguments(tree, verb, predicate);
            if (about >= 0)
            {
                arguments = Replace(tree, arguments, about, verb, apposition: !relativeClause);
            }

            var lemma = Lemma(predicate);
            result.Add(part with
            {
                Proposition = new Proposition(
                    lemma,
                    _lexicon.ClassOf(lemma),
                    _tokens[predicate].Start,
                    _tokens[predicate].End,
                    arguments,
                    Measures(tree, part, spanFirst, spanLast + 1),
                    part.EventTime,
                    part.Polarity,
                    part.Modality),
            });
        }

        return result;
    }

    /// <summary>
    /// The proposition a token attached to <paramref name="head"/> heads, if any: its predicate, the token it is
    /// about (the described noun of an apposition or relative clause, else -1), its token span, and whether it is
    /// background (who or what someone is) rather than part of what is reported.
    /// </summary>
    private (int Predicate, int About, int First, int Last, bool Background, bool Relative)? Clause(DependencyTree tree, int t, int head)
    {
        var s = tree[t];
        if (SecondSubject(tree, t, head) is var earlier and >= 0)
        {
            // "The Norvik Star, the largest ship, was launched": two subjects of one verb, a comma apart, are a name
            // and its apposition the parser did not see.
            head = earlier;
        }

        if (s.Is("appos") || IsUncoordinated(tree, t, head) || head != tree[t].Head)
        {
            // "The world's largest aircraft, the A380" and "the A380, the world's largest aircraft" say one thing: the
            // description is the predicate, the name what it is about.
            // A name beside a name ("John Smith (R-AZ)", "the Space Company (SPC)") is an alias, which entities read;
            // a bracketed apposition is one too.
            var (predicate, about) = tree[t].Pos == UniversalPos.NOUN ? (t, head) : (head, t);
            if (tree[predicate].Pos != UniversalPos.NOUN || !IsNamedOrDescribed(tree, about) || Bracketed(tree, t))
            {
                return null;
            }

            return (predicate, about, PhraseOf(tree, head).First, tree.Subtree(t).Last, true, false);
        }

        if (tree.Children(t, "mark").Any(c => HypotheticalMarks.Contains(Lemma(c))))
        {
            return null;
        }

        // ", which ..." describes the noun right before the comma, wherever the parser hung the clause (as a relative
        // clause of another noun, a second predicate or an adverbial clause).
        var pronoun = tree.Children(t).FirstOrDefault(c => c >= 2 && c < t && RelativePronouns.Contains(Lemma(c))
            && _document.Text[_tokens[c - 1].Start] == ',' && tree[c - 2].Pos is UniversalPos.NOUN or UniversalPos.PROPN && tree.Contains(c - 2), -1);
        var relative = pronoun >= 0;
        if (s.Is("acl:relcl") || (relative && IsClausePredicate(tree, t)))
        {
            var (first, last) = tree.Subtree(t);
            var antecedent = relative ? pronoun - 2 : head;
            while (tree[antecedent].Is("flat") && tree[antecedent].Head >= 0 && tree[antecedent].Head < antecedent)
            {
                // "Kessa Port": the name's first word heads it.
                antecedent = tree[antecedent].Head;
            }

            return (EventOf(tree, t, first, last + 1), antecedent, PhraseOf(tree, antecedent).First, last, true, true);
        }

        if (!IsClausePredicate(tree, t))
        {
            return null;
        }

        if (s.Is("conj") && IsClausePredicate(tree, head) && (tree[t].Pos == UniversalPos.VERB || tree.Children(t).Any(c => tree[c].Is("cop"))))
        {
            var (first, last) = tree.Subtree(t);
            return (EventOf(tree, t, first, last + 1), -1, first, last, false, false);
        }

        if (s.Is("advcl") && tree.Children(t).Any(c => tree[c].Is("nsubj") || tree[c].Is("nsubj:pass")))
        {
            var (first, last) = tree.Subtree(t);
            return (EventOf(tree, t, first, last + 1), -1, first, last, false, false);
        }

        return null;
    }

    /// <summary>
    /// A noun joined to a noun by a comma with no "and" or "or" anywhere in the coordination: "the A380 superjumbo,
    /// the largest jet in the world" is an apposition the parser took for a coordination.
    /// </summary>
    private bool IsUncoordinated(DependencyTree tree, int t, int head)
    {
        if (!tree[t].Is("conj") || tree[t].Pos != UniversalPos.NOUN || tree[head].Pos is not (UniversalPos.NOUN or UniversalPos.PROPN))
        {
            return false;
        }

        var lead = FirstWord(tree, t);
        return lead > 0 && _document.Text[_tokens[lead - 1].Start] == ','
            && !tree.Children(head, "conj").Any(c => tree.Children(c, "cc").Any());
    }

    /// <summary>The first token of the subtree of <paramref name="t"/> that is not punctuation.</summary>
    private int FirstWord(DependencyTree tree, int t)
    {
        var (first, last) = tree.Subtree(t);
        while (first < last && (tree[first].Pos == UniversalPos.PUNCT || _tokens[first].Kind == TokenKind.Punctuation))
        {
            first++;
        }

        return first;
    }

    /// <summary>
    /// For a noun that is a second subject of its verb, right after the first and a comma, that first subject; else -1.
    /// </summary>
    private int SecondSubject(DependencyTree tree, int t, int head)
    {
        if (!tree[t].Is("nsubj") || tree[t].Pos != UniversalPos.NOUN)
        {
            return -1;
        }

        var lead = FirstWord(tree, t);
        foreach (var c in tree.Children(head))
        {
            if (c < t && tree[c].Is("nsubj") && tree.Subtree(c).Last == lead - 2 && _document.Text[_tokens[lead - 1].Start] == ',')
            {
                return c;
            }
        }

        return -1;
    }

    /// <summary>Whether the subtree of <paramref name="t"/> opens with a bracket or dash.</summary>
    private bool Bracketed(DependencyTree tree, int t)
    {
        var (first, _) = tree.Subtree(t);
        var opening = _document.Text[_tokens[first].Start];
        return opening is '(' or '[' || (first > 0 && _document.Text[_tokens[first - 1].Start] is '(' or '[');
    }

    /// <summary>A verb, or a noun or adjective with a copula or subject: a word that states something.</summary>
    private static bool IsClausePredicate(DependencyTree tree, int t) =>
        tree[t].Pos == UniversalPos.VERB
        || (tree[t].Pos is UniversalPos.NOUN or UniversalPos.PROPN or UniversalPos.ADJ or UniversalPos.AUX && tree.Children(t).Any(c => tree[c].Is("cop") || tree[c].Is("nsubj")));

    /// <summary>A name, or a noun phrase with a determiner or owner ("its launch customer"), not a bare word.</summary>
    private static bool IsNamedOrDescribed(DependencyTree tree, int t) =>
        tree[t].Pos == UniversalPos.PROPN || tree.Children(t).Any(c => tree[c].Is("det") || tree[c].Is("nmod:poss") || tree[c].Is("compound"));

    /// <summary>The span without the linking words and punctuation at its edges ("and", "as", commas).</summary>
    private (int First, int Last) Trim(DependencyTree tree, int first, int last)
    {
        while (first < last && (tree[first].Is("cc") || tree[first].Is("mark") || tree[first].Pos == UniversalPos.PUNCT || _tokens[first].Kind == TokenKind.Punctuation))
        {
            first++;
        }

        while (last > first && (tree[last].Pos == UniversalPos.PUNCT || _tokens[last].Kind == TokenKind.Punctuation) && !IsClosingBracket(last))
        {
            last--;
        }

        return (first, last);
    }

    private bool IsClosingBracket(int t) => _document.Text[_tokens[t].Start] is ')' or ']';

    /// <summary>
    /// The participants with the described noun in the place of what stands for it: the relative pronoun ("which
    /// will be the first to fly it": the airline will), or, for an apposition, as the theme.
    /// </summary>
    private List<PropositionArgument> Replace(DependencyTree tree, List<PropositionArgument> arguments, int about, int predicate, bool apposition)
    {
        var (first, last) = PhraseOf(tree, about);
        var phrase = new PropositionArgument(
            PropositionRoles.Theme, _document.Text[_tokens[first].Start.._tokens[last].End], _tokens[first].Start, _tokens[last].End, Lemma(about));
        if (apposition)
        {
            return [phrase, .. arguments.Where(a => a.Role != PropositionRoles.Theme)];
        }

        // The relative pronoun's place, or, when the parser gave the clause another subject beside a relative pronoun
        // subject ("Officials at X, which handles ..."), that subject's place.
        var pronounSubject = tree.Children(predicate).Any(c => tree[c].Is("nsubj") && RelativePronouns.Contains(Lemma(c)));
        var subject = pronounSubject ? tree.Subject(predicate) : -1;
        var subjectStart = subject >= 0 ? _tokens[PhraseOf(tree, subject).First].Start : -1;
        var result = new List<PropositionArgument>(arguments.Count + 1);
        var replaced = false;
        foreach (var a in arguments)
        {
            var pronoun = TokenText.IndexAtOrAfter(_tokens, a.Start);
            if (!replaced && ((a.End - a.Start <= 5 && RelativePronouns.Contains(Lemma(pronoun))) || a.Start == subjectStart))
            {
                result.Add(phrase with { Role = a.Role });
                replaced = true;
            }
            else
            {
                result.Add(a);
            }
        }

        return result;
    }

    /// <summary>The value of the first date or time (not a duration) inside [start, end), or null.</summary>
    private string? TimeOf(int start, int end)
    {
        foreach (var t in _times)
        {
            // a duration ("for 25 years") says how long, not when
            if (t.Start >= start && t.End <= end && t.Value is not null && t.Type != Times.TimeTypes.Duration)
            {
                return t.Value;
            }
        }

        return null;
    }
}
