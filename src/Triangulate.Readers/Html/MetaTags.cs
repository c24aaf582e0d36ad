using AngleSharp.Dom;

namespace Triangulate.Readers.Html;

/// <summary>A page's <c>meta</c> tags by key (<c>name</c>, <c>property</c> or <c>itemprop</c>, lower-cased); the first of each key wins.</summary>
internal sealed class MetaTags
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _all = new(StringComparer.Ordinal);

    private MetaTags()
    {
    }

    /// <summary>Collects the meta tags of a page.</summary>
    public static MetaTags Of(IDocument page)
    {
        var tags = new MetaTags();
        foreach (var meta in page.QuerySelectorAll("meta[content]"))
        {
            var content = meta.GetAttribute("content")?.Trim();
            if (string.IsNullOrEmpty(content))
            {
                continue;
            }

            foreach (var attribute in (string[])["property", "name", "itemprop", "http-equiv"])
            {
                if (meta.GetAttribute(attribute) is { Length: > 0 } key)
                {
                    tags.Add(key.Trim().ToLowerInvariant(), content);
                }
            }
        }

        return tags;
    }

    /// <summary>The first value of a key, or null.</summary>
    public string? Get(string key) => _values.GetValueOrDefault(key);

    /// <summary>Every value of a key, in page order.</summary>
    public IReadOnlyList<string> All(string key) => _all.TryGetValue(key, out var values) ? values : [];

    private void Add(string key, string content)
    {
        _values.TryAdd(key, content);
        if (!_all.TryGetValue(key, out var values))
        {
            _all[key] = values = [];
        }

        values.Add(content);
    }
}
