using Triangulate.Core.Claims;
using Triangulate.Core.Documents;
using Triangulate.Core.Pipeline;
using Triangulate.Core.Propositions;

namespace Triangulate.Core.Tests.Propositions;

/// <summary>Propositions a sentence states in passing become claims of their own, pointing at the claim of their sentence.</summary>
public class EmbeddedPropositionTests
{
    private static readonly AnnotationPipeline Pipeline = DefaultPipeline.Create();

    private static IReadOnlyList<Claim> Claims(string text) =>
        Pipeline.Run(new Document(text, new DocumentMetadata("t.txt"))).Get<Claim>();

    [Fact]
    public void An_apposition_says_what_the_named_thing_is()
    {
        // Given a ship described in passing
        var claims = Claims("The Norvik Star, the largest cargo ship in the world, was launched on Monday.");

        // When its claims are read
        var part = Assert.Single(claims, c => c.PartOf >= 0);

        // Then the description is the predicate, the name its theme, and it belongs to the sentence's claim
        Assert.Equal("ship", part.Proposition!.Predicate);
        Assert.Contains(part.Proposition.Arguments, a => a.Role == PropositionRoles.Theme && a.Text.Contains("Norvik Star", StringComparison.Ordinal));
        Assert.Equal(0, part.PartOf);
        Assert.Equal(Stances.Assert, part.Stance);
        Assert.Contains("largest cargo ship", part.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("launched", part.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_second_predicate_is_its_own_claim_with_the_shared_subject_and_its_own_date()
    {
        // Given one subject with two predicates on two dates
        var claims = Claims("The new ferry will make a trial trip on May 4 and will begin regular service on May 9.");

        // When its claims are read
        var part = Assert.Single(claims, c => c.PartOf >= 0);

        // Then the second predicate (the service it begins) keeps the subject and takes the date of its own clause
        Assert.Equal("service", part.Proposition!.Predicate);
        Assert.Contains(part.Proposition.Arguments, a => a.Role == PropositionRoles.Agent && a.Head == "ferry");
        Assert.EndsWith("-05-09", part.EventTime, StringComparison.Ordinal);
        Assert.EndsWith("-05-04", claims[0].EventTime, StringComparison.Ordinal);
    }

    [Fact]
    public void A_relative_clause_outside_the_reported_content_is_the_authors()
    {
        // Given speakers described by a relative clause before what they say
        var claims = Claims("Officials at Kessa Port, which handles most of the grain, said the port would reopen.");

        // When its claims are read
        var said = Assert.Single(claims, c => c.PartOf < 0);
        var part = Assert.Single(claims, c => c.PartOf >= 0);

        // Then the reported content is the officials', and the description of the port is the author's, in passing,
        // with the port in the place of "which"
        Assert.NotEmpty(said.SourceChain);
        Assert.Empty(part.SourceChain);
        Assert.Equal("handle", part.Proposition!.Predicate);
        Assert.Contains(part.Proposition.Arguments, a => a.Role == PropositionRoles.Agent && a.Text == "Kessa Port");
        Assert.Equal("Kessa Port, which handles most of the grain", part.Text);
    }

    [Fact]
    public void A_condition_and_a_bracketed_alias_state_nothing_of_their_own()
    {
        // Given a condition and an acronym in brackets
        var claims = Claims("The Kessa Port Authority (KPA) will close the harbour if the storm arrives.");

        // When its claims are read
        // Then there is only the sentence's claim
        Assert.Single(claims);
    }
}
