using System.CommandLine;
using Triangulate.Export;

namespace Triangulate.Cli.Commands;

/// <summary><c>triangulate export --format json [-o FILE]</c>: the case file for other tools.</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var format = new Option<string>("--format") { Description = "Export format: json (schema triangulate/1).", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json");
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of standard output (its folder is created if missing)." };
        var command = new Command("export", "Export the case file.") { format, output };
        command.SetAction(parse => CliSupport.WithCase(parse, workspace =>
        {
            var path = parse.GetValue(output);
            if (path is not null && !CliSupport.PrepareOutput(path))
            {
                return CliSupport.Failed;
            }

            var caseFile = workspace.CaseFile();
            if (path is null)
            {
                using var stdout = Console.OpenStandardOutput();
                CaseFileJson.Write(caseFile, stdout);
                stdout.WriteByte((byte)'\n');
            }
            else
            {
                using var file = File.Create(path);
                CaseFileJson.Write(caseFile, file);
                Console.Error.WriteLine(CliSupport.Printable($"wrote {path}"));
            }

            return 0;
        }));
        return command;
    }
}
