using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SmartReader;

namespace Triangulate.Readers.Html;

/// <summary>
/// The article text of a page: SmartReader's choice of the article, one paragraph a line, completed with the article's
/// continuation when SmartReader stopped early. Some pages put the rest of a long article in a block of its own after
/// an advertisement (a "read more" toggle, a second page section); Readability's sibling merge misses it when that
/// block is marked as hidden until clicked. A following sibling of the article's container is taken when it is prose
/// (paragraphs, few links, not a comment, promotion or recirculation block); the first block of other text ends it.
/// </summary>
internal static partial class ArticleText
{
    private const int MinProseWords = 50;

    /// <summary>The text to keep, or null when the page has none.</summary>
    public static string? Choose(Article article, IDocument page)
    {
        if (!article.IsReadable || string.IsNullOrWhiteSpace(article.Content))
        {
            return null;
        }

        var content = new HtmlParser().ParseDocument(article.Content);
        var text = BlockText.Of(content.Body ?? (INode)content);
        var continuation = Continuation(page, text);
        return continuation.Count == 0 ? text : text + "\n" + string.Join('\n', continuation);
    }

    private static List<string> Continuation(IDocument page, string text)
    {
        var lines = text.Split('\n');
        var last = lines.LastOrDefault(l => Words(l) >= 8);
        if (last is null)
        {
            return [];
        }

        var anchor = page.QuerySelectorAll("p").FirstOrDefault(p => BlockText.Of(p) == last);
        var known = new HashSet<string>(lines, StringComparer.Ordinal);
        var added = new List<string>();

        // The continuation follows the last paragraph, beside it or beside its container (two levels at most).
        var level = anchor;
        for (var depth = 0; depth < 2 && level?.ParentElement is { LocalName: not ("body" or "html") }; depth++, level = level.ParentElement)
        {
            for (var sibling = level.NextElementSibling; sibling is not null; sibling = sibling.NextElementSibling)
            {
                if (IsProse(sibling))
                {
                    added.AddRange(BlockText.Of(sibling).Split('\n').Where(l => !known.Contains(l)));
                }
                else if (Words(sibling.TextContent) > 30)
                {
                    return added;
                }
            }
        }

        return added;
    }

    private static bool IsProse(IElement block)
    {
        var marks = (block.ClassName ?? string.Empty) + " " + block.Id;
        if (Unlikely().IsMatch(marks) || block.LocalName is "aside" or "nav" or "footer" or "form" or "figure")
        {
            return false;
        }

        var paragraphs = block.QuerySelectorAll("p").Where(p => Words(p.TextContent) >= 8).ToList();
        var words = paragraphs.Sum(p => Words(p.TextContent));
        var linkWords = block.QuerySelectorAll("a").Sum(a => Words(a.TextContent));
        var allWords = Math.Max(1, Words(block.TextContent));
        return paragraphs.Count >= 2 && words >= MinProseWords && words >= allWords * 0.8 && linkWords < allWords * 0.2;
    }

    private static int Words(string text) => WordPattern().Count(text);

    [GeneratedRegex(@"comment|related|recirc|promo|newsletter|share|social|sidebar|footer|sponsor|advert|\bad\b|-ad-|subscribe|most-?popular|trending|author-?bio|bio\b", RegexOptions.IgnoreCase)]
    private static partial Regex Unlikely();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordPattern();
}
