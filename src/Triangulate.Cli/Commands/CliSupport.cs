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
        Description = "The case: a folder, or a PostgreSQL case (postgres://user@host/db?schema=NAME or Host=...;Database=...). Default: $TRIANGULATE_CASE, else ./.triangulate.",
        DefaultValueFactory = _ => CaseLocation.Default,
        Recursive = true,
        Validators = { result => { if (CaseLocation.Problem(result.GetValueOrDefault<string>() ?? string.Empty) is { } problem) { result.AddError(problem); } } },
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
            var shown = CaseLocation.Shown(folder);
            Console.Error.WriteLine($"triangulate: no case in '{shown}': run `triangulate add PATH --case {(shown == folder ? folder : "URL")}` first.");
            return null;
        }

        return Open(folder);
    }

    /// <summary>Opens (creating if needed) a case whose waits and notices are told on stderr, one line each.</summary>
    public static CaseWorkspace Open(string folder)
    {
        var workspace = CaseWorkspace.Open(folder);
        workspace.Waiting = holder => Console.Error.WriteLine(holder is null
            ? "waiting for the case: another process is writing to it"
            : $"waiting for the case: another {holder.Command} is running, pid {holder.Pid}");
        workspace.Notice = notice => Console.Error.WriteLine(Printable($"triangulate: {notice}"));
        return workspace;
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

    /// <summary>
    /// Makes ready to write an output file: its folder is created when missing (like <c>mkdir -p</c>); returns false,
    /// having said why on stderr in one line, when that is impossible (a file where a folder should be, no permission).
    /// </summary>
    public static bool PrepareOutput(string path)
    {
        try
        {
            if (Path.GetDirectoryName(Path.GetFullPath(path)) is { Length: > 0 } folder)
            {
                Directory.CreateDirectory(folder);
            }

            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            Console.Error.WriteLine(Printable($"triangulate: cannot write '{path}': {ex.Message}"));
            return false;
        }
    }

    /// <summary>
    /// Accepts only one of <paramref name="allowed"/> (in any case) for <paramref name="option"/>; anything else is a
    /// usage error that names the allowed values.
    /// </summary>
    public static Option<string?> OneOf(this Option<string?> option, IReadOnlyList<string> allowed)
    {
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } value && !allowed.Contains(value, StringComparer.OrdinalIgnoreCase))
            {
                result.AddError($"{option.Name} '{value}' is not one of: {string.Join(", ", allowed)}");
            }
        });
        return option;
    }

    /// <summary>
    /// Text as it may appear in a one-line message: control characters (a newline in a file name, an escape
    /// sequence) and the invisible direction overrides are written as escapes, so a hostile file name can neither
    /// break the one-line-per-error promise nor rewrite the terminal.
    /// </summary>
    public static string Printable(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Any(NeedsEscape))
        {
            return text;
        }

        var builder = new System.Text.StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when NeedsEscape(c) => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }

    private static bool NeedsEscape(char c) =>
        char.IsControl(c) || c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\u200E' or '\u200F';

    /// <summary>Shortens text to one line of at most <paramref name="max"/> characters.</summary>
    public static string OneLine(string text, int max = 160)
    {
        var line = string.Join(' ', text.Split((char[])['\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries)).Trim();
        return line.Length <= max ? line : line[..(max - 1)] + "…";
    }
}
