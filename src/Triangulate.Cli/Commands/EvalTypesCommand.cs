using System.CommandLine;
using Triangulate.Eval.Ner;

namespace Triangulate.Cli.Commands;

/// <summary>
/// <c>triangulate eval types --data FILE --map re3d</c>: precision, recall and F1 per news type of the whole entity
/// stage (recogniser, types, resolution) on a CoNLL-format file whose labels are mapped onto news types.
/// </summary>
internal static class EvalTypesCommand
{
    public static Command Create()
    {
        var data = new Option<string?>("--data") { Description = "A CoNLL-format file (IOB1 or IOB2)." };
        var show = new Option<string?>("--show") { Description = "Instead of scoring, print the mentions the stage finds in a text file or in the .txt files of a folder." };
        var map = new Option<string>("--map")
        {
            Description = "How the data's labels map onto news types: re3d (Person, Organisation, Location, Weapon and MilitaryPlatform, Nationality).",
            DefaultValueFactory = _ => "re3d",
        };
        var all = new Option<bool>("--all-mentions") { Description = "Count every gold mention, nominal ones (\"the group\", \"tanks\") and pronouns included; by default only names." };
        var showErrors = new Option<bool>("--errors") { Description = "List missed and wrong mentions on standard error (with --show: print each mention's context)." };
        var command = new Command("types", "Score the whole entity stage per news type on a CoNLL-format file with mapped labels.");
        command.Options.Add(data);
        command.Options.Add(map);
        command.Options.Add(all);
        command.Options.Add(showErrors);
        command.Options.Add(show);
        command.SetAction(parse =>
        {
            if (parse.GetValue(show) is { } target)
            {
                var files = Directory.Exists(target) ? Directory.GetFiles(target, "*.txt").Order(StringComparer.Ordinal).ToArray() : [target];
                foreach (var file in files)
                {
                    Console.WriteLine($"== {file}");
                    var text = File.ReadAllText(file);
                    foreach (var m in TypedEvaluation.Mentions(text))
                    {
                        var context = text[Math.Max(0, m.Start - 30)..Math.Min(text.Length, m.End + 30)].ReplaceLineEndings(" ");
                        Console.WriteLine($"{m.Type,-8} {m.Text}" + (m.Canonical != m.Text ? $"  -> {m.Canonical}" : string.Empty) +
                            (m.Title is null ? string.Empty : $"  [title: {m.Title}]") + (parse.GetValue(showErrors) ? $"  | {context}" : string.Empty));
                    }
                }

                return 0;
            }

            if (parse.GetValue(data) is not { } dataPath)
            {
                Console.Error.WriteLine("triangulate: give --data FILE (or --show FILE).");
                return 2;
            }

            if (!string.Equals(parse.GetValue(map), "re3d", StringComparison.OrdinalIgnoreCase))
            {
                Console.Error.WriteLine($"triangulate: unknown label map '{parse.GetValue(map)}' (known: re3d).");
                return 2;
            }

            var documents = ConllReader.Read(dataPath);
            var result = TypedEvaluation.Evaluate(documents, TypedEvaluation.Re3dGold, parse.GetValue(all) ? GoldMentions.All : GoldMentions.Names);
            if (parse.GetValue(showErrors))
            {
                foreach (var line in result.Errors)
                {
                    Console.Error.WriteLine(line);
                }
            }

            foreach (var line in result.Lines())
            {
                Console.WriteLine(line);
            }

            return 0;
        });
        return command;
    }
}
