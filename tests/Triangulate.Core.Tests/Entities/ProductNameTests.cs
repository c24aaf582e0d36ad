using Triangulate.Core.Documents;
using Triangulate.Core.Entities;
using Triangulate.Core.Pipeline;

namespace Triangulate.Core.Tests.Entities;

public sealed class ProductNameTests
{
    private static readonly AnnotationPipeline Pipeline = DefaultPipeline.CreateBuilder().Build();

    [Theory]
    [InlineData("Airbus jets were grounded after the accident, officials said.", "Airbus")]
    [InlineData("Rheinmetall tanks rolled into the town overnight, the army said.", "Rheinmetall")]
    [InlineData("Lawmakers voted to renew the Patriot Act on Tuesday.", "Patriot")]
    [InlineData("Engineers said the Pentagon system had failed twice.", "Pentagon")]
    [InlineData("Chilean drones struck the depot, and Norwegian missiles were found.", "Chilean")]
    [InlineData("Two N. A. T. O. helicopters landed near the camp.", "N. A. T. O.")]
    [InlineData("The boat has a 40 Kw engine and a large deck.", "Kw")]
    [InlineData("Gunmen destroyed an Example-held tank near the river.", "Example-held")]
    public void Makers_owners_laws_and_units_before_product_nouns_are_not_products(string text, string name)
    {
        // Given a sentence where a capitalised word stands before a product noun but names no product

        // When the entity stage runs
        var mentions = Pipeline.Run(new Document(text, new DocumentMetadata("t.txt"))).Get<EntityMention>();

        // Then no product mention overlaps that word
        var start = text.IndexOf(name, StringComparison.Ordinal);
        Assert.DoesNotContain(mentions, m => m.Type == EntityTypes.Product && m.Start < start + name.Length && start < m.End);
    }

    [Fact]
    public void Names_coordinated_before_a_plural_product_noun_are_all_products()
    {
        // Given three names joined by commas and "and" before a plural product noun
        const string text = "The brigade received Falcor, Quillon and Vireo missiles last week.";

        // When the entity stage runs
        var mentions = Pipeline.Run(new Document(text, new DocumentMetadata("t.txt"))).Get<EntityMention>();

        // Then each name is a product, without the noun
        foreach (var name in new[] { "Falcor", "Quillon", "Vireo" })
        {
            Assert.Contains(mentions, m => m.Type == EntityTypes.Product && m.Text == name);
        }
    }

    [Fact]
    public void User_can_add_product_nouns_through_the_lexicon()
    {
        // Given a lexicon whose product nouns include "howitzer" (and nothing else)
        var lexicon = new EntityLexicon(name => name == "entities-product-heads.txt" ? ["howitzer", "frigate | before", "system | weak"] : []);

        // Then the noun, its plural and its flags are known, and unknown nouns are not
        Assert.True(lexicon.ProductHeads.ContainsKey("howitzers"));
        Assert.True(lexicon.ProductHeads["howitzers"].Plural);
        Assert.True(lexicon.ProductHeads["frigate"].BeforeName);
        Assert.True(lexicon.ProductHeads["systems"].Weak);
        Assert.False(lexicon.ProductHeads["howitzer"].Weak);
        Assert.False(lexicon.ProductHeads.ContainsKey("missile"));
    }
}
