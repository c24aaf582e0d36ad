using System.Text.Json;
using AngleSharp.Dom;

namespace Triangulate.Readers.Html;

/// <summary>
/// What a page's JSON-LD says about its article: the first node typed as an article (<c>NewsArticle</c>,
/// <c>Article</c>, <c>BlogPosting</c>, ...), found at the top level, in an array or in an <c>@graph</c>. A
/// <c>WebPage</c> node is used only when no article node exists. Scripts that are not valid JSON are ignored: a
/// page's broken metadata never loses its text.
/// </summary>
internal sealed record JsonLdArticle(
    string? Headline,
    IReadOnlyList<JsonLdAuthor> Authors,
    string? Published,
    string? Modified,
    string? Publisher,
    string? Section,
    string? Description,
    string? Language,
    string? Url)
{
    private const int MaxScriptCharacters = 1_000_000;

    private static readonly HashSet<string> ArticleTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle", "BlogPosting",
        "ReviewNewsArticle", "BackgroundNewsArticle", "ScholarlyArticle", "TechArticle", "Report", "LiveBlogPosting",
    };

    /// <summary>The article node of the page's JSON-LD scripts, or null when there is none.</summary>
    public static JsonLdArticle? Find(IDocument page)
    {
        JsonLdArticle? webPage = null;
        foreach (var script in page.QuerySelectorAll("script[type='application/ld+json' i]"))
        {
            // Some pages wrap the JSON in a CDATA section (for XHTML parsers); the JSON inside is what counts.
            var text = script.TextContent.Trim().Replace("<![CDATA[", string.Empty, StringComparison.Ordinal).Replace("]]>", string.Empty, StringComparison.Ordinal);
            if (text.Length > MaxScriptCharacters)
            {
                continue;
            }

            JsonDocument json;
            try
            {
                json = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 });
            }
            catch (JsonException)
            {
                continue;
            }

            using (json)
            {
                foreach (var node in Nodes(json.RootElement, 0))
                {
                    var types = Types(node);
                    if (types.Any(ArticleTypes.Contains))
                    {
                        return From(node);
                    }

                    if (webPage is null && types.Any(t => t.Equals("WebPage", StringComparison.OrdinalIgnoreCase)))
                    {
                        webPage = From(node);
                    }
                }
            }
        }

        return webPage;
    }

    private static IEnumerable<JsonElement> Nodes(JsonElement element, int depth)
    {
        if (depth > 4)
        {
            yield break;
        }

        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                foreach (var node in Nodes(item, depth + 1))
                {
                    yield return node;
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Object)
        {
            yield return element;
            if (element.TryGetProperty("@graph", out var graph))
            {
                foreach (var node in Nodes(graph, depth + 1))
                {
                    yield return node;
                }
            }
        }
    }

    private static List<string> Types(JsonElement node)
    {
        if (!node.TryGetProperty("@type", out var type))
        {
            return [];
        }

        return type.ValueKind switch
        {
            JsonValueKind.String => [type.GetString()!],
            JsonValueKind.Array => type.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(t => t.GetString()!).ToList(),
            _ => [],
        };
    }

    private static JsonLdArticle From(JsonElement node) => new(
        Text(node, "headline") ?? Text(node, "name"),
        ReadAuthors(node),
        Text(node, "datePublished") ?? Text(node, "dateCreated"),
        Text(node, "dateModified"),
        Name(node, "publisher"),
        Text(node, "articleSection"),
        Text(node, "description"),
        Text(node, "inLanguage"),
        Text(node, "url") ?? Id(node, "mainEntityOfPage"));

    private static List<JsonLdAuthor> ReadAuthors(JsonElement node)
    {
        var authors = new List<JsonLdAuthor>();
        foreach (var property in (string[])["author", "creator"])
        {
            if (!node.TryGetProperty(property, out var value))
            {
                continue;
            }

            var items = value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().ToList() : [value];
            foreach (var item in items)
            {
                if (item.ValueKind == JsonValueKind.String && item.GetString() is { Length: > 0 } s)
                {
                    authors.Add(new JsonLdAuthor(s, IsPerson: true));
                }
                else if (item.ValueKind == JsonValueKind.Object && Text(item, "name") is { } name)
                {
                    authors.Add(new JsonLdAuthor(name, !Types(item).Any(t => t.Contains("Organization", StringComparison.OrdinalIgnoreCase))));
                }
            }

            if (authors.Count > 0)
            {
                break;
            }
        }

        return authors;
    }

    /// <summary>A property's text: a string, the first string of an array, or an object's <c>name</c>.</summary>
    private static string? Text(JsonElement node, string property)
    {
        if (!node.TryGetProperty(property, out var value))
        {
            return null;
        }

        var text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Array => value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()).FirstOrDefault(),
            _ => null,
        };
        return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }

    private static string? Name(JsonElement node, string property) =>
        node.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.Object ? Text(value, "name") : Text(node, property);

    private static string? Id(JsonElement node, string property) =>
        node.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.Object ? Text(value, "@id") : Text(node, property);
}

/// <summary>An author as JSON-LD names it.</summary>
/// <param name="Name">The name.</param>
/// <param name="IsPerson">False when it is typed as an organization.</param>
internal sealed record JsonLdAuthor(string Name, bool IsPerson);
