using Triangulate.Eval.Ner;

namespace Triangulate.Core.Tests.Entities;

public sealed class TypedEvaluationTests
{
    private static readonly List<ConllSentence> Document =
    [
        new(
            ["The", "U.S.", "-", "led", "group", "fired", "a", "Falcor", "missile", "at", "Varnow", "'", "s", "port", "."],
            ["B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O", "B-Weapon", "O", "O", "B-LOC", "O", "O", "O", "O"]),
        new(["Gen.", "Ola", "Berglund", "met", "them", "."], ["B-PER", "I-PER", "I-PER", "O", "B-PER", "O"]),
    ];

    [Fact]
    public void Words_are_joined_into_running_text_and_gold_spans_lose_their_article()
    {
        // Given a tokenised document with a split hyphen, a split possessive and gold spans starting with "The"

        // When it is joined back into text
        var (text, gold) = TypedEvaluation.Join(Document, TypedEvaluation.Re3dGold, GoldMentions.All);

        // Then hyphens and possessives are glued, and gold spans point at the names without the article
        Assert.StartsWith("The U.S.-led group fired a Falcor missile at Varnow's port.\nGen. Ola Berglund met them.", text, StringComparison.Ordinal);
        Assert.Contains(gold, g => text[g.Start..g.End] == "U.S.-led group" && g.Class == "ORG+MEDIA");
        Assert.Contains(gold, g => text[g.Start..g.End] == "Falcor" && g.Class == "PRODUCT");
        Assert.Contains(gold, g => text[g.Start..g.End] == "Gen. Ola Berglund" && g.Class == "PERSON");
        Assert.Contains(gold, g => text[g.Start..g.End] == "them");
    }

    [Fact]
    public void Names_only_leaves_out_pronouns_and_scoring_puts_titles_back()
    {
        // Given the same document, counting only names
        var (text, gold) = TypedEvaluation.Join(Document, TypedEvaluation.Re3dGold, GoldMentions.Names);
        Assert.DoesNotContain(gold, g => text[g.Start..g.End] == "them");

        // When the entity stage is scored on it
        var result = TypedEvaluation.Evaluate([Document], TypedEvaluation.Re3dGold, GoldMentions.Names);

        // Then the product and the titled person count as correct
        Assert.Equal(1, result.PerType.Single(s => s.Type == "PRODUCT").Correct);
        Assert.Equal(1, result.PerType.Single(s => s.Type == "PERSON").Correct);
        Assert.StartsWith("overall P=", result.Lines().Last(), StringComparison.Ordinal);
    }
}
