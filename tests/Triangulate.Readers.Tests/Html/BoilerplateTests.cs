using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Triangulate.Testing;

namespace Triangulate.Readers.Tests.Html;

/// <summary>
/// Navigation, advertisements, cookie banners, sharing widgets and "related stories" never become a document's text.
/// SmartReader's output is not trusted: every block the page itself marks as page furniture (by element, ARIA role, or
/// a class or id naming it) is looked for in what the reader kept. A block Readability's expected article also holds
/// (a pull quote inside an <c>aside</c>, a caption) is article text, not furniture.
/// </summary>
public sealed partial class BoilerplateTests
{
    // Page furniture as pages mark it: the element, its role, or a word in its class or id.
    private const string FurnitureSelector = "nav, footer, aside, [role=navigation], [role=banner], [role=contentinfo], [role=complementary]";

    [GeneratedRegex(@"(^|[-_\s])(nav|navigation|menu|breadcrumbs?|footer|cookies?|consent|gdpr|related|recommended|promo|advert|advertisement|ads?|sponsored|newsletter|share|sharing|social|sidebar|most-?popular|trending|outbrain|taboola)([-_\s]|$)", RegexOptions.IgnoreCase)]
    private static partial Regex FurnitureName();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    public static TheoryData<string> Pages => ["bbc-1", "guardian-1", "nytimes-1", "cnn", "engadget", "msn", "buzzfeed-1", "salon-1", "wapo-1", "yahoo-3"];

    [Theory]
    [MemberData(nameof(Pages))]
    public void Page_furniture_never_becomes_document_text(string page)
    {
        // Given a real news page of Readability's test suite, and Readability's expected article for it
        if (TestPaths.Shared is not { } shared || !Directory.Exists(Path.Combine(shared, "data", "html", "readability", page)))
        {
            Console.WriteLine($"skipped: ../shared/data/html/readability/{page} is absent");
            return;
        }

        var folder = Path.Combine(shared, "data", "html", "readability", page);
        var parser = new HtmlParser();
        var source = parser.ParseDocument(File.ReadAllText(Path.Combine(folder, "source.html")));
        var article = Normal(parser.ParseDocument(File.ReadAllText(Path.Combine(folder, "expected.html"))).Body?.TextContent ?? string.Empty);
        var furniture = Furniture(source).Where(block => !article.Contains(block, StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(furniture);

        // When the page is read
        var document = Assert.IsType<ReadResult.Read>(new DocumentReader().ReadFile(Path.Combine(folder, "source.html"))[0]).Document;
        var text = Normal(document.Text);

        Console.WriteLine($"{page}: {furniture.Count} furniture blocks, e.g. \"{string.Join("\" | \"", furniture.Take(4))}\"");

        // Then no block of page furniture is in its text
        var kept = furniture.Where(block => text.Contains(block, StringComparison.Ordinal)).ToList();
        Assert.True(kept.Count == 0, $"{page}: {kept.Count} of {furniture.Count} furniture blocks kept, e.g. \"{string.Join("\" | \"", kept.Take(5))}\"");
    }

    /// <summary>The text of each smallest block inside page furniture, when it is long enough to be a phrase (20+ characters).</summary>
    private static IEnumerable<string> Furniture(IDocument page)
    {
        var containers = page.QuerySelectorAll(FurnitureSelector)
            .Concat(page.All.Where(e => FurnitureName().IsMatch(e.ClassName ?? string.Empty) || FurnitureName().IsMatch(e.Id ?? string.Empty)))
            .Where(e => e.LocalName is not ("html" or "body" or "article" or "main"))
            .Distinct();
        return containers
            .SelectMany(c => c.QuerySelectorAll("a, li, p, h2, h3, h4, span, button, figcaption").Where(e => !e.Children.Any(child => child.LocalName is "p" or "li" or "div" or "ul")))
            .Where(e => e.Closest("script, style, noscript, template") is null)
            .Select(e => Normal(e.TextContent))
            .Where(t => t.Length >= 20)
            .Distinct(StringComparer.Ordinal);
    }

    private static string Normal(string text) => Spaces().Replace(text, " ").Trim();
}
