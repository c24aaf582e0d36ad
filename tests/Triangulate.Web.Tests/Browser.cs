using Microsoft.Playwright;

namespace Triangulate.Web.Tests;

/// <summary>
/// Debian's chromium driven by Playwright, headless, with a fresh profile; it records every console error, page
/// error and failed request, so a test can say that a page opened cleanly.
/// </summary>
internal sealed class Browser : IAsyncDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly IPlaywright _playwright;
    private readonly string _profile;

    private Browser(IPlaywright playwright, IBrowserContext context, IPage page, string profile)
    {
        _playwright = playwright;
        Context = context;
        Page = page;
        _profile = profile;
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                Errors.Add($"console: {message.Text}");
            }
        };
        page.PageError += (_, error) => Errors.Add($"page error: {error}");
        // A request the page itself cancels (an event stream closed once the upload is done) is no failure.
        page.RequestFailed += (_, request) =>
        {
            if (request.Failure != "net::ERR_ABORTED")
            {
                Errors.Add($"request failed: {request.Url} {request.Failure}");
            }
        };
    }

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    public List<string> Errors { get; } = [];

    public static async Task<Browser> LaunchAsync()
    {
        var profile = Path.Combine(Path.GetTempPath(), "triangulate-web-profile-" + Guid.NewGuid().ToString("N"));
        var playwright = await Playwright.CreateAsync();
        var context = await playwright.Chromium.LaunchPersistentContextAsync(profile, new BrowserTypeLaunchPersistentContextOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            Timeout = 60_000,
        });
        context.SetDefaultTimeout(30_000);
        var page = context.Pages.Count > 0 ? context.Pages[0] : await context.NewPageAsync();
        return new Browser(playwright, context, page, profile);
    }

    /// <summary>Opens a page of the application and waits until it has its content.</summary>
    public async Task OpenAsync(string url)
    {
        await Page.GotoAsync(url);
        await WaitReadyAsync();
    }

    public Task WaitReadyAsync() => Page.WaitForSelectorAsync("body[data-ready=true]", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached });

    /// <summary>Screenshots go to a folder outside the repository (TRIANGULATE_SCREENSHOTS or the temporary folder).</summary>
    public async Task<string> ScreenshotAsync(string name)
    {
        var folder = Environment.GetEnvironmentVariable("TRIANGULATE_SCREENSHOTS") is { Length: > 0 } set
            ? set
            : Path.Combine(Path.GetTempPath(), "triangulate-web-screenshots");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name + ".png");
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = false });
        return path;
    }

    public async ValueTask DisposeAsync()
    {
        await Context.CloseAsync();
        _playwright.Dispose();
        try
        {
            Directory.Delete(_profile, recursive: true);
        }
        catch (IOException)
        {
            // A profile folder left in the temporary folder is harmless.
        }
    }
}
