using System.CommandLine;
using Triangulate.Cases;
using Triangulate.Readers;
using Triangulate.Web;

namespace Triangulate.Cli.Commands;

/// <summary><c>triangulate serve [--urls URL] [--token T] [--demo]</c>: the web application and HTTP API of a case.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var urls = new Option<string>("--urls") { Description = $"Where to listen (default {WebServerOptions.DefaultUrl}; port 0 picks a free one). Any address but loopback needs --token.", DefaultValueFactory = _ => WebServerOptions.DefaultUrl };
        var token = new Option<string?>("--token") { Description = "An access token every request must show (header or login page); required to listen beyond this machine. Default: $TRIANGULATE_TOKEN." };
        var demo = new Option<bool>("--demo") { Description = "Serve the sample case (built in a temporary folder) instead of --case." };
        var command = new Command("serve", "Work the case in a browser: the web application and the HTTP API (OpenAPI at /openapi/v1.json).") { urls, token, demo };
        command.SetAction(async (parse, cancellation) =>
        {
            var folder = parse.GetValue(CliSupport.CaseOption)!;
            string? temporary = null;
            if (parse.GetValue(demo))
            {
                temporary = Path.Combine(Path.GetTempPath(), "triangulate-serve-demo-" + Guid.NewGuid().ToString("N")[..8]);
                folder = Path.Combine(temporary, "case");
                Console.WriteLine("Building the sample case...");
                using var workspace = CaseWorkspace.Open(folder);
                workspace.Add(DemoCommand.WriteSampleReports(Path.Combine(temporary, "reports")), ReaderOptions.Default);
            }
            else if (!CaseWorkspace.Exists(folder))
            {
                Console.Error.WriteLine($"triangulate: no case in '{folder}': run `triangulate add PATH --case {folder}` first, or `triangulate serve --demo`.");
                return CliSupport.UsageError;
            }

            var options = new WebServerOptions(folder, parse.GetValue(urls)!, parse.GetValue(token) ?? NullIfEmpty(Environment.GetEnvironmentVariable("TRIANGULATE_TOKEN")));
            if (WebServer.Check(options) is { } problem)
            {
                Console.Error.WriteLine($"triangulate: {problem}");
                return CliSupport.UsageError;
            }

            try
            {
                await WebServer.RunAsync(options, Console.Out, cancellation);
                return 0;
            }
            catch (IOException ex)
            {
                // Most often the port is taken by another program.
                Console.Error.WriteLine($"triangulate: cannot listen on {options.Urls}: {ex.Message}");
                return CliSupport.Failed;
            }
            finally
            {
                if (temporary is not null)
                {
                    TryDelete(temporary);
                }
            }
        });
        return command;
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder left behind is harmless.
        }
    }
}
