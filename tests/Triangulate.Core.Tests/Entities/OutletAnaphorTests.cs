using Triangulate.Core.Documents;
using Triangulate.Core.Entities;
using Triangulate.Core.Pipeline;

namespace Triangulate.Core.Tests.Entities;

public sealed class OutletAnaphorTests
{
    private static IReadOnlyList<EntityMention> Mentions(string text) =>
        DefaultPipeline.Create().Run(new Document(text, new DocumentMetadata("t.txt"))).Get<EntityMention>();

    [Fact]
    public void The_agency_after_another_organisation_is_not_the_outlet()
    {
        // Given an outlet, then a government agency named after it, then "the agency"
        const string text = "Reuters reported the plan. The Norvik Energy Agency confirmed it on Friday. The agency said prices would rise.";

        // When annotated
        var mentions = Mentions(text);

        // Then "The agency" is not tied to the outlet, because the last organisation named is not an outlet
        Assert.Contains(mentions, m => m.Text == "Reuters" && m.Type == EntityTypes.Media);
        Assert.DoesNotContain(mentions, m => m.Text.Equals("The agency", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void The_agency_right_after_a_news_agency_is_that_outlet()
    {
        // Given a news agency and "the agency" in the next sentence
        const string text = "Reuters reported the plan on Friday. The agency said two officials had confirmed it.";

        // When annotated
        var mentions = Mentions(text);

        // Then "The agency" is a MEDIA mention whose canonical name is the agency's
        Assert.Contains(mentions, m => m.Text == "The agency" && m.Type == EntityTypes.Media && m.Canonical == "Reuters");
    }
}
