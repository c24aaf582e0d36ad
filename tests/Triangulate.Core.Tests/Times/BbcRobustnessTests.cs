using System.Text;
using Triangulate.Core.Documents;
using Triangulate.Core.Pipeline;
using Triangulate.Core.Quantities;
using Triangulate.Core.Text;
using Triangulate.Core.Times;
using Xunit.Abstractions;

namespace Triangulate.Core.Tests.Times;

/// <summary>Runs the time and amount stages on a sample of real articles without a date: nothing throws, spans hold.</summary>
public sealed class BbcRobustnessTests(ITestOutputHelper output)
{
    [Fact]
    public void Stages_run_on_real_articles_without_metadata()
    {
        // Given every tenth BBC article, with no publication date
        var folder = SharedData.Find("data/news/bbc");
        if (folder is null)
        {
            output.WriteLine("skipped: ../shared absent");
            return;
        }

        var pipeline = new PipelineBuilder().Add(new TokenAnnotator()).Add(new TimeAnnotator()).Add(new QuantityAnnotator()).Build();
        var files = Directory.GetFiles(folder, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Where((_, i) => i % 10 == 0);
        var (times, amounts) = (0, 0);
        foreach (var file in files)
        {
            // When the stages run
            var text = Encoding.Latin1.GetString(File.ReadAllBytes(file));
            var document = pipeline.Run(new Document(text, new DocumentMetadata(file)));

            // Then every annotation is a well-formed span of the text, and every time value has a known precision
            foreach (var t in document.Get<TimeExpression>())
            {
                Assert.Equal(text[t.Start..t.End], t.Text);
                Assert.Contains(t.Precision, (string[])["day", "week", "month", "quarter", "year", "decade", "time", "none"]);
                times++;
            }

            foreach (var q in document.Get<Quantity>())
            {
                Assert.Equal(text[q.Start..q.End], q.Text);
                amounts++;
            }
        }

        output.WriteLine($"{times} time expressions, {amounts} amounts");
        Assert.True(times > 0 && amounts > 0);
    }
}
