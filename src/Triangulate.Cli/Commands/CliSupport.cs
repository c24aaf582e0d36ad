using System.CommandLine;
using Spectre.Console;
using Triangulate.Cases;

namespace Triangulate.Cli.Commands;

/// <summary>What every command shares: the <c>--case</c> option and the two consoles.</summary>
internal static class CliSupport
{
    /// <summary>Exit code when an input was rejected or a lookup failed.</summary>
    public const int Failed = 1;

    /// <summary>Exit code for a usage error (no case, bad option).</summary>
    public const int UsageError = 2;

    /// <summary><c>--case DIR</c>, inherited by every subcommand; defaults to <c>./.triangulate</c>.</summary>
    public static readonly Option<string> CaseOption = new("--case")
    {
        Description = "The case folder (default: ./.triangulate).",
        DefaultValueFactory = _ => Path.Combine(".", ".triangulate"),
        Recursive = true,
    };

    /// <summary>Standard output, for results.</summary>
    public static IAnsiConsole Out { get; } = CreateOut();

    /// <summary>Standard error, for progress, warnings and rejections.</summary>
    public static IAnsiConsole Err { get; } = AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(Console.Error),
    });

    private static IAnsiConsole CreateOut()
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out) });

        // Redirected output (a file, a pipe, a test) gets wide lines instead of the 80-column default.
        if (Console.IsOutputRedirected)
        {
            console.Profile.Width = 200;
        }

        return console;
    }

    /// <summary>Opens an existing case, or prints why not and returns null.</summary>
    public static CaseWorkspace? OpenExisting(ParseResult parse)
    {
        var folder = parse.GetValue(CaseOption)!;
        if (!CaseWorkspace.Exists(folder))
        {
            Console.Error.WriteLine($"triangulate: no case in '{folder}': run `triangulate add PATH --case {folder}` first.");
            return null;
        }

        return CaseWorkspace.Open(folder);
    }

    /// <summary>Runs <paramref name="action"/> on the existing case, or returns the usage error when there is none.</summary>
    public static int WithCase(ParseResult parse, Func<CaseWorkspace, int> action)
    {
        using var workspace = OpenExisting(parse);
        return workspace is null ? UsageError : action(workspace);
    }

    /// <summary>Runs <paramref name="action"/> on the case file, with document names by id.</summary>
    public static int WithCaseFile(ParseResult parse, Func<CaseWorkspace, Export.CaseFile, Dictionary<string, string>, int> action) =>
        WithCase(parse, workspace =>
        {
            var caseFile = workspace.CaseFile();
            return action(workspace, caseFile, caseFile.Documents.ToDictionary(d => d.Id, d => d.Name));
        });

    /// <summary>Shortens text to one line of at most <paramref name="max"/> characters.</summary>
    public static string OneLine(string text, int max = 160)
    {
        var line = string.Join(' ', text.Split((char[])['\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries)).Trim();
        return line.Length <= max ? line : line[..(max - 1)] + "…";
    }
}
