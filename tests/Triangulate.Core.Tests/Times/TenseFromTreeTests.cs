using Triangulate.Core.Documents;
using Triangulate.Core.Pipeline;
using Triangulate.Core.Syntax;
using Triangulate.Core.Text;
using Triangulate.Core.Times;

namespace Triangulate.Core.Tests.Times;

/// <summary>Where the words nearest a date mislead, the verb that governs it in the tree decides back or ahead.</summary>
public sealed class TenseFromTreeTests
{
    private static readonly AnnotationPipeline WithSyntax =
        new PipelineBuilder().Add(new TokenAnnotator()).Add(new SyntaxAnnotator()).Add(new TimeAnnotator()).Build();

    private static readonly AnnotationPipeline WithoutSyntax =
        new PipelineBuilder().Add(new TokenAnnotator()).Add(new TimeAnnotator()).Build();

    [Fact]
    public void The_governing_future_wins_over_a_nearer_past_of_a_relative_clause()
    {
        // Given a weekday governed by "will speak", with the past "resigned" of a relative clause nearer to it
        const string text = "On Friday, the minister who resigned will speak.";

        // When the time stage runs with the tree and without it
        var withTree = Value(text, WithSyntax);
        var wordsOnly = Value(text, WithoutSyntax);

        // Then the tree puts it on the coming Friday; the nearest word alone on the last one
        Assert.Equal("2021-01-15", withTree);
        Assert.Equal("2021-01-08", wordsOnly);
    }

    private static string? Value(string text, AnnotationPipeline pipeline)
    {
        var document = new Document(text, new DocumentMetadata("tense", Published: new DateOnly(2021, 1, 13)));
        pipeline.Run(document);
        return document.Get<TimeExpression>().Single().Value;
    }
}
