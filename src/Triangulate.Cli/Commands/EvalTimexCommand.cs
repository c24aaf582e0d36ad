using System.CommandLine;
using System.Globalization;
using Triangulate.Eval.Timex;

namespace Triangulate.Cli.Commands;

/// <summary><c>triangulate eval timex --data DIR</c>: TempEval-3 scores of the time stage on TimeML files.</summary>
internal static class EvalTimexCommand
{
    public static Command Create()
    {
        var command = new Command("timex", "Score dates and times against TimeML files (TempEval-3 measures).");
        var data = new Option<string>("--data")
        {
            Description = "A folder of .tml files, or the TempEval-3 folder (then --set picks the files).",
            Required = true,
        };
        var set = new Option<string>("--set")
        {
            Description = "With the TempEval-3 folder: 'test' (platinum test, the reported figure) or 'dev' (TBAQ-cleaned).",
            DefaultValueFactory = _ => "test",
        };
        var errors = new Option<string?>("--errors") { Description = "Write every miss, spurious and wrong value to this file." };
        var noSyntax = new Option<bool>("--no-syntax") { Description = "Run the time stage without the syntax stage before it (word cues only)." };
        command.Options.Add(noSyntax);
        command.Options.Add(data);
        command.Options.Add(set);
        command.Options.Add(errors);
        command.SetAction(parseResult =>
        {
            var folders = ResolveFolders(parseResult.GetValue(data)!, parseResult.GetValue(set)!);
            var missing = folders.FirstOrDefault(f => !Directory.Exists(f));
            if (missing is not null)
            {
                Console.Error.WriteLine($"No such folder: {missing}");
                return 2;
            }

            var withSyntax = !parseResult.GetValue(noSyntax);
            var report = TimexEvaluator.Run(folders, withSyntax);
            var folder = string.Join(", ", folders);
            var c = CultureInfo.InvariantCulture;
            Console.WriteLine($"files={report.Files} gold={report.Relaxed.Gold} system={report.Relaxed.System} ({folder})");
            Console.WriteLine($"span strict  {report.Strict}");
            Console.WriteLine($"span relaxed {report.Relaxed}");
            Console.WriteLine(string.Create(c, $"type accuracy={report.TypeAccuracy:F4} type-F1={report.Type.F1:F4}"));
            Console.WriteLine($"value        {report.Value}");
            var stages = withSyntax ? "tokens+syntax+times" : "tokens+times";
            Console.WriteLine(string.Create(c, $"speed {report.Characters / 1e6 / Math.Max(report.Seconds, 1e-9):F2} M chars/s ({stages}, warm, wall clock)"));
            if (parseResult.GetValue(errors) is { } path)
            {
                File.WriteAllLines(path, report.Mistakes);
            }

            Console.WriteLine(string.Create(c, $"overall value-F1={report.Value.F1:F4}"));
            return 0;
        });
        return command;
    }

    /// <summary>The TempEval-3 folder's test set (platinum) or development set (TimeBank and AQUAINT), else the folder itself.</summary>
    private static string[] ResolveFolders(string data, string set)
    {
        var test = Path.Combine(data, "Evaluation", "te3-platinum");
        var dev = Path.Combine(data, "Training", "TBAQ-cleaned");
        if (Directory.Exists(test) || Directory.Exists(dev))
        {
            return set == "dev" ? [Path.Combine(dev, "TimeBank"), Path.Combine(dev, "AQUAINT")] : [test];
        }

        return [data];
    }
}
