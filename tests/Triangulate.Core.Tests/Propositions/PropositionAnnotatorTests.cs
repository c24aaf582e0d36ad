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
}
