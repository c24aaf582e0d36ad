using Triangulate.Core.Coreference;
using Triangulate.Core.Documents;
using Triangulate.Core.Entities;
using Triangulate.Core.Entities.Recognition;
using Triangulate.Core.Pipeline;
using Triangulate.Core.Syntax;
using Triangulate.Core.Text;
using Triangulate.Eval.Coref;
using Xunit.Abstractions;

namespace Triangulate.Core.Tests.Coreference;

public sealed class CorefModelTests(ITestOutputHelper output)
{
    private static (string Text, IReadOnlyList<Token> Tokens, IReadOnlyList<ResolvedMention> Mentions) Resolve(string text)
    {
        var pipeline = new PipelineBuilder().Add(new TokenAnnotator()).Add(new SyntaxAnnotator()).Add(new EntityAnnotator(NerModel.Default, coreference: null)).Build();
        var document = pipeline.Run(new Document(text, new DocumentMetadata("t.txt")));
        return (text, document.Get<Token>(), CorefModel.Default.Resolve(CorefInputs.From(document)));
    }

    private static string Span(string text, IReadOnlyList<Token> tokens, ResolvedMention m) => text[tokens[m.FirstToken].Start..tokens[m.EndToken - 1].End];

    [Fact]
    public void Pronouns_join_the_person_they_stand_for()
    {
        // Given an invented person, then "She" and "her" in the next sentence
        var (text, tokens, mentions) = Resolve("Ilse Marrow joined the board in May. She said her plan was ready.");

        // When resolved by the trained model: both pronouns are in the chain of the name
        var name = mentions.Single(m => Span(text, tokens, m) == "Ilse Marrow");
        Assert.Equal(name.Chain, mentions.Single(m => Span(text, tokens, m) == "She").Chain);
        Assert.Equal(name.Chain, mentions.Single(m => Span(text, tokens, m) == "her").Chain);
        Assert.Equal(Triangulate.Core.Coreference.MentionKind.Pronoun, mentions.Single(m => Span(text, tokens, m) == "her").Kind);
    }

    [Fact]
    public void Noun_phrases_come_from_the_tree_and_an_expletive_it_is_no_mention()
    {
        // Given a description with a preposition before it and an "it" standing for a clause
        var (text, tokens, mentions) = Resolve("The council met in the old town hall. It is expected that the vote will pass.");
        var spans = mentions.Select(m => Span(text, tokens, m)).ToList();

        // Then the noun phrase is found without its preposition, and the expletive "It" is not a mention
        Assert.Contains("the old town hall", spans);
        Assert.DoesNotContain("in the old town hall", spans);
        Assert.DoesNotContain("It", spans);
    }

    [Fact]
    public void The_model_scores_on_GUM_test_as_the_README_says()
    {
        // Given GUM's coreference layer in ../shared (skipped, saying so, when absent)
        var gum = SharedData.Find("data/gum");
        if (gum is null || !GumCoref.IsGum(gum))
        {
            output.WriteLine("skipped: ../shared/data/gum is absent, GUM coreference not scored");
            return;
        }

        // When the committed model is scored end to end on the test documents
        var report = GumCoref.Score(CorefModel.Default, GumCoref.Load(gum, "test"));

        // Then CoNLL F1 is the figure the README reports (0.4643), within rounding
        Assert.Equal(12, report.Documents);
        Assert.InRange(report.Scores.ConllF1, 0.455, 0.47);
    }
}
