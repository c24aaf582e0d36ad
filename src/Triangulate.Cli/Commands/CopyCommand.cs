using System.CommandLine;
using Triangulate.Cases;

namespace Triangulate.Cli.Commands;

/// <summary><c>triangulate copy --from CASE --to CASE</c>: a case moved between stores (SQLite and PostgreSQL).</summary>
internal static class CopyCommand
{
    public static Command Create()
    {
        var from = CaseArgument("--from", "The case to copy: a folder or a PostgreSQL case.");
        var to = CaseArgument("--to", "The new case: a folder or a PostgreSQL case; it must be empty (created when missing).");
        var command = new Command("copy", "Copy a case with its decisions to another store (a folder to PostgreSQL, or back); the copy's export equals the original's.") { from, to };
        command.SetAction(parse =>
        {
            var source = parse.GetValue(from)!;
            var target = parse.GetValue(to)!;
            if (!CaseWorkspace.Exists(source))
            {
                Console.Error.WriteLine(CliSupport.Printable($"triangulate: no case in '{CaseLocation.Shown(source)}' to copy"));
                return CliSupport.UsageError;
            }

            using var original = CliSupport.Open(source);
            using var copy = CliSupport.Open(target);
            try
            {
                Console.Error.WriteLine("copying the documents, then resolving them in the new case...");
                var (documents, decisions) = copy.CopyFrom(original);
                Console.WriteLine(CliSupport.Printable($"copied {documents} documents and {decisions} decisions from '{original.Display}' to '{copy.Display}'"));
                return 0;
            }
            catch (InvalidOperationException ex)
            {
                Console.Error.WriteLine(CliSupport.Printable($"triangulate: {ex.Message}"));
                return CliSupport.Failed;
            }
        });
        return command;
    }

    private static Option<string> CaseArgument(string name, string description)
    {
        var option = new Option<string>(name) { Description = description, Required = true };
        option.Validators.Add(result =>
        {
            if (CaseLocation.Problem(result.GetValueOrDefault<string>() ?? string.Empty) is { } problem)
            {
                result.AddError(problem.Replace("--case", name, StringComparison.Ordinal));
            }
        });
        return option;
    }
}
