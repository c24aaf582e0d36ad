using System.CommandLine;
using Triangulate.Eval.Html;

namespace Triangulate.Cli.Commands;

/// <summary><c>triangulate eval html --data DIR</c>: article text and citation metadata against Readability's test pages.</summary>
internal static class EvalHtmlCommand
{
    public static Command Create()
    {
        var command = new Command("html", "Score article text, title, date, authors and canonical URL of HTML pages (Readability's test pages).");
        var data = new Option<string>("--data") { Description = "A folder of page folders (source.html, expected.html, expected-metadata.json) and dates.json.", Required = true };
        command.Options.Add(data);
        command.SetAction(parseResult =>
        {
            var folder = parseResult.GetValue(data)!;
            if (!Directory.Exists(folder))
            {
                Console.Error.WriteLine($"No such folder: {folder}");
                return 2;
            }

            foreach (var line in HtmlEvaluation.Run(folder).Lines())
            {
                Console.WriteLine(line);
            }

            return 0;
        });
        return command;
    }
}
