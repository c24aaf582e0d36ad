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

    [Fact]
    public void Capitalised_words_before_a_state_word_make_a_country_s_official_name()
    {
        // Given a sentence naming a country by its official name with words before "Republic of"
        const string text = "Officials from the People's Republic of Chile met delegates on Friday.";

        // When the entity stage runs
        var mentions = Pipeline.Run(new Document(text, new DocumentMetadata("t.txt"))).Get<EntityMention>();

        // Then the whole official name is one place (or the recogniser's own span of it), and "Republic" alone is none
        Assert.Contains(mentions, m => m.Text is "People's Republic of Chile" && m.Type == EntityTypes.Gpe);
        Assert.DoesNotContain(mentions, m => m.Text is "Republic");
    }

    [Theory]
    [InlineData("the Peru-Chile border", 4, 14, "GPE", "Peru|Chile")]
    [InlineData("Peru-Chile-Bolivia talks", 0, 18, "LOC", "Peru|Chile|Bolivia")]
    [InlineData("Guinea-Bissau voted", 0, 13, "GPE", "Guinea-Bissau")]
    [InlineData("Peru-Narnia trade", 0, 11, "GPE", "Peru-Narnia")]
    [InlineData("the Peru-Chile Company", 4, 22, "ORG", "Peru-Chile Company")]
    public void Known_places_joined_by_hyphens_are_each_a_place(string text, int start, int end, string type, string expected)
    {
        // Given a mention the recogniser made of a hyphenated span
        var draft = new MentionDraft(0, 1, start, end, type);

        // When it becomes the document's mentions
        var mentions = EntityAnnotator.MentionsOf(text, draft, EntityLexicon.Default, []).ToList();

        // Then places joined by hyphens (none of them unknown, the whole not a place itself) are each a mention
        // with its exact span and a place type; anything else stays one mention
        Assert.Equal(expected.Split('|'), mentions.Select(m => m.Text));
        Assert.All(mentions, m => Assert.Equal(m.Text, text[m.Start..m.End]));
        Assert.All(mentions, m => Assert.Equal(type == "LOC" ? "LOC" : type, m.Type));
    }
}
