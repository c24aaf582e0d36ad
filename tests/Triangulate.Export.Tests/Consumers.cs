using System.Diagnostics;
using System.Text.Json;
using Triangulate.Testing;

namespace Triangulate.Export.Tests;

/// <summary>
/// Runs the real consumers of the exports: node scripts in <c>consumers/</c> over the npm packages that Aleph,
/// TimelineJS and graphology publish (installed by <c>npm ci</c> from its lock file, which <c>.ci/run</c> does), and
/// Debian's Chromium. In CI (<c>CI</c> set) a missing tool fails the test; elsewhere the test says why it is skipped.
/// </summary>
internal static class Consumers
{
    public static string Folder { get; } = Path.Combine(TestPaths.Repository, "tests", "Triangulate.Export.Tests", "consumers");

    public static string Chromium => Environment.GetEnvironmentVariable("CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    private static bool InCi => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));

    /// <summary>Why the consumers cannot run here (null when they can); in CI, a missing tool throws instead.</summary>
    public static string? Missing(bool chromium = false)
    {
        string? missing = null;
        if (FindOnPath("node") is null)
        {
            missing = "node is not on PATH (apt-get install nodejs npm)";
        }
        else if (!Directory.Exists(Path.Combine(Folder, "node_modules")))
        {
            missing = $"the consumers' npm packages are not installed (cd {Folder} && npm ci)";
        }
        else if (chromium && !File.Exists(Chromium))
        {
            missing = $"no Chromium at {Chromium} (apt-get install chromium)";
        }

        if (missing is not null && InCi)
        {
            throw new InvalidOperationException("CI must run the consumer tests, but " + missing + "; .ci/run installs them.");
        }

        return missing;
    }

    /// <summary>Runs a consumer script on a file and parses the JSON line it prints.</summary>
    public static (int ExitCode, JsonElement Result, string Error) Run(string script, params string[] args)
    {
        var info = new ProcessStartInfo(FindOnPath("node")!)
        {
            WorkingDirectory = Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(Folder, script));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["CHROMIUM"] = Chromium;
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"node {script} did not finish in 2 minutes");
        }

        var output = stdout.Result.Trim();
        if (output.Length == 0)
        {
            throw new InvalidOperationException($"node {script} printed nothing (exit {process.ExitCode}): {stderr.Result}");
        }

        using var json = JsonDocument.Parse(output);
        return (process.ExitCode, json.RootElement.Clone(), stderr.Result);
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);
}
