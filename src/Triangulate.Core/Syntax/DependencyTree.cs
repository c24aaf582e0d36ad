using Triangulate.Core.Documents;
using Triangulate.Core.Text;

namespace Triangulate.Core.Syntax;

/// <summary>
/// The dependency tree of one sentence, over the document's token indices, with the questions later stages ask of
/// it: a token's children, the span its subtree covers, the clause it belongs to, the subject of a verb (through
/// coordination and control), and whether a predicate is negated.
/// </summary>
public sealed class DependencyTree
{
    private static readonly HashSet<string> ClauseRelations =
        new(["root", "ccomp", "xcomp", "advcl", "acl", "csubj", "parataxis", "conj"], StringComparer.Ordinal);

    private static readonly HashSet<string> NegationLemmas = new(["not", "never", "n't", "no"], StringComparer.OrdinalIgnoreCase);

    private readonly IReadOnlyList<Token> _tokens;
    private readonly IReadOnlyList<TokenSyntax> _syntax;
    private readonly int[] _firstChild;
    private readonly int[] _nextSibling;

    /// <summary>The tree of <paramref name="sentence"/>, from the document's token and syntax layers.</summary>
    public DependencyTree(IReadOnlyList<Token> tokens, IReadOnlyList<TokenSyntax> syntax, Sentence sentence)
    {
        _tokens = tokens;
        _syntax = syntax;
        Sentence = sentence;
        _firstChild = new int[sentence.TokenCount];
        _nextSibling = new int[sentence.TokenCount];
        Array.Fill(_firstChild, -1);
        Array.Fill(_nextSibling, -1);
        Root = -1;
        // Children are linked in reverse so that each list ends up in text order.
        for (var t = sentence.FirstToken + sentence.TokenCount - 1; t >= sentence.FirstToken; t--)
        {
            var head = syntax[t].Head;
            if (head < 0)
            {
                Root = t;
                continue;
            }

            _nextSibling[t - sentence.FirstToken] = _firstChild[head - sentence.FirstToken];
            _firstChild[head - sentence.FirstToken] = t;
        }
    }

    /// <summary>The sentence.</summary>
    public Sentence Sentence { get; }

    /// <summary>The root token (the main predicate), or -1 for an empty sentence.</summary>
    public int Root { get; }

    /// <summary>The syntax of token <paramref name="t"/>.</summary>
    public TokenSyntax this[int t] => _syntax[t];

    /// <summary>The trees of every sentence of <paramref name="document"/>, which must have a syntax layer.</summary>
    public static IReadOnlyList<DependencyTree> Of(Document document)
    {
        var tokens = document.Get<Token>();
        var syntax = document.Get<TokenSyntax>();
        return document.Get<Sentence>().Select(s => new DependencyTree(tokens, syntax, s)).ToList();
    }

    /// <summary>Whether token <paramref name="t"/> is in this sentence.</summary>
    public bool Contains(int t) => t >= Sentence.FirstToken && t < Sentence.FirstToken + Sentence.TokenCount;

    /// <summary>The children of <paramref name="t"/>, in text order.</summary>
    public IEnumerable<int> Children(int t)
    {
        for (var c = _firstChild[t - Sentence.FirstToken]; c >= 0; c = _nextSibling[c - Sentence.FirstToken])
        {
            yield return c;
        }
    }

    /// <summary>The children of <paramref name="t"/> whose relation is <paramref name="relation"/> or one of its subtypes.</summary>
    public IEnumerable<int> Children(int t, string relation) => Children(t).Where(c => _syntax[c].Is(relation));

    /// <summary>The first and last token of the subtree of <paramref name="t"/> (itself and all its descendants).</summary>
    public (int First, int Last) Subtree(int t)
    {
        var first = t;
        var last = t;
        var pending = new Stack<int>();
        pending.Push(t);
        while (pending.Count > 0)
        {
            foreach (var c in Children(pending.Pop()))
            {
                first = Math.Min(first, c);
                last = Math.Max(last, c);
                pending.Push(c);
            }
        }

        return (first, last);
    }

    /// <summary>The character span of the subtree of <paramref name="t"/>.</summary>
    public (int Start, int End) SubtreeSpan(int t)
    {
        var (first, last) = Subtree(t);
        return (_tokens[first].Start, _tokens[last].End);
    }

    /// <summary>Whether <paramref name="ancestor"/> dominates <paramref name="t"/> (a token dominates itself).</summary>
    public bool Dominates(int ancestor, int t)
    {
        for (var x = t; x >= 0; x = _syntax[x].Head)
        {
            if (x == ancestor)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The head of the clause <paramref name="t"/> belongs to: the nearest ancestor (or itself) that is the root or
    /// attached as a clause (ccomp, xcomp, advcl, acl, csubj, parataxis, or a conjunct of a predicate).
    /// </summary>
    public int ClauseHead(int t)
    {
        for (var x = t; x >= 0; x = _syntax[x].Head)
        {
            var s = _syntax[x];
            if (ClauseRelations.Contains(s.BaseRelation) && (s.BaseRelation != "conj" || IsPredicate(x)))
            {
                return x;
            }
        }

        return Root;
    }

    /// <summary>
    /// The subject of predicate <paramref name="t"/>: its own nsubj or csubj child; else, for a conjunct, the
    /// subject of the predicate it is coordinated with ("X arrived and said"); for an open complement (xcomp), the
    /// object of the verb that controls it ("expect X to say"), or else that verb's subject ("X wants to say"); for a relative clause, the noun it modifies. -1 when
    /// there is none.
    /// </summary>
    public int Subject(int t)
    {
        for (var x = t; x >= 0;)
        {
            foreach (var c in Children(x))
            {
                var r = _syntax[c];
                if (r.Is("nsubj") || r.Is("csubj"))
                {
                    return c;
                }
            }

            var s = _syntax[x];
            if (s.Is("xcomp"))
            {
                // Object control ("expect the bank to report") before subject control ("wants to sell").
                var controller = s.Head;
                var obj = Children(controller).Where(c => _syntax[c].Is("obj") || _syntax[c].Is("iobj")).DefaultIfEmpty(-1).First();
                if (obj >= 0)
                {
                    return obj;
                }

                x = controller;
            }
            else if (s.Is("conj"))
            {
                x = s.Head;
            }
            else if (s.Is("acl"))
            {
                return s.Head;
            }
            else
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>The clausal complement (ccomp) of <paramref name="t"/>, or -1.</summary>
    public int Complement(int t) => Children(t, "ccomp").DefaultIfEmpty(-1).First();

    /// <summary>Whether predicate <paramref name="t"/> is negated: a "not", "n't", "never" or "no" among its children.</summary>
    public bool IsNegated(int t) =>
        Children(t).Any(c => (_syntax[c].Is("advmod") || _syntax[c].Is("det") || _syntax[c].Is("neg")) && NegationLemmas.Contains(_syntax[c].Lemma));

    private bool IsPredicate(int t) =>
        _syntax[t].Pos.IsVerbal() || Children(t).Any(c => _syntax[c].Is("nsubj") || _syntax[c].Is("cop"));
}
