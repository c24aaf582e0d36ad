using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Triangulate.Readers.Html;

/// <summary>
/// Authors of a page: JSON-LD people, then author meta tags, then byline elements shown to readers, then a JSON-LD
/// organization named as author. The first source that yields a usable name is taken whole (sources are not mixed,
/// since a page's sidebar bylines belong to other articles). A value that is a link, a handle, a login name or a
/// date is not a name.
/// </summary>
internal static partial class Bylines
{
    private static readonly string[] MetaKeys =
    [
        "author", "article:author", "og:article:author", "byl", "dc.creator", "dcterms.creator", "sailthru.author",
        "parsely-author", "citation_author", "twitter:creator:name",
    ];

    private static readonly string[] BylineSelectors =
    [
        "[itemprop~=author i] [itemprop=name i]", "[data-byline-name]", "[itemprop~=author i]", "a[rel~=author i]",
        ".byline-author", ".byline__name", ".author-name", ".byline-name", ".article-author", ".byline", ".author", "[class*=byline i]",
    ];

    /// <summary>The authors by the first source that names any.</summary>
    public static IReadOnlyList<string> Authors(IDocument page, MetaTags meta, JsonLdArticle? jsonLd)
    {
        var people = Clean(jsonLd?.Authors.Where(a => a.IsPerson).Select(a => a.Name) ?? []);
        if (people.Count > 0)
        {
            return people;
        }

        foreach (var key in MetaKeys)
        {
            var names = Clean(meta.All(key));
            if (names.Count > 0)
            {
                return names;
            }
        }

        foreach (var selector in BylineSelectors)
        {
            var elements = page.QuerySelectorAll(selector).Take(5)
                .Select(e => e.GetAttribute("data-byline-name") ?? (e.GetAttribute("content") is { Length: > 0 } c ? c : e.TextContent));
            var names = Clean(elements);
            if (names.Count > 0)
            {
                return names;
            }
        }

        return Clean(jsonLd?.Authors.Select(a => a.Name) ?? []);
    }

    /// <summary>Usable names out of raw values, split at "and", each once.</summary>
    public static List<string> Clean(IEnumerable<string> values)
    {
        var names = new List<string>();
        foreach (var value in values)
        {
            foreach (var part in Split(value))
            {
                if (Normalise(part) is { } name && !names.Contains(name, StringComparer.OrdinalIgnoreCase))
                {
                    names.Add(name);
                }
            }
        }

        return names;
    }

    private static IEnumerable<string> Split(string value)
    {
        // A byline's first line is the name; what follows ("WebMD Health News", a date) is not.
        var firstLine = value.Trim().Split('\n')[0];
        var parts = AndSeparator().Split(firstLine).ToList();
        // Commas separate names only when every part looks like a whole name ("A B, C D"), not "Name, MA".
        var commaParts = parts.SelectMany(p => p.Split(',')).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        return commaParts.All(p => p.Contains(' ', StringComparison.Ordinal)) ? commaParts : parts.Select(p => p.Split(',')[0]);
    }

    private static string? Normalise(string raw)
    {
        var text = string.Join(' ', raw.Split((char[])[' ', '\t', '\r', '\u00A0'], StringSplitOptions.RemoveEmptyEntries));
        text = ByPrefix().Replace(text, string.Empty).Trim(' ', '|', '-', ':', '.', '·');
        if (text.Length is < 3 or > 60 || text.Contains("://", StringComparison.Ordinal) || text.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ||
            text.StartsWith('@') || text.StartsWith('/') || text.Any(char.IsDigit) || !text.Any(char.IsLetter))
        {
            return null;
        }

        var words = text.Split(' ');
        // A lower-case single word is a login name ("devindra"), not a byline; more than six words is a sentence.
        if (words.Length > 6 || (words.Length == 1 && text.All(c => !char.IsUpper(c))))
        {
            return null;
        }

        var letters = text.Where(char.IsLetter).ToList();
        return letters.All(char.IsUpper) ? CultureInfo.InvariantCulture.TextInfo.ToTitleCase(text.ToLowerInvariant()) : text;
    }

    [GeneratedRegex(@"\s+(?:and|&)\s+|;", RegexOptions.IgnoreCase)]
    private static partial Regex AndSeparator();

    [GeneratedRegex(@"^(?:by|von|par|por)(?:\s*:\s*|\s+)", RegexOptions.IgnoreCase)]
    private static partial Regex ByPrefix();
}
