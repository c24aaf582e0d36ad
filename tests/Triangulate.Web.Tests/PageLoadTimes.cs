using System.Diagnostics;
using System.Globalization;
using Triangulate.Cli.Tests;
using Triangulate.Testing;
using Xunit.Abstractions;

namespace Triangulate.Web.Tests;

/// <summary>
/// Page load times of the overview and of the most-reported entity's page, in chromium against a real serve: a
/// measurement behind a switch, not a timed test. Set TRIANGULATE_PAGE_TIMES to case folders or corpus folders/files
/// (a corpus is added to a temporary case first), separated by ';'.
/// </summary>
public sealed class PageLoadTimes(ITestOutputHelper output)
{
    private const int Runs = 15;

    [PageTimesFact]
    public async Task Measure_page_load_times()
    {
        var targets = Environment.GetEnvironmentVariable(PageTimesFactAttribute.Variable)!;
        foreach (var target in targets.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var folder = File.Exists(Path.Combine(target, "case.db")) ? target : AddToTemporaryCase(target);
            using var served = ServedCase.Start(folder);
            var status = await served.GetJsonAsync("/api/status");
            var top = (await served.GetJsonAsync("/api/entities?limit=1")).GetProperty("items")[0];
            var entityId = top.GetProperty("id").GetString()!;
            await using var browser = await Browser.LaunchAsync();
            var overview = await Measure(browser, served.BaseUrl, "#/");
            var entity = await Measure(browser, served.BaseUrl, "#/entity/" + entityId);
            var api = Stopwatch.StartNew();
            await served.GetJsonAsync("/api/overview");
            var overviewApi = api.Elapsed.TotalMilliseconds;
            api.Restart();
            await served.GetJsonAsync("/api/entities/" + entityId);
            var entityApi = api.Elapsed.TotalMilliseconds;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{target} (load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}): {status.GetProperty("documents").GetInt32()} documents; serve ready in {served.StartupTime.TotalSeconds:F1} s; " +
                $"overview {Summary(overview)} (API {overviewApi:F0} ms); entity {entityId} '{top.GetProperty("name").GetString()}' ({top.GetProperty("documents").GetInt32()} reports) {Summary(entity)} (API {entityApi:F0} ms)"));
            Assert.True(browser.Errors.Count == 0, string.Join('\n', browser.Errors));
        }
    }

    /// <summary>
    /// A full page load (HTML, scripts, API calls, rendering) until the page has its content, after one warm-up: as
    /// the browser counts it (navigation start to content, <c>performance.now()</c>) and as the test waits for it.
    /// </summary>
    private static async Task<(List<double> Browser, List<double> Wall)> Measure(Browser browser, string baseUrl, string hash)
    {
        var (inBrowser, wall) = (new List<double>(), new List<double>());
        for (var i = 0; i <= Runs; i++)
        {
            var clock = Stopwatch.StartNew();
            await browser.OpenAsync($"{baseUrl}/?run={i}{hash}");
            if (i > 0)
            {
                wall.Add(clock.Elapsed.TotalMilliseconds);
                inBrowser.Add(double.Parse(await browser.Page.GetAttributeAsync("body", "data-load-ms") ?? "NaN", CultureInfo.InvariantCulture));
            }
        }

        return (inBrowser, wall);
    }

    private static string Summary((List<double> Browser, List<double> Wall) times)
    {
        times.Browser.Sort();
        times.Wall.Sort();
        return string.Create(CultureInfo.InvariantCulture,
            $"median {times.Browser[times.Browser.Count / 2]:F0} ms in the browser ({times.Wall[times.Wall.Count / 2]:F0} ms waited), slowest {times.Browser[^1]:F0} ms, of {times.Browser.Count}");
    }

    private static string AddToTemporaryCase(string corpus)
    {
        var work = TestPaths.NewTempFolder("triangulate-web-times");
        var result = CliRunner.Run(work, "add", Path.GetFullPath(corpus), "--case", "case");
        Assert.True(result.ExitCode is 0 or 1, result.Err);
        return Path.Combine(work, "case");
    }
}

/// <summary>Runs the measurement only when asked to (it takes minutes on a large case), with chromium present.</summary>
public sealed class PageTimesFactAttribute : FactAttribute
{
    public const string Variable = "TRIANGULATE_PAGE_TIMES";

    public PageTimesFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(Variable)))
        {
            Skip = $"a measurement: set {Variable}=CASE_OR_CORPUS[;...] to run it";
        }
        else if (!File.Exists(Browser.ChromiumPath))
        {
            Skip = $"no chromium at {Browser.ChromiumPath}";
        }
    }
}
