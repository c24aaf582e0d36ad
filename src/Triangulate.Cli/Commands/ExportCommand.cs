using System.CommandLine;
using Triangulate.Export;

namespace Triangulate.Cli.Commands;

/// <summary><c>triangulate export --format json|csv|ftm|timelinejs|graphml|gexf [-o PATH]</c>: the case for other tools.</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var format = new Option<string>("--format")
        {
            Description = "Export format (README: what each holds).",
            DefaultValueFactory = _ => "json",
        };
        format.AcceptOnlyFromAmong([.. CaseExporters.Formats]);
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file (a folder or .zip for csv) instead of standard output; a missing folder is created." };
        var command = new Command("export", "Export the case for other tools, with the report, span and source chain of everything in it.") { format, output };
        command.SetAction(parse =>
        {
            var exporter = CaseExporters.Find(parse.GetValue(format)!)!;
            var path = parse.GetValue(output);
            if (path is null && !exporter.WritesStream)
            {
                Console.Error.WriteLine($"triangulate: {exporter.Format} writes one file per layer: give -o FOLDER or -o FILE.zip.");
                return CliSupport.UsageError;
            }

            // A missing output folder is created, as `mkdir -p` would.
            if (path is not null && !CliSupport.PrepareOutput(path))
            {
                return CliSupport.Failed;
            }

            return CliSupport.WithCase(parse, workspace =>
            {
                var caseFile = workspace.CaseFile();
                try
                {
                    if (path is null)
                    {
                        using var stdout = Console.OpenStandardOutput();
                        exporter.Write(caseFile, stdout);
                        return 0;
                    }

                    exporter.WriteTo(caseFile, path);
                }
                catch (ExportException ex)
                {
                    Console.Error.WriteLine($"triangulate: no {exporter.Format} export: {ex.Message}.");
                    return CliSupport.Failed;
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    Console.Error.WriteLine(CliSupport.Printable($"triangulate: cannot write '{path}': {ex.Message}"));
                    return CliSupport.Failed;
                }

                Console.Error.WriteLine(CliSupport.Printable($"wrote {path}"));
                return 0;
            });
        });
        return command;
    }
}
