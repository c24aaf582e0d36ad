using Triangulate.Core.Claims;
using Triangulate.Core.Documents;
using Triangulate.Core.Entities;
using Triangulate.Core.Pipeline;
using Triangulate.Core.Quantities;
using Triangulate.Core.Times;
using Triangulate.Resolution.Propositions;

namespace Triangulate.Resolution.Tests;

public class PairModelTests
{
    private static readonly AnnotationPipeline Pipeline = DefaultPipeline.Create();

    private static CaseResolution Resolve(params string[] texts)
    {
        var resolver = new CaseResolver();
        for (var i = 0; i < texts.Length; i++)
        {
            var doc = Pipeline.Run(new Document(texts[i], new DocumentMetadata($"r{i}.txt")));
            resolver.Add(new AnnotatedDocument(doc.Id, doc.Metadata.Name, null, null, i, doc.Text,
                doc.GetOrEmpty<EntityMention>(), doc.GetOrEmpty<TimeExpression>(), doc.GetOrEmpty<Quantity>(), doc.GetOrEmpty<Claim>()));
        }

        return resolver.Snapshot();
    }

    [Fact]
    public void A_shared_number_alone_never_makes_one_proposition()
    {
        // Given two reports of unrelated things that happen to give the same percentage
        // When they are resolved
        var result = Resolve(
            "Shares in the Norland steel group plunged 55% on Monday.",
            "The Kessarian bakery is owned 55 percent by its workers' union.");

        // Then no cluster holds claims of both
        Assert.DoesNotContain(result.Clusters, k => k.Documents > 1);
    }

    [Fact]
    public void A_restatement_in_other_words_is_one_proposition()
    {
        // Given two reports telling one purchase with other verbs of one class
        // When they are resolved
        var result = Resolve(
            "The Norland government purchased twenty frigates from Kessaria on May 3.",
            "On May 3 the Norland government bought twenty frigates from Kessaria.");

        // Then the two claims are one cluster
        Assert.Contains(result.Clusters, k => k.Documents == 2);
    }

    [Fact]
    public void A_flight_made_and_a_first_flight_flown_are_one_proposition_and_another_aircrafts_flight_is_not()
    {
        // Given two reports of one aircraft's first flight, one with a support verb ("made its maiden flight"), one
        // with the verb ("first flew"), and a third of another aircraft's first flight
        var result = Resolve(
            "The Kessar K-90 airliner made its maiden flight over the northern coast on May 3.",
            "The Kessar K-90 first flew over the northern coast on May 3, the maker said.",
            "The Norvik NV-7 jet made its maiden flight from the southern airfield on June 9.");

        // When they are resolved
        // Then the first two claims are one cluster, and no cluster holds the other aircraft's flight with them
        var both = Assert.Single(result.Clusters, k => k.Documents == 2);
        Assert.DoesNotContain(result.Clusters, k => k.Documents == 3);
        Assert.Equal(2, both.Claims.Select(c => c[..9]).Distinct().Count());
    }

    [Fact]
    public void The_model_file_names_every_feature_and_its_thresholds()
    {
        // Given the built-in model
        var model = ClaimPairModel.Current;

        // Then it has a weight for every feature and thresholds between 0 and 1, the join one at most the link one
        Assert.Equal(ClaimPairFeatures.Names.Length, model.Weights.Length);
        Assert.Contains(model.Weights, w => w != 0);
        Assert.InRange(model.Threshold, 0.05, 0.95);
        Assert.InRange(model.JoinThreshold, 0.0, model.Threshold);
    }
}
