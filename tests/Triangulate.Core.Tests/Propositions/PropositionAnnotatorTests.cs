using Triangulate.Core.Claims;
using Triangulate.Core.Documents;
using Triangulate.Core.Pipeline;
using Triangulate.Core.Propositions;

namespace Triangulate.Core.Tests.Propositions;

public class PropositionAnnotatorTests
{
    private static readonly AnnotationPipeline Pipeline = DefaultPipeline.Create();

    private static Proposition Read(string text)
    {
        var document = Pipeline.Run(new Document(text, new DocumentMetadata("t.txt")));
        var claim = Assert.Single(document.Get<Claim>());
        return Assert.IsType<Proposition>(claim.Proposition);
    }

    [Fact]
    public void An_active_verb_gives_its_class_agent_theme_and_recipient()
    {
        // Given a sentence in which one party sells to another
        // When its claim's proposition is read
        var p = Read("The Norland government purchased twenty frigates from the Kessarian navy.");

        // Then the predicate is the verb's lemma in its class, the subject the agent and the object the theme
        Assert.Equal("purchase", p.Predicate);
        Assert.Equal("buy", p.PredicateClass);
        Assert.Contains(p.Arguments, a => a.Role == PropositionRoles.Agent && a.Text.Contains("Norland", StringComparison.Ordinal));
        Assert.Contains(p.Arguments, a => a.Role == PropositionRoles.Theme && a.Head == "frigate");
    }

    [Fact]
    public void A_frame_verb_tells_the_event_of_its_complement()
    {
        // Given a plan to do something
        // When its proposition is read
        var p = Read("The company plans to build a new factory near the river.");

        // Then the event is the building, not the planning, and the factory is what is built
        Assert.Equal("build", p.Predicate);
        Assert.Contains(p.Arguments, a => a.Role == PropositionRoles.Theme && a.Head == "factory");
        Assert.Equal(Modalities.Plan, p.Modality);
    }

    [Fact]
    public void A_sum_measures_what_it_is_of_and_a_count_its_counted_noun()
    {
        // Given a loss of a sum and a count of jobs
        var loss = Read("The carmaker reported an annual loss of $6 billion.");
        var jobs = Read("The airline will cut 10,000 jobs over four years.");

        // Then the sum measures the loss, with its modifier, and the count the jobs
        var sum = Assert.Single(loss.Measures);
        Assert.Equal("annual loss", sum.Measures);
        Assert.Contains(jobs.Measures, m => m.Measures == "job");
    }

    [Theory]
    [InlineData("The new airliner made its first flight over the sea on Monday.", "flight", "fly")]
    [InlineData("The carrier will take delivery of two more freighters next year.", "delivery", "deliver")]
    [InlineData("The production of the remaining ships will be carried out at a yard in the north.", "production", "produce")]
    [InlineData("The ferry line will begin regular service on the island route in June.", "service", "service")]
    [InlineData("Night services will continue until the end of the month.", "service", "service")]
    [InlineData("The suspension of trading took place on the orders of the regulator.", "suspension", "close")]
    [InlineData("The exchanges in the capital will remain closed for a third day.", "close", "close")]
    public void A_support_verb_tells_the_event_of_its_noun(string text, string predicate, string predicateClass)
    {
        // Given a verb that carries no event of its own beside an event noun
        // When its proposition is read
        var p = Read(text);

        // Then the noun is the predicate, in its class
        Assert.Equal(predicate, p.Predicate);
        Assert.Equal(predicateClass, p.PredicateClass);
    }

    [Fact]
    public void A_light_verb_with_a_thing_keeps_its_own_meaning_and_its_subject_stays_the_agent()
    {
        // Given "make" with a concrete object, and "make" with an event noun
        var things = Read("The shipyard makes fishing boats for the northern fleet.");
        var paid = Read("The port agency paid the advance from its own reserves.");
        var flight = Read("The Kessarian airliner made a test flight over the capital.");

        // Then making boats is a making, and paying an advance a payment; the flight is the event, and who makes it
        // its agent, not the flight itself
        Assert.Equal("make", things.Predicate);
        Assert.Equal("pay", paid.Predicate);
        Assert.Equal("flight", flight.Predicate);
        Assert.Contains(flight.Arguments, a => a.Role == PropositionRoles.Agent && a.Text.Contains("airliner", StringComparison.Ordinal));
        Assert.DoesNotContain(flight.Arguments, a => a.Head == "flight");
    }
}
