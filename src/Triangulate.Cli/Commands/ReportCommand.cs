using System.CommandLine;
using Triangulate.Export;

namespace Triangulate.Cli.Commands;

/// <summary><c>triangulate report -o FILE.html</c>: one self-contained page to read and send.</summary>
internal static class ReportCommand
{
    public static Command Create()
    {
        var output = new Option<string>("--output", "-o") { Description = "The HTML file to write (its folder is created if missing).", DefaultValueFactory = _ => "report.html" };
        var title = new Option<string>("--title") { Description = "Title of the report.", DefaultValueFactory = _ => "Triangulate case report" };
        var command = new Command("report", "Write the case as one self-contained HTML page.") { output, title };
        command.SetAction(parse => CliSupport.WithCase(parse, workspace =>
        {
            var path = parse.GetValue(output)!;
            if (!CliSupport.PrepareOutput(path))
            {
                return CliSupport.Failed;
            }

            File.WriteAllText(path, HtmlReport.Render(workspace.CaseFile(), parse.GetValue(title)!));
            Console.WriteLine(CliSupport.Printable($"wrote {path}"));
            return 0;
        }));
        return command;
    }
}
