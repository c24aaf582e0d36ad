using System.CommandLine;
using Spectre.Console;

namespace Triangulate.Cli.Commands;

/// <summary><c>triangulate timeline</c>: one timeline across all reports.</summary>
internal static class TimelineCommand
{
    public static Command Create()
    {
        var command = new Command("timeline", "Show dated claims across all reports, in order.");
        command.SetAction(parse =>
        {
            using var workspace = CliSupport.OpenExisting(parse);
            if (workspace is null)
            {
                return CliSupport.UsageError;
            }

            var caseFile = workspace.CaseFile();
            var docs = caseFile.Documents.ToDictionary(d => d.Id, d => d.Name);
            var table = new Table().AddColumns("when", "precision", "what", "documents");
            foreach (var entry in caseFile.Timeline)
            {
                table.AddRow(
                    Markup.Escape(entry.When),
                    Markup.Escape(entry.Precision),
                    Markup.Escape(CliSupport.OneLine(entry.Summary, 140)),
                    Markup.Escape(string.Join(", ", entry.Documents.Select(d => docs.GetValueOrDefault(d, d)))));
            }

            CliSupport.Out.Write(table);
            Console.WriteLine($"{caseFile.Timeline.Count} timeline entries");
            return 0;
        });
        return command;
    }
}
