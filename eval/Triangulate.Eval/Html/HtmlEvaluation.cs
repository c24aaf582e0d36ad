using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Triangulate.Readers;

namespace Triangulate.Eval.Html;

/// <summary>
/// Article text and citation metadata of HTML pages against Mozilla Readability's test pages: each folder holds
/// <c>source.html</c>, <c>expected.html</c> (the article) and <c>expected-metadata.json</c>; <c>dates.json</c> beside
/// them gives each page's publication date as its own markup states it.
/// </summary>
public static partial class HtmlEvaluation
{
    /// <summary>Reads every page of the folder through the document reader and scores it.</summary>
    public static HtmlReport Run(string folder)
    {
        var dates = File.Exists(Path.Combine(folder, "dates.json"))
            ? JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(Path.Combine(folder, "dates.json")))!
            : [];
        var parser = new HtmlParser();
        var reader = new DocumentReader();
        var pages = new List<PageScore>();
        foreach (var page in Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal))
        {
            var source = Path.Combine(page, "source.html");
            if (!File.Exists(source) || !File.Exists(Path.Combine(page, "expected.html")))
            {
                continue;
            }

            var name = Path.GetFileName(page);
            using var expectedJson = JsonDocument.Parse(File.ReadAllText(Path.Combine(page, "expected-metadata.json")));
            var expected = expectedJson.RootElement;
            var goldText = parser.ParseDocument(File.ReadAllText(Path.Combine(page, "expected.html"))).Body?.TextContent ?? string.Empty;
            var canonical = parser.ParseDocument(File.ReadAllText(source)).QuerySelector("link[rel~=canonical i]")?.GetAttribute("href")?.Trim();
            var result = reader.ReadFile(source)[0];
            if (result is not ReadResult.Read { Document: var document })
            {
                pages.Add(new PageScore(name, 0, 0, 0, false, null, null, canonical is null ? null : false, null, $"rejected: {result}"));
                continue;
            }

            var meta = document.Metadata;
            var (precision, recall, f1) = WordOverlap.Score(document.Text, goldText);
            var goldTitle = String(expected, "title");
            var goldDate = dates.GetValueOrDefault(name);
            var byline = String(expected, "byline");
            var bylineIsName = byline is not null && !string.Equals(Letters(byline), Letters(String(expected, "siteName") ?? string.Empty), StringComparison.Ordinal);
            pages.Add(new PageScore(
                name, precision, recall, f1,
                TitleMatches(meta.Title, goldTitle),
                goldDate is null ? null : meta.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) == goldDate,
                bylineIsName ? meta.Authors.Any(a => AuthorMatches(a, byline!)) : null,
                canonical is null ? null : meta.Url == canonical,
                meta.Authors.Count == 0 ? null : string.Join("; ", meta.Authors),
                $"title={meta.Title} | date={meta.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} (gold {goldDate}) | byline gold={byline?.Split('\n')[0]} | url={meta.Url} | outlet={meta.Outlet} | section={meta.Section} | modified={meta.Modified?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}"));
        }

        return new HtmlReport(pages);
    }

    private static string? String(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static bool TitleMatches(string? system, string? gold) =>
        gold is null || (system is not null && Spaces(system) == Spaces(gold));

    /// <summary>An author matches when its name is the byline's name (any case, "By" and what follows a line break aside).</summary>
    private static bool AuthorMatches(string author, string byline)
    {
        var gold = Letters(ByPrefix().Replace(byline.Split('\n')[0].Trim(), string.Empty));
        var system = Letters(author);
        return system.Length > 0 && (gold == system || gold.StartsWith(system + " ", StringComparison.Ordinal));
    }

    private static string Spaces(string text) => string.Join(' ', text.Split((char[])[' ', '\t', '\n', '\r', '\u00A0'], StringSplitOptions.RemoveEmptyEntries));

    private static string Letters(string text)
    {
        var sb = new StringBuilder();
        foreach (var c in text.ToLowerInvariant())
        {
            sb.Append(char.IsLetter(c) ? c : ' ');
        }

        return Spaces(sb.ToString());
    }

    [GeneratedRegex(@"^by\s+", RegexOptions.IgnoreCase)]
    private static partial Regex ByPrefix();
}

/// <summary>One page's scores; a null check means the page states nothing to compare.</summary>
/// <param name="Name">The page's folder.</param>
/// <param name="Precision">Word precision of the article text.</param>
/// <param name="Recall">Word recall of the article text.</param>
/// <param name="F1">Word F1 of the article text.</param>
/// <param name="Title">Title equal to readability's.</param>
/// <param name="Date">Publication date equal to dates.json's.</param>
/// <param name="Author">An author equal to readability's byline (a byline that names only the outlet excepted).</param>
/// <param name="Canonical">The URL equals the page's <c>link rel=canonical</c>.</param>
/// <param name="Authors">The authors read.</param>
/// <param name="Detail">What was read, for a person checking the mistakes.</param>
public sealed record PageScore(string Name, double Precision, double Recall, double F1, bool Title, bool? Date, bool? Author, bool? Canonical, string? Authors, string Detail);

/// <summary>The scores of every page.</summary>
/// <param name="Pages">Per page.</param>
public sealed record HtmlReport(IReadOnlyList<PageScore> Pages)
{
    /// <summary>Mean word F1 of the article text.</summary>
    public double MeanF1 => Pages.Count == 0 ? 0 : Pages.Average(p => p.F1);

    /// <summary>The report as lines: one per page, then the totals.</summary>
    public IEnumerable<string> Lines()
    {
        var c = CultureInfo.InvariantCulture;
        foreach (var p in Pages)
        {
            yield return string.Create(c, $"{p.Name,-14} F1 {p.F1:F3} (P {p.Precision:F3} R {p.Recall:F3}) title {Mark(p.Title)} date {Mark(p.Date)} author {Mark(p.Author)} [{p.Authors}] canonical {Mark(p.Canonical)}");
            yield return "    " + p.Detail;
        }

        yield return string.Create(c, $"pages {Pages.Count}: text word F1 mean {MeanF1:F3} (min {Pages.Min(p => p.F1):F3})");
        yield return $"titles {Count(p => p.Title)}, dates {Count(p => p.Date)}, authors {Count(p => p.Author)}, canonical URLs {Count(p => p.Canonical)}";
    }

    private static string Mark(bool? value) => value switch { null => "-", true => "ok", false => "MISS" };

    private string Count(Func<PageScore, bool?> check)
    {
        var checkedPages = Pages.Where(p => check(p) is not null).ToList();
        return $"{checkedPages.Count(p => check(p) == true)}/{checkedPages.Count}";
    }
}
