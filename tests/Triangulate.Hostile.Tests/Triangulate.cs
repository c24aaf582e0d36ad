using System.Diagnostics;
using System.Globalization;

namespace Triangulate.Hostile.Tests;

/// <summary>
/// Runs the real <c>triangulate</c> program in its own process, as a user (or a scraper's cron job) would, and
/// measures what the suite bounds: wall time and peak resident memory (the kernel's high-water mark, VmHWM, read
/// while the process runs; the program runs inside the <c>dotnet</c> host process, so that is its memory).
/// </summary>
internal static class Triangulate
{
    private static readonly string Program = Path.Combine(AppContext.BaseDirectory, "triangulate.dll");

    /// <summary>What one run did.</summary>
    public sealed record Run(int ExitCode, string Out, string Err, TimeSpan Elapsed, long PeakBytes)
    {
        /// <summary>Peak memory in MB.</summary>
        public double PeakMb => PeakBytes / (1024.0 * 1024.0);

        /// <inheritdoc />
        public override string ToString() =>
            $"exit {ExitCode}, {Elapsed.TotalSeconds:0.00} s, peak {PeakMb:0} MB\nstdout: {Out}\nstderr: {Err}";
    }

    public static Run Execute(string workingDirectory, params string[] args) => Execute(workingDirectory, TimeSpan.FromMinutes(5), args);

    public static Run Execute(string workingDirectory, TimeSpan timeout, params string[] args)
    {
        using var process = Start(workingDirectory, args);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        var clock = Stopwatch.StartNew();
        long peak = 0;
        while (!process.WaitForExit(25))
        {
            peak = Math.Max(peak, PeakResident(process.Id));
            if (clock.Elapsed > timeout)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
                return new Run(-1, stdout.Result, stderr.Result + $"\n(killed after {timeout.TotalSeconds:0} s)", clock.Elapsed, peak);
            }
        }

        clock.Stop();
        return new Run(process.ExitCode, stdout.Result, stderr.Result, clock.Elapsed, peak);
    }

    public static Process Start(string workingDirectory, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Program);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        return Process.Start(info) ?? throw new InvalidOperationException("could not start triangulate");
    }

    // VmHWM from /proc (Linux); 0 elsewhere or once the process is gone, so a bound on it never fails for lack of data
    // but also proves nothing there: the suite's memory bounds are meaningful on Linux, where CI runs.
    private static long PeakResident(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    var kb = line["VmHWM:".Length..].Trim().Split(' ')[0];
                    return long.Parse(kb, CultureInfo.InvariantCulture) * 1024;
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException)
        {
        }

        return 0;
    }
}
