using Triangulate.Core.Documents;
using Triangulate.Core.Pipeline;
using Triangulate.Core.Quantities;
using Triangulate.Core.Text;
using Triangulate.Core.Times;
using Xunit.Abstractions;

namespace Triangulate.Core.Tests.Times;

/// <summary>
/// Runs the time and amount stages on the two reports of ../shared/samples/drone-plant and checks general
/// properties a reader expects of any report; nothing here names anything from the sample.
/// </summary>
public sealed class DronePlantSampleTests(ITestOutputHelper output)
{
    private static readonly AnnotationPipeline Pipeline =
        new PipelineBuilder().Add(new TokenAnnotator()).Add(new TimeAnnotator()).Add(new QuantityAnnotator()).Build();

    [Fact]
    public void Every_report_gets_an_inferred_date_and_every_date_a_year()
    {
        // Given the sample reports, which carry no publication date
        var folder = SharedData.Find("samples/drone-plant");
        if (folder is null)
        {
            output.WriteLine("skipped: ../shared absent");
            return;
        }

        foreach (var file in Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal))
        {
            // When the stages run on each
            var document = Pipeline.Run(new Document(File.ReadAllText(file), new DocumentMetadata(Path.GetFileName(file))));
            var times = document.Get<TimeExpression>();
            var quantities = document.Get<Quantity>();
            output.WriteLine($"{Path.GetFileName(file)} published={document.Published:yyyy-MM-dd} inferred={document.PublishedInferred}");
            foreach (var t in times)
            {
                output.WriteLine($"  time {t.Text} | {t.Type} {t.Value} {t.Precision} {t.Anchor} {t.Direction}");
            }

            foreach (var q in quantities)
            {
                output.WriteLine($"  amount {q.Text} | {q.Value} {q.Unit} {q.Qualifier} [{q.Counted}]");
            }

            // Then the document date is inferred and no later than a year after every dated event
            Assert.True(document.PublishedInferred);
            Assert.NotNull(document.Published);

            // and every calendar date has a year and does not lie after the document date
            foreach (var t in times.Where(t => t.Type == TimeTypes.Date && t.Precision is TimePrecisions.Day or TimePrecisions.Month))
            {
                Assert.NotNull(t.Value);
                Assert.Matches("^[0-9]{4}-", t.Value);
                var first = t.Value!.Split('/')[0];
                var day = first.Length >= 10 ? DateOnly.Parse(first[..10]) : DateOnly.Parse(first + "-01");
                Assert.True(day <= document.Published, $"{t.Text} = {t.Value} lies after the document date {document.Published}");
            }

            // and a span of days written as a range is an interval
            foreach (var t in times.Where(t => System.Text.RegularExpressions.Regex.IsMatch(t.Text, @"\d\s*(to|through|-|\u2013)\s*\d")))
            {
                Assert.Contains('/', t.Value ?? string.Empty);
            }

            // and every amount has a currency, a unit or a counted thing
            Assert.NotEmpty(quantities);
            Assert.All(quantities, q => Assert.True(q.Unit is not null || q.Counted is not null, $"'{q.Text}' has neither unit nor counted thing"));
        }
    }
}
