using System.CommandLine;
using System.Globalization;
using Spectre.Console;

namespace Triangulate.Cli.Commands;

/// <summary><c>triangulate documents</c>: the reports a case holds, one a line.</summary>
internal static class DocumentsCommand
{
    public static Command Create()
    {
        var command = new Command("documents", "List the case's documents: id, file, title, outlet, date and claims.");
        command.SetAction(parse => CliSupport.WithCase(parse, workspace =>
        {
            // Read from the documents table alone: listing a case of 100,000 reports needs no resolution.
            var documents = workspace.Store.DocumentSummaries();
            var table = new Table().AddColumns("id", "file", "title", "outlet", "date", "claims");
            foreach (var d in documents)
            {
                table.AddRow(
                    Markup.Escape(d.Id[..12]),
                    Markup.Escape(CliSupport.Printable(d.Name)),
                    Markup.Escape(CliSupport.OneLine(d.Title ?? string.Empty, 60)),
                    Markup.Escape(CliSupport.OneLine(d.Source ?? string.Empty, 30)),
                    Markup.Escape(d.Published is null ? string.Empty : d.PublishedInferred ? d.Published + " (inferred)" : d.Published),
                    d.Claims.ToString(CultureInfo.InvariantCulture));
            }

            CliSupport.Out.Write(table);
            Console.WriteLine($"{documents.Count} documents");
            return 0;
        }));
        return command;
    }
}
