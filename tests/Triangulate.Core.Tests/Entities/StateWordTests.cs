using Triangulate.Core.Documents;
using Triangulate.Core.Entities;
using Triangulate.Core.Pipeline;

namespace Triangulate.Core.Tests.Entities;

public sealed class StateWordTests
{
    private static readonly AnnotationPipeline Pipeline = DefaultPipeline.CreateBuilder().Build();

    [Fact]
    public void A_state_word_before_of_and_a_place_is_not_a_place_of_its_own()
    {
        // Given a sentence naming countries by "the Republic of X" and "the Kingdom of Y"
        const string text = "Officials from the Republic of Chile met delegates from the Kingdom of Spain on Friday.";

        // When the entity stage runs
        var mentions = Pipeline.Run(new Document(text, new DocumentMetadata("t.txt"))).Get<EntityMention>();

        // Then the places are the countries named after "of" (or the whole name, "Republic of Chile", when the
        // recogniser tags it as one), and "Republic" or "Kingdom" alone is no mention
        Assert.Contains(mentions, m => m.Text is "Chile" or "Republic of Chile" && m.Type == EntityTypes.Gpe);
        Assert.Contains(mentions, m => m.Text is "Spain" or "Kingdom of Spain" && m.Type == EntityTypes.Gpe);
        Assert.DoesNotContain(mentions, m => m.Text is "Republic" or "Kingdom");
    }
}
