using Triangulate.Core.Claims;
using Triangulate.Core.Documents;
using Triangulate.Core.Quantities;
using Triangulate.Core.Syntax;
using Triangulate.Core.Text;
using Triangulate.Core.Times;

namespace Triangulate.Core.Propositions;

/// <summary>Reads the proposition of each claim of one document from its sentence's dependency tree.</summary>
internal sealed partial class PropositionReader
{
    private readonly Document _document;
    private readonly PropositionLexicon _lexicon;
    private readonly IReadOnlyList<Token> _tokens;
    private readonly IReadOnlyList<TokenSyntax> _syntax;
    private readonly IReadOnlyList<Sentence> _sentences;
    private readonly IReadOnlyList<Quantity> _quantities;
    private readonly IReadOnlyList<TimeExpression> _times;
    private readonly Dictionary<int, DependencyTree> _trees = [];

    public PropositionReader(Document document, PropositionLexicon lexicon)
    {
        _document = document;
        _lexicon = lexicon;
        _tokens = document.Get<Token>();
        _syntax = document.Get<TokenSyntax>();
        _sentences = document.Get<Sentence>();
        _quantities = document.GetOrEmpty<Quantity>();
        _times = document.GetOrEmpty<TimeExpression>();
    }

    /// <summary>The claim's proposition, or null when its span holds no word the tree can read.</summary>
    public Proposition? Read(Claim claim)
    {
        var first = TokenText.IndexAtOrAfter(_tokens, claim.Start);
        var end = TokenText.IndexAtOrAfter(_tokens, claim.End);
        if (first >= _tokens.Count || end <= first || Tree(first) is not { } tree)
        {
            return null;
        }

        end = Math.Min(end, tree.Sentence.FirstToken + tree.Sentence.TokenCount);
        var head = ContentHead(tree, first, end);
        if (head < 0)
        {
            return null;
        }

        head = EventOf(tree, head, first, end);
        var verb = head;
        head = SupportedEvent(tree, verb, first, end);
        var lemma = Lemma(head);
        return new Proposition(
            lemma,
            _lexicon.ClassOf(lemma),
            _tokens[head].Start,
            _tokens[head].End,
            head == verb ? Arguments(tree, head) : SupportedArguments(tree, verb, head),
            Measures(tree, claim, first, end),
            claim.EventTime,
            claim.Polarity,
            claim.Modality);
    }

    private DependencyTree? Tree(int token)
    {
        var sentence = TokenText.SentenceOf(_sentences, token);
        if (sentence < 0)
        {
            return null;
        }

        if (!_trees.TryGetValue(sentence, out var tree))
        {
            _trees[sentence] = tree = new DependencyTree(_tokens, _syntax, _sentences[sentence]);
        }

        return tree;
    }

    /// <summary>The token of [first, end) closest to the root, a predicate before a noun: what the claim is about.</summary>
    private int ContentHead(DependencyTree tree, int first, int end)
    {
        var best = -1;
        var bestScore = int.MaxValue;
        for (var t = first; t < end; t++)
        {
            var s = tree[t];
            if ((s.Head >= first && s.Head < end) || s.Pos is UniversalPos.PUNCT or UniversalPos.SYM || _tokens[t].Kind == TokenKind.Punctuation)
            {
                continue;
            }

            var depth = 0;
            for (var x = t; x >= 0 && depth < 100; x = tree[x].Head)
            {
                depth++;
            }

            var verbal = s.Pos.IsVerbal() || tree.Children(t).Any(c => tree[c].Is("cop") || tree[c].Is("nsubj"));
            var score = (depth * 2) + (verbal ? 0 : 1);
            if (score < bestScore)
            {
                best = t;
                bestScore = score;
            }
        }

        return best;
    }

    /// <summary>
    /// The event a predicate tells: a frame verb's open complement ("plans to buy" tells a buying, "began
    /// building" a building), followed while it stays inside the claim.
    /// </summary>
    private int EventOf(DependencyTree tree, int head, int first, int end)
    {
        for (var hops = 0; hops < 4 && _lexicon.FrameVerbs.Contains(Lemma(head)); hops++)
        {
            var next = tree.Children(head).FirstOrDefault(c => (tree[c].Is("xcomp") || tree[c].Is("ccomp")) && c >= first && c < end, -1);
            if (next < 0)
            {
                break;
            }

            head = next;
        }

        return head;
    }

    /// <summary>
    /// The event a support verb stands for: the event noun it takes as object ("made its maiden flight", "took
    /// delivery", "carried out production"), the object or subject of a verb of beginning or going on ("will begin
    /// regular service", "services will continue"), the subject of "take place" or "occur". Without such a noun
    /// inside the claim the verb stays the predicate ("Airbus makes planes").
    /// </summary>
    private int SupportedEvent(DependencyTree tree, int verb, int first, int end)
    {
        if (!tree[verb].Pos.IsVerbal())
        {
            return verb;
        }

        var lemma = Lemma(verb);
        var particle = tree.Children(verb, "compound:prt").Select(Lemma).FirstOrDefault();
        var phrasal = particle is null ? lemma : lemma + "+" + particle;
        var obj = tree.Children(verb, "obj").FirstOrDefault(c => tree[c].Pos == UniversalPos.NOUN && c >= first && c < end, -1);
        var subject = tree.Children(verb, "nsubj").FirstOrDefault(c => tree[c].Pos == UniversalPos.NOUN && c >= first && c < end, -1);
        if ((obj >= 0 && _lexicon.IsHappenVerb(lemma + "+" + Lemma(obj))) || (obj < 0 && _lexicon.IsHappenVerb(phrasal)))
        {
            return subject >= 0 && _lexicon.IsEventNoun(Lemma(subject)) ? subject : verb;
        }

        // A passive light verb's subject is its object: "production will be carried out".
        var done = obj >= 0 ? obj : tree.Children(verb, "nsubj:pass").FirstOrDefault(c => tree[c].Pos == UniversalPos.NOUN && c >= first && c < end, -1);
        if (done >= 0 && _lexicon.IsLightVerb(phrasal) && _lexicon.IsEventNoun(Lemma(done)))
        {
            return done;
        }

        if (_lexicon.IsAspectVerb(phrasal))
        {
            var clausal = tree.Children(verb).Any(c => tree[c].Is("xcomp") || tree[c].Is("ccomp"));
            return obj >= 0 ? obj : !clausal && subject >= 0 ? subject : verb;
        }

        return verb;
    }

    /// <summary>
    /// The participants of an event noun carried by a support verb: the verb's (its subject makes the flight),
    /// but not the noun itself, then the noun's own ("the delivery of the first aircraft").
    /// </summary>
    private List<PropositionArgument> SupportedArguments(DependencyTree tree, int verb, int noun)
    {
        var arguments = Arguments(tree, verb, noun);
        foreach (var a in Arguments(tree, noun))
        {
            if (!arguments.Exists(x => x.Role == a.Role))
            {
                arguments.Add(a);
            }
        }

        return arguments;
    }

    private string Lemma(int t)
    {
        var lemma = _syntax[t].Lemma;
        return string.IsNullOrEmpty(lemma) ? _document.Text[_tokens[t].Start.._tokens[t].End].ToLowerInvariant() : lemma.ToLowerInvariant();
    }
}
