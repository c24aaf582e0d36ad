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
        var data = new Option<string>("--data") { Description = "A CoNLL-format file (IOB1 or IOB2).", Required = true };
        var map = new Option<string>("--map")
        {
            Description = "How the data's labels map onto news types: re3d (Person, Organisation, Location, Weapon and MilitaryPlatform, Nationality).",
            DefaultValueFactory = _ => "re3d",
        };
        var all = new Option<bool>("--all-mentions") { Description = "Count every gold mention, nominal ones (\"the group\", \"tanks\") and pronouns included; by default only names." };
        var showErrors = new Option<bool>("--errors") { Description = "List missed and wrong mentions on standard error." };
        var command = new Command("types", "Score the whole entity stage per news type on a CoNLL-format file with mapped labels.");
        command.Options.Add(data);
        command.Options.Add(map);
        command.Options.Add(all);
        command.Options.Add(showErrors);
        command.SetAction(parse =>
        {
            if (!string.Equals(parse.GetValue(map), "re3d", StringComparison.OrdinalIgnoreCase))
            {
                Console.Error.WriteLine($"triangulate: unknown label map '{parse.GetValue(map)}' (known: re3d).");
                return 2;
            }

            var documents = ConllReader.Read(parse.GetValue(data)!);
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
