using System.Text;

namespace Triangulate.Readers.Limits;

/// <summary>
/// Caps the nesting depth of HTML or XML before any parser sees it. Parsers and readability scorers do work per
/// element in proportion to its depth (the open-element stack, ancestor walks), so markup nested 100,000 levels
/// deep costs them time in the square of its size; real pages nest a few dozen levels. One linear pass keeps every
/// tag up to <see cref="MaxDepth"/> levels and replaces each run of deeper start and end tags with a space, so their text stays,
/// flattened into the element at the cap. Comments, CDATA sections, declarations and the contents of script and
/// style elements are copied untouched.
/// </summary>
public static class MarkupDepth
{
    /// <summary>
    /// The deepest nesting kept. News pages use a few dozen levels; readability scoring reads each element's whole
    /// text, so its cost is depth times size, and a cap of 100 keeps that within a second for the largest input.
    /// </summary>
    public const int MaxDepth = 100;

    // Elements that have no content and no end tag.
    private static readonly HashSet<string> Void = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    };

    // Start tags that end an open element whose end tag was left out, as HTML parsers do: "<p>a<p>b" are siblings,
    // and so are unclosed list items and table cells. Without this a page of unclosed paragraphs would look deep.
    private static readonly Dictionary<string, string[]> ImpliedEnds = new(StringComparer.OrdinalIgnoreCase)
    {
        ["p"] = ["p"],
        ["li"] = ["li", "p"],
        ["dt"] = ["dt", "dd", "p"],
        ["dd"] = ["dt", "dd", "p"],
        ["option"] = ["option"],
        ["optgroup"] = ["option", "optgroup"],
        ["tr"] = ["td", "th", "tr"],
        ["td"] = ["td", "th"],
        ["th"] = ["td", "th"],
        ["tbody"] = ["td", "th", "tr", "thead", "tbody", "tfoot"],
        ["thead"] = ["td", "th", "tr", "thead", "tbody", "tfoot"],
        ["tfoot"] = ["td", "th", "tr", "thead", "tbody", "tfoot"],
    };

    // How far down the open elements an end tag looks for its start tag; a stray end tag is ignored past that, which
    // bounds the work per tag (a parser's scope search is what makes deep markup quadratic).
    private const int EndTagSearch = 8;

    private static readonly HashSet<string> RawText = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "textarea", "xmp" };

    /// <summary>
    /// The markup with elements deeper than <paramref name="maxDepth"/> flattened, and the deepest nesting seen
    /// (more than <paramref name="maxDepth"/> when something was flattened). Returns the input itself when nothing was.
    /// </summary>
    public static (string Markup, int Deepest) Flatten(string markup, int maxDepth = MaxDepth)
    {
        ArgumentNullException.ThrowIfNull(markup);
        var output = new StringBuilder(markup.Length);
        var open = new List<(string Name, bool Kept)>();
        int deepest = 0, i = 0;
        while (i < markup.Length)
        {
            var lt = markup.IndexOf('<', i);
            if (lt < 0 || lt + 1 >= markup.Length)
            {
                output.Append(markup, i, markup.Length - i);
                break;
            }

            output.Append(markup, i, lt - i);
            var next = markup[lt + 1];
            if (markup.AsSpan(lt).StartsWith("<!--"))
            {
                i = CopyThrough(markup, output, lt, "-->");
            }
            else if (markup.AsSpan(lt).StartsWith("<![CDATA["))
            {
                i = CopyThrough(markup, output, lt, "]]>");
            }
            else if (next is '!' or '?')
            {
                i = CopyThrough(markup, output, lt, ">");
            }
            else if (next == '/' || char.IsAsciiLetter(next))
            {
                var end = TagEnd(markup, lt);
                if (end < 0)
                {
                    // An unterminated tag: the rest is text as far as this pass is concerned.
                    output.Append(markup, lt, markup.Length - lt);
                    break;
                }

                var closing = next == '/';
                var name = TagName(markup, closing ? lt + 2 : lt + 1);
                var selfClosing = !closing && markup[end - 1] == '/';
                bool keep;
                if (closing)
                {
                    keep = Close(open, name, maxDepth);
                }
                else if (selfClosing || Void.Contains(name))
                {
                    keep = open.Count < maxDepth;
                }
                else
                {
                    if (ImpliedEnds.TryGetValue(name, out var ended))
                    {
                        while (open.Count > 0 && ended.Contains(open[^1].Name, StringComparer.OrdinalIgnoreCase))
                        {
                            open.RemoveAt(open.Count - 1);
                        }
                    }

                    keep = open.Count < maxDepth;
                    open.Add((name, keep));
                    deepest = Math.Max(deepest, open.Count);
                }

                if (keep)
                {
                    output.Append(markup, lt, end + 1 - lt);
                }
                else if (output.Length > 0 && output[^1] != ' ')
                {
                    // One space for a run of flattened tags: their text stays apart, and 100,000 of them add no text.
                    output.Append(' ');
                }

                i = end + 1;
                if (!closing && !selfClosing && RawText.Contains(name))
                {
                    // The contents of script and style are not markup: copy them to their end tag as they are.
                    var close = markup.IndexOf("</" + name, i, StringComparison.OrdinalIgnoreCase);
                    var stop = close < 0 ? markup.Length : close;
                    output.Append(markup, i, stop - i);
                    i = stop;
                }
            }
            else
            {
                output.Append('<');
                i = lt + 1;
            }
        }

        return deepest > maxDepth ? (output.ToString(), deepest) : (markup, deepest);
    }

    // Pops the element an end tag closes (looking a few levels down) and says whether its end tag is kept: with
    // its start tag, or, for a stray end tag, when within the cap.
    private static bool Close(List<(string Name, bool Kept)> open, string name, int maxDepth)
    {
        for (var k = open.Count - 1; k >= Math.Max(0, open.Count - EndTagSearch); k--)
        {
            if (string.Equals(open[k].Name, name, StringComparison.OrdinalIgnoreCase))
            {
                var kept = open[k].Kept;
                open.RemoveRange(k, open.Count - k);
                return kept;
            }
        }

        return open.Count < maxDepth;
    }

    private static int CopyThrough(string markup, StringBuilder output, int start, string terminator)
    {
        var end = markup.IndexOf(terminator, start + 2, StringComparison.Ordinal);
        var stop = end < 0 ? markup.Length : end + terminator.Length;
        output.Append(markup, start, stop - start);
        return stop;
    }

    // The '>' that ends the tag opened at start, outside quoted attribute values. A '<' before it, even inside
    // quotes, ends a broken tag there: no tag is scanned past the next one, so the pass stays linear whatever the
    // quoting. -1 when the markup ends first.
    private static int TagEnd(string markup, int start)
    {
        var quote = '\0';
        for (var k = start + 1; k < markup.Length; k++)
        {
            var c = markup[k];
            if (c == '<')
            {
                return k - 1;
            }

            if (quote != '\0')
            {
                if (c == quote)
                {
                    quote = '\0';
                }
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '>')
            {
                return k;
            }
        }

        return -1;
    }

    private static string TagName(string markup, int start)
    {
        var end = start;
        while (end < markup.Length && (char.IsAsciiLetterOrDigit(markup[end]) || markup[end] is '-' or ':' or '_'))
        {
            end++;
        }

        return markup[start..end];
    }
}
