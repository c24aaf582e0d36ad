using System.ServiceModel.Syndication;
using System.Xml;
using AngleSharp.Html.Parser;
using Triangulate.Core.Documents;

namespace Triangulate.Readers;

/// <summary>RSS 2.0 and Atom feeds through System.ServiceModel.Syndication: one document per item.</summary>
internal static class FeedReader
{
    public static IEnumerable<ReadResult> Read(string path, string name, byte[] bytes)
    {
        SyndicationFeed feed;
        try
        {
            using var stream = new MemoryStream(bytes);
            using var xml = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
            feed = SyndicationFeed.Load(xml);
        }
        catch (XmlException ex)
        {
            return [new ReadResult.Rejected($"{path}:{ex.LineNumber}", $"broken feed XML: {ex.Message.Split('\n')[0]}")];
        }
        catch (Exception ex) when (ex is InvalidOperationException or FormatException or NotSupportedException)
        {
            return [new ReadResult.Rejected(path, $"not an RSS 2.0 or Atom feed: {ex.Message.Split('\n')[0]}")];
        }

        var results = new List<ReadResult>();
        var parser = new HtmlParser();
        var index = 0;
        foreach (var item in feed.Items)
        {
            index++;
            var html = (item.Content as TextSyndicationContent)?.Text ?? item.Summary?.Text ?? string.Empty;
            var (flat, deepest) = Limits.MarkupDepth.Flatten(html);
            var text = HtmlReader.Normalise(ToText(parser, flat));
            var published = item.PublishDate != default ? item.PublishDate : item.LastUpdatedTime;
            var metadata = new DocumentMetadata(
                $"{name}#{index}",
                Title: item.Title?.Text,
                Source: feed.Title?.Text,
                Url: item.Links.FirstOrDefault()?.Uri?.ToString(),
                Published: published != default ? DateOnly.FromDateTime(published.UtcDateTime) : null)
            {
                Authors = item.Authors.Select(a => a.Name ?? a.Email).Where(a => !string.IsNullOrWhiteSpace(a)).ToList(),
                Outlet = feed.Title?.Text,
                Format = "feed",
            };
            results.Add(DocumentReader.FromText($"{path}#{index}", text, metadata, Limits.Warnings.Depth(deepest)));
        }

        if (results.Count == 0)
        {
            results.Add(new ReadResult.Rejected(path, "feed has no items"));
        }

        return results;
    }

    private static string ToText(HtmlParser parser, string html)
    {
        if (!html.Contains('<', StringComparison.Ordinal))
        {
            return html;
        }

        var document = parser.ParseDocument("<body>" + html + "</body>");
        foreach (var block in document.QuerySelectorAll("p, br, div, li, h1, h2, h3, h4"))
        {
            block.Parent?.InsertBefore(document.CreateTextNode("\n"), block);
        }

        return document.Body?.TextContent ?? string.Empty;
    }
}
