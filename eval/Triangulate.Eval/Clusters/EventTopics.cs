using System.Globalization;
using Triangulate.Core.Claims;
using Triangulate.Core.Documents;
using Triangulate.Core.Pipeline;
using Triangulate.Core.Syntax;
using Triangulate.Core.Text;
using Triangulate.Eval.Coref;
using Triangulate.Resolution;

namespace Triangulate.Eval.Clusters;

/// <summary>One ECB+ document run through the default pipeline, beside its gold event mentions.</summary>
/// <param name="Gold">The document with its gold event mentions.</param>
/// <param name="Annotated">The pipeline's document (tokens, syntax, claims with their propositions).</param>
/// <param name="Resolution">What resolution reads of it.</param>
public sealed record EventDocument(EcbDocument Gold, Document Annotated, AnnotatedDocument Resolution)
{
    /// <summary>The id of a gold event mention, unique in the corpus.</summary>
    public static string MentionKey(EcbMention m) => string.Create(CultureInfo.InvariantCulture, $"{m.Document}:{m.Start}-{m.End}");

    /// <summary>The gold event mentions the claim's predicate aligns with: the predicate word lies inside the mention.</summary>
    public IEnumerable<EcbMention> AlignedWith(Claim claim) =>
        claim.Proposition is { } p
            ? Gold.Mentions.Where(m => p.PredicateStart >= m.Start && p.PredicateEnd <= m.End)
            : [];

    /// <summary>The lemma of a mention's head word (the word of its span whose head lies outside it), lower case.</summary>
    public string HeadLemma(EcbMention m)
    {
        var tokens = Annotated.Get<Token>();
        var syntax = Annotated.GetOrEmpty<TokenSyntax>();
        var first = 0;
        while (first < tokens.Count && tokens[first].End <= m.Start)
        {
            first++;
        }

        var end = first;
        while (end < tokens.Count && tokens[end].Start < m.End)
        {
            end++;
        }

        if (syntax.Count != tokens.Count || first >= end)
        {
            return m.Text.ToLowerInvariant();
        }

        for (var t = first; t < end; t++)
        {
            if (syntax[t].Head < first || syntax[t].Head >= end)
            {
                return syntax[t].Lemma.ToLowerInvariant();
            }
        }

        return syntax[first].Lemma.ToLowerInvariant();
    }
}

/// <summary>The ECB+ topics for event clusters: each document annotated once, then resolved per topic as often as needed.</summary>
public static class EventTopics
{
    /// <summary>Reads and annotates the documents of <paramref name="topics"/>, grouped by topic.</summary>
    public static List<List<EventDocument>> Annotate(string folder, IEnumerable<int> topics)
    {
        var gold = EcbPlusCorpus.ReadEvents(folder, topics);
        var pipeline = DefaultPipeline.Create();
        var annotated = new EventDocument[gold.Count];
        Parallel.For(0, gold.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Environment.ProcessorCount - 1) }, i =>
        {
            var d = gold[i];
            var document = new Document(d.Text, new DocumentMetadata(d.Name));
            pipeline.Run(document);
            annotated[i] = new EventDocument(d, document, null!);
        });

        var result = new List<List<EventDocument>>();
        foreach (var topic in annotated.GroupBy(d => d.Gold.Topic))
        {
            var sequence = 0;
            result.Add([.. topic.Select(d => d with { Resolution = ToAnnotated(d.Annotated, sequence++) })]);
        }

        return result;
    }

    /// <summary>A topic's documents resolved into one case.</summary>
    public static CaseResolver Resolve(IEnumerable<EventDocument> topic)
    {
        var resolver = new CaseResolver();
        foreach (var d in topic)
        {
            resolver.Add(d.Resolution);
        }

        return resolver;
    }

    /// <summary>What resolution reads of a freshly annotated document.</summary>
    private static AnnotatedDocument ToAnnotated(Document d, long sequence) => new(
        d.Id, d.Metadata.Name, d.Metadata.Source, d.Published, sequence, d.Text,
        d.GetOrEmpty<Core.Entities.EntityMention>(), d.GetOrEmpty<Core.Times.TimeExpression>(),
        d.GetOrEmpty<Core.Quantities.Quantity>(), d.GetOrEmpty<Claim>());
}
