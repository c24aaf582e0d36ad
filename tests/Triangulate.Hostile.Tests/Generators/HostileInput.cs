using System.Text;

namespace Triangulate.Hostile.Tests.Generators;

/// <summary>Generators of hostile inputs, each sized by a parameter so the suite can double it.</summary>
internal static class HostileInput
{
    private const string Paragraph = "<p>The harbour authority said on Monday that the port would reopen to ships within a week, " +
        "according to a statement read by its director to reporters.</p>";

    /// <summary>An article nested <paramref name="depth"/> elements deep in <paramref name="tag"/>.</summary>
    public static string NestedHtml(string tag, int depth)
    {
        var html = new StringBuilder("<!DOCTYPE html><html><head><title>Port to reopen</title></head><body><article>");
        html.Insert(html.Length, $"<{tag}>", depth);
        for (var i = 0; i < 6; i++)
        {
            html.Append(Paragraph);
        }

        html.Insert(html.Length, $"</{tag}>", depth);
        return html.Append("</article></body></html>").ToString();
    }

    /// <summary>Tables nested <paramref name="depth"/> deep, each in a cell of the one around it.</summary>
    public static string NestedTables(int depth)
    {
        var html = new StringBuilder("<!DOCTYPE html><html><head><title>Port to reopen</title></head><body>");
        html.Insert(html.Length, "<table><tr><td>", depth);
        for (var i = 0; i < 6; i++)
        {
            html.Append(Paragraph);
        }

        html.Insert(html.Length, "</td></tr></table>", depth);
        return html.Append("</body></html>").ToString();
    }

    /// <summary>An RSS feed whose one item's description holds HTML nested <paramref name="depth"/> levels (escaped, as feeds carry it).</summary>
    public static string NestedFeed(int depth)
    {
        var inner = new StringBuilder();
        inner.Insert(0, "&lt;div&gt;", depth);
        inner.Append("The harbour authority said on Monday that the port would reopen within a week.");
        inner.Insert(inner.Length, "&lt;/div&gt;", depth);
        return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Harbour news</title>" +
            $"<item><title>Port to reopen</title><link>https://example.org/port</link><description>{inner}</description></item></channel></rss>";
    }

    /// <summary>An RSS feed that asks for a local file through an external entity (XXE).</summary>
    public static string ExternalEntityFeed(string secretPath) =>
        $"<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY secret SYSTEM \"file://{secretPath}\">]>" +
        "<rss version=\"2.0\"><channel><title>Feed</title><item><title>Leak</title>" +
        "<description>The port said &secret; today.</description></item></channel></rss>";

    /// <summary>The billion-laughs entity expansion in a feed.</summary>
    public static string BillionLaughs()
    {
        var dtd = new StringBuilder("<!DOCTYPE rss [<!ENTITY lol0 \"lol\">");
        for (var i = 1; i < 10; i++)
        {
            dtd.Append($"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{i - 1};", 10))}\">");
        }

        return "<?xml version=\"1.0\"?>" + dtd + "]><rss version=\"2.0\"><channel><title>Feed</title><item><title>Laughs</title>" +
            "<description>&lol9;</description></item></channel></rss>";
    }

    /// <summary><paramref name="characters"/> characters of one word repeated (spaces between), as compressed bombs expand to.</summary>
    public static string OneWord(int characters, string word = "harbour ")
    {
        var text = new StringBuilder(characters + word.Length);
        while (text.Length < characters)
        {
            text.Append(word);
        }

        return text.ToString();
    }

    /// <summary>Random bytes (with NULs), as a binary file named .txt holds.</summary>
    public static byte[] Binary(int length, int seed = 7)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    /// <summary>A JSON-lines file of <paramref name="lines"/> short reports.</summary>
    public static string JsonLines(int lines, int seed = 11)
    {
        var text = new NewsText(seed);
        var output = new StringBuilder(lines * 120);
        for (var i = 0; i < lines; i++)
        {
            output.Append("{\"text\": ").Append(System.Text.Json.JsonSerializer.Serialize(text.Sentence())).Append("}\n");
        }

        return output.ToString();
    }
}
