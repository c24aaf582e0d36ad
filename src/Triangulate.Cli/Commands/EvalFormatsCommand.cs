using System.CommandLine;
using Triangulate.Eval.Formats;

namespace Triangulate.Cli.Commands;

/// <summary><c>triangulate eval formats --data DIR [--count 100] [--ocr 20]</c>: PDF, OCR and Word against their source text.</summary>
internal static class EvalFormatsCommand
{
    public static Command Create()
    {
        var command = new Command("formats", "Convert plain-text reports to PDF (one and two columns), image-only PDF and Word with LibreOffice, read them back and score them against the text.");
        var data = new Option<string>("--data") { Description = "A folder of plain-text reports (first line the headline), e.g. ../shared/data/news/bbc.", Required = true };
        var count = new Option<int>("--count") { Description = "How many reports to convert.", DefaultValueFactory = _ => 100 };
        var ocr = new Option<int>("--ocr") { Description = "How many of them to read as image-only PDFs (OCR takes seconds a page).", DefaultValueFactory = _ => 20 };
        var keep = new Option<string?>("--keep") { Description = "Keep the converted files in this folder (to look at the mistakes)." };
        command.Options.Add(keep);
        command.Options.Add(data);
        command.Options.Add(count);
        command.Options.Add(ocr);
        command.SetAction(parseResult =>
        {
            var folder = parseResult.GetValue(data)!;
            if (!Directory.Exists(folder))
            {
                Console.Error.WriteLine($"No such folder: {folder}");
                return 2;
            }

            if (!OfficeSamples.Available)
            {
                Console.Error.WriteLine($"eval formats needs soffice and pdftoppm: install the Debian packages {OfficeSamples.Packages}");
                return 2;
            }

            var work = parseResult.GetValue(keep) ?? Path.Combine(Path.GetTempPath(), $"triangulate-formats-{Guid.NewGuid():N}");
            try
            {
                foreach (var line in FormatsEvaluation.Run(folder, parseResult.GetValue(count), parseResult.GetValue(ocr), work).Lines())
                {
                    Console.WriteLine(line);
                }
            }
            finally
            {
                if (parseResult.GetValue(keep) is null)
                {
                    Directory.Delete(work, recursive: true);
                }
            }

            return 0;
        });
        return command;
    }
}
