using System.Text.Json;
using Xunit.Abstractions;

namespace Triangulate.Web.Tests;

/// <summary>The pages of the demo case, opened in chromium as a person would open them.</summary>
public sealed class PageTests(ITestOutputHelper output)
{
    [ChromiumFact]
    public async Task Every_page_of_the_demo_case_opens_with_its_content_and_no_console_error()
    {
        // Given the demo case served, and an entity, a contradiction and a report of it
        using var served = ServedCase.StartDemo();
        var entity = (await served.GetJsonAsync("/api/entities?limit=1")).GetProperty("items")[0];
        var contradiction = (await served.GetJsonAsync("/api/contradictions")).GetProperty("items")[0];
        var document = (await served.GetJsonAsync("/api/documents")).GetProperty("items")[0];
        await using var browser = await Browser.LaunchAsync();
        var pages = new (string Name, string Hash, string Selector)[]
        {
            ("overview", "#/", ".counts"),
            ("entities", "#/entities", "table tbody tr"),
            ("entity", "#/entity/" + entity.GetProperty("id").GetString(), "#variants"),
            ("claims", "#/claims", ".claim"),
            ("claims-filtered", "#/claims?stance=deny", "#claim-count"),
            ("contradictions", "#/contradictions", ".contradiction"),
            ("contradiction", "#/contradiction/" + Uri.EscapeDataString(contradiction.GetProperty("key").GetString()!), ".sides"),
            ("timeline", "#/timeline", ".vis-item"),
            ("graph", "#/graph", "#graph canvas"),
            ("documents", "#/documents", "#document-list li"),
            ("document", "#/document/" + document.GetProperty("id").GetString(), "#reader a.entity"),
            ("search", "#/search?q=" + Uri.EscapeDataString(entity.GetProperty("name").GetString()!), "#search-documents li"),
            ("upload", "#/upload", "#drop-zone"),
        };

        foreach (var (name, hash, selector) in pages)
        {
            // When each page is opened
            await browser.OpenAsync(served.BaseUrl + "/" + hash);
            await browser.Page.WaitForSelectorAsync(selector);
            output.WriteLine($"{name}: {await browser.ScreenshotAsync("demo-" + name)}");

            // Then it shows its content, not an error, and the browser reported nothing wrong
            Assert.Equal(0, await browser.Page.Locator("main h1", new() { HasText = "Something went wrong" }).CountAsync());
        }

        Assert.True(browser.Errors.Count == 0, string.Join('\n', browser.Errors));
    }

    [ChromiumFact]
    public async Task Search_finds_a_report_by_a_phrase_of_its_text()
    {
        // Given the demo case served, and a phrase of five words from the middle of one of its reports
        using var served = ServedCase.StartDemo();
        var id = (await served.GetJsonAsync("/api/documents")).GetProperty("items")[2].GetProperty("id").GetString()!;
        var report = await served.GetJsonAsync("/api/documents/" + id);
        var words = report.GetProperty("text").GetString()!.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries);
        var phrase = string.Join(' ', words.Skip(words.Length / 2).Take(5));
        await using var browser = await Browser.LaunchAsync();
        await browser.OpenAsync(served.BaseUrl + "/");

        // When the phrase is typed in the search box
        await browser.Page.FillAsync("#search-box", phrase);
        await browser.Page.PressAsync("#search-box", "Enter");
        await browser.Page.WaitForSelectorAsync("body[data-page=search][data-ready=true]");

        // Then that report is among the reports found, with the matching words marked in its snippet
        var found = browser.Page.Locator("#search-documents li a[href='#/document/" + id + "']");
        Assert.Equal(1, await found.CountAsync());
        Assert.True(await browser.Page.Locator("#search-documents mark").CountAsync() > 0);
        output.WriteLine($"phrase: {phrase}; {await browser.ScreenshotAsync("demo-search-phrase")}");
        Assert.True(browser.Errors.Count == 0, string.Join('\n', browser.Errors));
    }

    [ChromiumFact]
    public async Task The_reader_links_each_highlight_to_its_page()
    {
        // Given a report of the demo case open in the reader
        using var served = ServedCase.StartDemo();
        var id = (await served.GetJsonAsync("/api/documents")).GetProperty("items")[0].GetProperty("id").GetString()!;
        await using var browser = await Browser.LaunchAsync();
        await browser.OpenAsync(served.BaseUrl + "/#/document/" + id);

        // When the first entity highlighted in it is clicked
        var first = browser.Page.Locator("#reader a.entity").First;
        var spelling = await first.TextContentAsync();
        await first.ClickAsync();
        await browser.Page.WaitForSelectorAsync("body[data-page=entity][data-ready=true]");

        // Then the entity's page opens and lists that spelling; the report has dates and claims highlighted too
        Assert.Contains(spelling!, await browser.Page.Locator("#variants").TextContentAsync());
        await browser.OpenAsync(served.BaseUrl + "/#/document/" + id);
        Assert.True(await browser.Page.Locator("#reader a.time").CountAsync() > 0);
        Assert.True(await browser.Page.Locator("#reader .claim-span").CountAsync() > 0);
        Assert.True(browser.Errors.Count == 0, string.Join('\n', browser.Errors));
    }

    internal static string Text(JsonElement e, string name) => e.GetProperty(name).GetString()!;
}
