using System.Text.RegularExpressions;

namespace Triangulate.Readers.Pdf;

/// <summary>
/// Running headers, footers and page numbers: a line among the first or last three of a page that recurs (digits
/// aside) on at least half the pages, or that is only a page number ("12", "Page 3 of 9", "- 4 -").
/// </summary>
internal static partial class RunningLines
{
    private const int Edge = 3;

    /// <summary>The pages without their running lines.</summary>
    public static List<List<string>> Remove(List<List<string>> pages)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            foreach (var key in EdgeLines(page).Select(i => Key(page[i])).Distinct())
            {
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        }

        var recurring = pages.Count >= 2
            ? counts.Where(c => c.Value >= Math.Max(2, (pages.Count + 1) / 2)).Select(c => c.Key).ToHashSet(StringComparer.Ordinal)
            : [];
        var result = new List<List<string>>(pages.Count);
        foreach (var page in pages)
        {
            var drop = EdgeLines(page).Where(i => recurring.Contains(Key(page[i])) || PageNumber().IsMatch(page[i])).ToHashSet();
            result.Add(page.Where((_, i) => !drop.Contains(i)).ToList());
        }

        return result;
    }

    private static IEnumerable<int> EdgeLines(List<string> page)
    {
        var content = Enumerable.Range(0, page.Count).Where(i => page[i].Length > 0).ToList();
        return content.Take(Edge).Concat(content.TakeLast(Edge)).Distinct();
    }

    private static string Key(string line) => Digits().Replace(line.Trim().ToLowerInvariant(), "#");

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    [GeneratedRegex(@"^[\s\-–—|]*(?:page|p\.|seite)?\s*\d{1,4}(?:\s*(?:of|/|von)\s*\d{1,4})?[\s\-–—|]*$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumber();
}
