using Triangulate.Core.Documents;
using Triangulate.Core.Entities;
using Triangulate.Core.Pipeline;

namespace Triangulate.Core.Tests.Entities;

public sealed class DescriptionAnaphorTests
{
    private static IReadOnlyList<EntityMention> Mentions(string text) =>
        DefaultPipeline.Create().Run(new Document(text, new DocumentMetadata("t.txt"))).Get<EntityMention>();

    [Fact]
    public void The_company_and_its_point_back_to_the_organisation_named_last()
    {
        // Given an invented company, then "the company" and "its" in the sentences after it
        const string text = "Kestrel Harwick Holdings won the contract on Monday. The company said its profit would rise.";

        // When annotated
        var mentions = Mentions(text);

        // Then both are mentions of the company
        Assert.Contains(mentions, m => m.Text == "The company" && m.Canonical == "Kestrel Harwick Holdings");
        Assert.Contains(mentions, m => m.Text == "its" && m.Canonical == "Kestrel Harwick Holdings");
    }

    [Fact]
    public void He_points_back_only_to_the_one_person_in_reach()
    {
        // Given one person and "he", then two people and "he"
        var one = Mentions("Ilse Marrow met the board. He said nothing.");
        var two = Mentions("Orla Venn met Tamsin Reyes. He said nothing.");

        // When annotated: the first "He" is Ilse Marrow's, the second has two candidates and is left out
        Assert.Contains(one, m => m.Text == "He" && m.Canonical == "Ilse Marrow");
        Assert.DoesNotContain(two, m => m.Text == "He");
    }

    [Fact]
    public void It_is_an_organisation_only_before_a_verb_of_telling_or_doing()
    {
        // Given "it" after a company, once as the subject of "said" and once in "it is expected"
        var mentions = Mentions("Kestrel Harwick Holdings lost the bid. It said it is expected to appeal.");

        // Then the first "It" is the company's and the expletive "it" is no mention
        Assert.Contains(mentions, m => m.Text == "It" && m.Canonical == "Kestrel Harwick Holdings");
        Assert.Single(mentions, m => m.Text.Equals("it", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void A_name_found_once_is_a_name_wherever_the_report_writes_it()
    {
        // Given a well-known maker the recogniser misses at the start of a sentence
        var mentions = Mentions("Boeing challenged the award in a formal protest. Airbus said on Monday that sales rose.");

        // Then it is an organisation wherever written
        Assert.True(mentions.Any(m => m.Text == "Boeing" && m.Type == EntityTypes.Org), string.Join(" | ", mentions.Select(m => $"{m.Text}/{m.Type}")));
        Assert.True(mentions.Any(m => m.Text == "Airbus" && m.Type == EntityTypes.Org), string.Join(" | ", mentions.Select(m => $"{m.Text}/{m.Type}")));
    }
}
