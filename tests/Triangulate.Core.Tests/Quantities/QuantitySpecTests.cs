using System.Globalization;
using Triangulate.Core.Documents;
using Triangulate.Core.Pipeline;
using Triangulate.Core.Quantities;
using Triangulate.Core.Text;
using Triangulate.Core.Times;

namespace Triangulate.Core.Tests.Quantities;

/// <summary>Runs the examples of <c>quantities.spec.txt</c>: text in, expected amounts out.</summary>
public sealed class QuantitySpecTests
{
    private const string Spec = "Quantities/quantities.spec.txt";

    private static readonly AnnotationPipeline Pipeline = new PipelineBuilder()
        .Add(new TokenAnnotator()).Add(new TimeAnnotator()).Add(new QuantityAnnotator()).Build();

    public static TheoryData<string> Examples => SpecFile.Titles(Spec);

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_holds(string title)
    {
        // Given the example's text
        var example = SpecFile.Read(Spec).Single(e => e.Title == title);
        var document = new Document(example.One("text")!, new DocumentMetadata("spec", Published: new DateOnly(2020, 1, 1)));

        // When the time and amount stages run
        Pipeline.Run(document);
        var found = document.Get<Quantity>();
        var seen = string.Join("; ", found.Select(q => $"{q.Text}={q.Value} {q.Unit} {q.Qualifier} [{q.Counted}]"));

        // Then every expected amount is there with its value, unit, qualifier and counted thing
        foreach (var line in example.All("expect"))
        {
            var parts = line.Split('|').Select(p => p.Trim()).ToArray();
            var q = found.FirstOrDefault(f => f.Text == parts[0]);
            Assert.True(q is not null, $"'{parts[0]}' not found; found {seen}");
            Assert.Equal(decimal.Parse(parts[1], CultureInfo.InvariantCulture), q.Value);
            Assert.Equal(parts[2] == "-" ? null : parts[2], q.Unit);
            Assert.Equal(parts[3], q.Qualifier);
            Assert.Equal(parts[4] == "-" ? null : parts[4], q.Counted);
        }

        // and nothing else when the example says how many
        if (example.One("count") is { } count)
        {
            Assert.True(found.Count == int.Parse(count, CultureInfo.InvariantCulture), $"found {seen}");
        }
    }
}
