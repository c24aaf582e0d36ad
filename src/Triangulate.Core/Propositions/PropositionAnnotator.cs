using Triangulate.Core.Claims;
using Triangulate.Core.Documents;
using Triangulate.Core.Pipeline;
using Triangulate.Core.Syntax;
using Triangulate.Core.Text;

namespace Triangulate.Core.Propositions;

/// <summary>
/// Reads each claim's proposition from the dependency tree and keeps it on the claim (<see cref="Claim.Proposition"/>),
/// so that it is stored, exported and compared with the claim. Without a syntax layer claims keep no proposition.
/// </summary>
public sealed class PropositionAnnotator : IAnnotator
{
    private readonly PropositionLexicon _lexicon;

    /// <summary>An annotator over the built-in word lists (and the user's additions).</summary>
    public PropositionAnnotator()
        : this(PropositionLexicon.Default)
    {
    }

    /// <summary>An annotator over the given word lists.</summary>
    public PropositionAnnotator(PropositionLexicon lexicon) => _lexicon = lexicon;

    /// <inheritdoc />
    public string Name => "propositions";

    /// <inheritdoc />
    public IReadOnlyList<Type> Requires => [typeof(Token), typeof(Sentence), typeof(Claim)];

    /// <inheritdoc />
    public IReadOnlyList<Type> Produces => [typeof(Proposition)];

    /// <inheritdoc />
    public void Annotate(Document document)
    {
        var claims = document.GetOrEmpty<Claim>();
        if (claims.Count == 0 || document.GetOrEmpty<TokenSyntax>().Count != document.Get<Token>().Count)
        {
            return;
        }

        var reader = new PropositionReader(document, _lexicon);
        var updated = new List<Claim>(claims.Count);
        foreach (var claim in claims)
        {
            updated.Add(reader.Read(claim) is { } proposition ? claim with { Proposition = proposition } : claim);
        }

        // The propositions stated in passing follow the claims, sentence by sentence, so that the claims keep their ids.
        var taken = updated.Where(c => c.Proposition is not null).Select(c => c.Proposition!.PredicateStart).ToHashSet();
        var sentences = document.Get<Sentence>();
        var tokens = document.Get<Token>();
        var bySentence = new SortedDictionary<int, List<(Claim, int)>>();
        for (var i = 0; i < claims.Count; i++)
        {
            if (claims[i].PartOf < 0 && TokenText.SentenceOf(sentences, TokenText.IndexAtOrAfter(tokens, claims[i].Start)) is var s and >= 0)
            {
                if (!bySentence.TryGetValue(s, out var list))
                {
                    bySentence[s] = list = [];
                }

                list.Add((updated[i], i));
            }
        }

        foreach (var sentenceClaims in bySentence.Values)
        {
            updated.AddRange(reader.Embedded(sentenceClaims, taken));
        }

        document.Set<Claim>(updated);
    }
}
