using System.Text;
using System.Text.Json;
using Microsoft.Playwright;
using Triangulate.Cli.Tests;
using Xunit.Abstractions;

namespace Triangulate.Web.Tests;

/// <summary>Reports added through the browser, and reports that try to run script in it.</summary>
public sealed class UploadTests(ITestOutputHelper output)
{
    private const string Report =
        "ORDMARK, June 3, 2025 - The harbour board of Ordmark approved a new ferry contract on Tuesday, a spokesman said. " +
        "The board will pay 12 million euros for two ferries, according to the minutes of the meeting. " +
        "Critics said the price was too high.";

    [ChromiumFact]
    public async Task A_report_uploaded_in_the_browser_appears_in_the_case()
    {
        // Given the demo case served and the upload page open
        using var served = ServedCase.StartDemo();
        await using var browser = await Browser.LaunchAsync();
        await browser.OpenAsync(served.BaseUrl + "/#/upload");

        // When a report whose file name carries markup is chosen for upload
        // (no double quote: browsers send it as %22 in a multipart file name)
        const string name = "<img src=x onerror=window.pwned=1>ferry.txt";
        await browser.Page.SetInputFilesAsync("#upload-input", new FilePayload { Name = name, MimeType = "text/plain", Buffer = Encoding.UTF8.GetBytes(Report) });

        // Then the progress bar runs to the end and the report is listed under its name, as text
        await browser.Page.WaitForSelectorAsync("#uploaded-documents li", new() { Timeout = 120_000 });
        Assert.Equal("100", await browser.Page.GetAttributeAsync("#upload-progress", "value"));
        Assert.Contains(name, await browser.Page.Locator("#uploaded-documents").TextContentAsync());
        output.WriteLine(await browser.ScreenshotAsync("demo-uploaded"));
        await browser.OpenAsync(served.BaseUrl + "/#/documents");
        Assert.Contains(name, await browser.Page.Locator("#document-list").TextContentAsync());
        Assert.Equal(6, (await served.GetJsonAsync("/api/status")).GetProperty("documents").GetInt32());
        Assert.True(await browser.Page.EvaluateAsync<bool>("() => window.pwned === undefined"));
        Assert.True(browser.Errors.Count == 0, string.Join('\n', browser.Errors));
    }

    [ChromiumFact]
    public async Task A_report_carrying_script_in_its_text_title_and_name_shows_it_as_text_and_runs_nothing()
    {
        // Given a case holding a report whose name, title and text carry script tags and event handlers
        const string title = "<script>window.pwned='title'</script><b onmouseover=\"window.pwned='hover'\">Ordmark ferry deal</b>";
        const string name = "<img src=x onerror=\"window.pwned='name'\">.txt";
        var text = Report + " <script>window.pwned='text'</script> The board's chair <img src=x onerror=\"window.pwned='img'\"> said " +
            "\"><svg onload=\"window.pwned='svg'\"> the ferries would arrive in 2026. <a href=\"javascript:window.pwned='link'\">click</a>";
        using var served = ServedCase.StartDemo(folder =>
        {
            var file = Path.Combine(Path.GetDirectoryName(folder)!, "hostile.jsonl");
            File.WriteAllText(file, JsonSerializer.Serialize(new { text, title, name, published = "2025-06-03" }) + "\n");
            Assert.Equal(0, CliRunner.Run(Path.GetDirectoryName(folder)!, "add", file, "--case", folder).ExitCode);
        });
        var id = (await served.GetJsonAsync("/api/documents?q=ferry")).GetProperty("items")[0].GetProperty("id").GetString()!;
        await using var browser = await Browser.LaunchAsync();

        // When every page that shows it is opened (and hovered where a handler would fire)
        foreach (var hash in new[] { "#/", "#/documents", "#/document/" + id, "#/search?q=ferries", "#/claims?doc=" + id, "#/timeline" })
        {
            await browser.OpenAsync(served.BaseUrl + "/" + hash);
            await browser.Page.Locator("main").HoverAsync();
            output.WriteLine($"{hash}: {await browser.ScreenshotAsync("hostile-" + hash.Trim('#', '/').Replace('/', '-').Replace('?', '-'))}");

            // Then no script ran, no element came from the report, and the markup is shown as text
            Assert.True(await browser.Page.EvaluateAsync<bool>("() => window.pwned === undefined"), $"script ran on {hash}");
            Assert.Equal(0, await browser.Page.Locator("main img, main svg, main script, main [onmouseover], main [onerror], main [onload], main a[href^='javascript']").CountAsync());
        }

        await browser.OpenAsync(served.BaseUrl + "/#/document/" + id);
        var page = await browser.Page.Locator("main").TextContentAsync();
        Assert.Contains("<script>window.pwned='text'</script>", page);
        Assert.Contains("<script>window.pwned='title'</script>", page);
        Assert.Contains(name, page);
        Assert.True(browser.Errors.Count == 0, string.Join('\n', browser.Errors));
    }
}
