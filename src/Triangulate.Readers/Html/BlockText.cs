using System.Text;
using AngleSharp.Dom;

namespace Triangulate.Readers.Html;

/// <summary>
/// The text of an HTML element as a reader sees it: one paragraph a line, white space inside a paragraph collapsed
/// (a page's source wraps long paragraphs over several lines; those breaks are not the author's).
/// </summary>
internal static class BlockText
{
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "tr", "br", "figcaption", "section",
        "article", "header", "footer", "ul", "ol", "dl", "dt", "dd", "table", "hr", "main", "aside", "address", "figure",
    };

    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "noscript", "template", "svg" };

    /// <summary>The element's text, paragraphs separated by one newline.</summary>
    public static string Of(INode node)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        Walk(node, lines, line);
        Flush(lines, line);
        return string.Join('\n', lines);
    }

    private static void Walk(INode node, List<string> lines, StringBuilder line)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    AppendCollapsed(line, text.Data);
                    break;
                case IElement element when Skipped.Contains(element.LocalName):
                    break;
                case IElement element when Blocks.Contains(element.LocalName):
                    Flush(lines, line);
                    Walk(element, lines, line);
                    Flush(lines, line);
                    break;
                case IElement element:
                    if (element.LocalName is "td" or "th")
                    {
                        AppendCollapsed(line, " ");
                    }

                    Walk(element, lines, line);
                    break;
            }
        }
    }

    private static void AppendCollapsed(StringBuilder line, string text)
    {
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                if (line.Length > 0 && line[^1] != ' ')
                {
                    line.Append(' ');
                }
            }
            else
            {
                line.Append(c);
            }
        }
    }

    private static void Flush(List<string> lines, StringBuilder line)
    {
        var text = line.ToString().Trim();
        if (text.Length > 0)
        {
            lines.Add(text);
        }

        line.Clear();
    }
}
