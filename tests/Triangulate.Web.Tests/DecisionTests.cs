using Xunit.Abstractions;

namespace Triangulate.Web.Tests;

/// <summary>Decisions made in the browser are the case's decisions: the CLI sees them, and later adds honour them.</summary>
public sealed class DecisionTests(ITestOutputHelper output)
{
    [ChromiumFact]
    public async Task Two_entities_merged_in_the_browser_are_one_for_the_cli()
    {
        // Given the demo case served, and two entities of one type that resolution kept apart
        using var served = ServedCase.StartDemo();
        var entities = (await served.GetJsonAsync("/api/entities?limit=500")).GetProperty("items").EnumerateArray().ToList();
        var pair = entities.GroupBy(e => PageTests.Text(e, "type")).First(g => g.Count() >= 2).TakeLast(2).ToList();
        var (a, b) = (pair[0], pair[1]);
        await using var browser = await Browser.LaunchAsync();
        await browser.OpenAsync($"{served.BaseUrl}/#/entity/{PageTests.Text(a, "id")}");

        // When the second is merged into the first on the first one's page
        await browser.Page.FillAsync("#merge-with", PageTests.Text(b, "id"));
        await browser.Page.ClickAsync("#merge-form button");
        await browser.Page.WaitForSelectorAsync("p.notice:has-text('merged')");
        output.WriteLine(await browser.ScreenshotAsync("demo-merged"));

        // Then the page shows both spellings, and `triangulate entities` lists them as one entity
        var variants = await browser.Page.Locator("#variants").TextContentAsync();
        Assert.Contains(PageTests.Text(a, "name"), variants);
        Assert.Contains(PageTests.Text(b, "name"), variants);
        var explain = served.Cli("entities", "--explain", PageTests.Text(b, "name"));
        output.WriteLine(explain.Out + explain.Err);
        Assert.Equal(0, explain.ExitCode);
        var spellings = explain.Out[explain.Out.IndexOf("spellings:", StringComparison.Ordinal)..];
        Assert.Contains(PageTests.Text(a, "name"), spellings);
        Assert.Contains(PageTests.Text(b, "name"), spellings);
        Assert.Contains("merged by decision", explain.Out);
        Assert.True(browser.Errors.Count == 0, string.Join('\n', browser.Errors));
    }

    [ChromiumFact]
    public async Task An_entity_rejected_in_the_browser_stays_gone_after_a_new_add()
    {
        // Given the demo case served, and an entity named in one report
        using var served = ServedCase.StartDemo();
        var entities = (await served.GetJsonAsync("/api/entities?limit=500")).GetProperty("items").EnumerateArray().ToList();
        var target = entities.Last();
        var (id, name) = (PageTests.Text(target, "id"), PageTests.Text(target, "name"));
        var detail = await served.GetJsonAsync("/api/entities/" + id);
        var reportId = PageTests.Text(detail.GetProperty("variants")[0].GetProperty("documents")[0], "id");
        await using var browser = await Browser.LaunchAsync();
        await browser.OpenAsync($"{served.BaseUrl}/#/entity/{id}");

        // When it is rejected in the browser
        await browser.Page.ClickAsync("#reject-form button");
        await browser.Page.WaitForSelectorAsync("body[data-page=entities] p.notice:has-text('rejected')");
        Assert.False(await HasEntity(served, name), $"'{name}' is still an entity after it was rejected");

        // and a new report naming it again is added from the command line
        var report = await served.GetJsonAsync("/api/documents/" + reportId);
        var file = Path.Combine(served.Work, "again.txt");
        await File.WriteAllTextAsync(file, PageTests.Text(report, "text") + "\n\nThis report was updated since.\n");
        var add = served.Cli("add", file);
        Assert.True(add.ExitCode == 0, add.Out + add.Err);

        // Then, once the server shows the new report, the entity is still gone: in the browser and for the CLI
        await ServedCase.Eventually(async () => (await served.GetJsonAsync("/api/status")).GetProperty("documents").GetInt32() == 6, "the server shows the new report");
        Assert.False(await HasEntity(served, name), $"'{name}' came back after a new add");
        await browser.OpenAsync($"{served.BaseUrl}/#/entities?q={Uri.EscapeDataString(name)}");
        Assert.Equal(0, await browser.Page.Locator($"table tbody a:text-is(\"{name.Replace("\"", "\\\"", StringComparison.Ordinal)}\")").CountAsync());
        Assert.Equal(1, served.Cli("entities", "--explain", name).ExitCode);
        Assert.True(browser.Errors.Count == 0, string.Join('\n', browser.Errors));
    }

    private static async Task<bool> HasEntity(ServedCase served, string spelling)
    {
        var page = await served.GetJsonAsync("/api/entities?limit=500&q=" + Uri.EscapeDataString(spelling));
        foreach (var e in page.GetProperty("items").EnumerateArray())
        {
            var detail = await served.GetJsonAsync("/api/entities/" + PageTests.Text(e, "id"));
            if (detail.GetProperty("variants").EnumerateArray().Any(v => PageTests.Text(v, "text") == spelling))
            {
                return true;
            }
        }

        return false;
    }
}
