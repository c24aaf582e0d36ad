using Triangulate.Core.Documents;
using Triangulate.Core.Pipeline;
using Triangulate.Core.Syntax;
using Triangulate.Core.Text;
using Triangulate.Core.Times;

namespace Triangulate.Core.Tests.Times;

/// <summary>Runs the examples of <c>times.spec.txt</c>: text and document date in, expected expressions out.</summary>
public sealed class TimeSpecTests
{
    private const string Spec = "Times/times.spec.txt";

    private static readonly AnnotationPipeline Pipeline =
        new PipelineBuilder().Add(new TokenAnnotator()).Add(new TimeAnnotator()).Build();

    // As the default pipeline runs it: the tree of each sentence is there for the tense of the governing verb.
    private static readonly AnnotationPipeline SyntaxPipeline =
        new PipelineBuilder().Add(new TokenAnnotator()).Add(new SyntaxAnnotator()).Add(new TimeAnnotator()).Build();

    public static TheoryData<string> Examples => SpecFile.Titles(Spec);

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_holds(string title) => Check(title, Pipeline);

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_holds_with_syntax(string title) => Check(title, SyntaxPipeline);

    private static void Check(string title, AnnotationPipeline pipeline)
    {
        // Given the example's text and document date
        var example = SpecFile.Read(Spec).Single(e => e.Title == title);
        var date = example.One("date");
        DateOnly? published = date is null or "none" ? null : DateOnly.Parse(date);
        var document = new Document(example.One("text")!, new DocumentMetadata("spec", Published: published));

        // When the time stage runs
        pipeline.Run(document);
        var found = document.Get<TimeExpression>();
        var seen = string.Join("; ", found.Select(t => $"{t.Text}={t.Type}:{t.Value}"));

        // Then every expected expression is there with its type, value, precision, anchor and direction
        foreach (var line in example.All("expect"))
        {
            var parts = line.Split('|').Select(p => p.Trim()).ToArray();
            var t = found.FirstOrDefault(f => f.Text == parts[0]);
            Assert.True(t is not null, $"'{parts[0]}' not found; found {seen}");
            Assert.Equal(parts[1], t.Type);
            Assert.Equal(parts[2] == "-" ? null : parts[2], t.Value);
            Assert.Equal(parts[3], t.Precision);
            foreach (var extra in parts.Skip(4))
            {
                var (key, value) = (extra[..extra.IndexOf('=')], extra[(extra.IndexOf('=') + 1)..]);
                Assert.Equal(value, key == "anchor" ? t.Anchor : t.Direction);
            }
        }

        // and durations and sets are not taken for dates, and what must be absent is
        foreach (var text in example.All("not-date"))
        {
            Assert.Contains(found, f => f.Text == text && f.Type != TimeTypes.Date);
        }

        foreach (var text in example.All("absent"))
        {
            Assert.DoesNotContain(found, f => f.Text == text);
        }

        // and the document date is the one expected
        if (example.One("published") is { } expected)
        {
            var parts = expected.Split(' ');
            Assert.Equal(DateOnly.Parse(parts[0]), document.Published);
            Assert.Equal(parts.Length > 1 && parts[1] == "inferred", document.PublishedInferred);
        }
    }
}
