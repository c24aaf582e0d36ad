using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using Triangulate.Cli.Tests;
using Triangulate.Testing;

namespace Triangulate.Web.Tests;

/// <summary>
/// A real <c>triangulate serve</c> process on 127.0.0.1 (a free port) over a case of its own: a copy of the demo
/// case built once per test run, so each test can change its case without touching the others'.
/// </summary>
internal sealed partial class ServedCase : IDisposable
{
    private static readonly Lazy<string> DemoCase = new(BuildDemoCase);
    private readonly Process _process;
    private readonly List<string> _output = [];

    // The temporary folder this class made for the case, deleted with it; a case served from elsewhere is never deleted.
    private string? _ownedWork;

    private ServedCase(string folder, Process process, string baseUrl)
    {
        Folder = folder;
        _process = process;
        BaseUrl = baseUrl;
        Http = new HttpClient { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(60) };
    }

    /// <summary>The case folder.</summary>
    public string Folder { get; }

    /// <summary>The address the server printed, without the trailing slash.</summary>
    public string BaseUrl { get; }

    public HttpClient Http { get; }

    /// <summary>From starting the process to the address printed (the case view is built before it is printed).</summary>
    public TimeSpan StartupTime { get; private init; }

    /// <summary>The working folder of the test (the case is in it).</summary>
    public string Work => Path.GetDirectoryName(Folder)!;

    /// <summary>A fresh copy of the demo case, with <paramref name="prepare"/> run on it (CLI commands) before serving.</summary>
    public static ServedCase StartDemo(Action<string>? prepare = null, string[]? extra = null)
    {
        var work = TestPaths.NewTempFolder("triangulate-web");
        var folder = Path.Combine(work, "case");
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.GetFiles(DemoCase.Value))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        prepare?.Invoke(folder);
        var served = Start(folder, extra ?? []);
        served._ownedWork = work;
        return served;
    }

    /// <summary>Serves an existing case folder.</summary>
    public static ServedCase Start(string folder, params string[] extra)
    {
        var clock = Stopwatch.StartNew();
        var process = CliRunner.Start(Path.GetDirectoryName(folder)!, ["serve", "--case", folder, "--urls", "http://127.0.0.1:0", .. extra]);
        var lines = new List<string>();
        string? url = null;
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (url is null && DateTime.UtcNow < deadline && process.StandardOutput.ReadLine() is { } line)
        {
            lines.Add(line);
            url = OpenLine().Match(line) is { Success: true } m ? m.Groups[1].Value : null;
        }

        if (url is null)
        {
            // A server that did not come up is stopped here: no test leaves a process behind.
            process.Kill(entireProcessTree: true);
            process.WaitForExit(10_000);
            throw new InvalidOperationException($"serve did not print its address:\n{string.Join('\n', lines)}\n{process.StandardError.ReadToEnd()}");
        }

        // Keep draining both streams so the server never blocks on a full pipe.
        var served = new ServedCase(folder, process, url.TrimEnd('/')) { StartupTime = clock.Elapsed };
        process.ErrorDataReceived += (_, e) => served.Log(e.Data);
        process.BeginErrorReadLine();
        _ = Task.Run(() =>
        {
            while (process.StandardOutput.ReadLine() is { } more)
            {
                served.Log(more);
            }
        });
        return served;
    }

    /// <summary>Runs the CLI on this case, as a user would in another terminal.</summary>
    public CliRunner.Result Cli(params string[] args) => CliRunner.Run(Work, [.. args, "--case", Folder]);

    public async Task<JsonElement> GetJsonAsync(string path)
    {
        using var response = await Http.GetAsync(path);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {path}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>Waits until <paramref name="done"/> holds (the server notices another process's changes every 2 s).</summary>
    public static async Task Eventually(Func<Task<bool>> done, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!await done())
        {
            Assert.True(DateTime.UtcNow < deadline, $"timed out waiting until {what}");
            await Task.Delay(250);
        }
    }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return string.Join('\n', _output);
            }
        }
    }

    private void Log(string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.Add(line);
            }
        }
    }

    private static string BuildDemoCase()
    {
        var work = TestPaths.NewTempFolder("triangulate-web-demo");
        var result = CliRunner.Run(work, "add", Path.Combine(TestPaths.Repository, "samples", "demo"), "--case", "case");
        Assert.True(result.ExitCode == 0, result.Out + result.Err);

        // The copies' source lives as long as the test run.
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                Directory.Delete(work, recursive: true);
            }
            catch (IOException)
            {
                // Left in the temporary folder: harmless.
            }
        };
        return Path.Combine(work, "case");
    }

    public void Dispose()
    {
        Http.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }

        _process.Dispose();
        if (_ownedWork is null)
        {
            return;
        }

        try
        {
            Directory.Delete(_ownedWork, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold a file for a moment; the temporary folder is harmless.
        }
    }

    [GeneratedRegex(@"^Open (http://\S+)")]
    private static partial Regex OpenLine();
}
