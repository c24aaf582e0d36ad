using Triangulate.Eval.Html;
using Triangulate.Testing;

namespace Triangulate.Readers.Tests.Html;

public sealed class ReadabilityPagesTests
{
    [Fact]
    public void Readability_test_pages_give_text_titles_dates_and_canonical_urls()
    {
        // Given Mozilla Readability's 16 real news pages with their expected text, metadata and dates.json
        if (TestPaths.Shared is not { } shared || !Directory.Exists(Path.Combine(shared, "data", "html", "readability")))
        {
            Console.WriteLine("skipped: ../shared/data/html/readability is absent");
            return;
        }

        // When every page is read and scored as `triangulate eval html` does
        var report = HtmlEvaluation.Run(Path.Combine(shared, "data", "html", "readability"));

        // Then the text, every title, every stated date and every canonical URL match; authors match readability's
        // bylines except on the two pages whose own metadata and visible byline name someone else (see Html/README.md)
        Assert.Equal(16, report.Pages.Count);
        Assert.True(report.MeanF1 >= 0.97, $"mean word F1 {report.MeanF1:F3}");
        Assert.All(report.Pages, p => Assert.True(p.Title, p.Name));
        Assert.All(report.Pages.Where(p => p.Date is not null), p => Assert.True(p.Date, p.Name));
        Assert.All(report.Pages.Where(p => p.Canonical is not null), p => Assert.True(p.Canonical, p.Name));
        Assert.True(report.Pages.Count(p => p.Author == true) >= 11, string.Join(", ", report.Pages.Where(p => p.Author == false).Select(p => p.Name)));
    }
}
