using System.CommandLine;
using Triangulate.Eval.Coref;

namespace Triangulate.Cli.Commands;

/// <summary><c>triangulate eval coref --data DIR</c>: cross-document entity coreference on ECB+.</summary>
internal static class EvalCorefCommand
{
    public static Command Create()
    {
        var data = new Option<string>("--data")
        {
            Description = "The ECB+ folder (holding ECB+/ and ECBplus_coreference_sentences.csv).",
            Required = true,
        };
        var dev = new Option<bool>("--dev") { Description = "Use the development topics instead of the test topics 36-45." };
        var topics = new Option<string>("--topics")
        {
            Description = "Which topics of the standard split: train, dev or test.",
            DefaultValueFactory = _ => "test",
        };
        topics.AcceptOnlyFromAmong("train", "dev", "test");
        var showErrors = new Option<bool>("--errors") { Description = "List the largest gold-mention errors per topic (wrong merges, missed merges) on standard error." };
        var command = new Command("coref", "Cross-document entity coreference on ECB+ topics (test by default): MUC, B3, CEAF-e, CoNLL F1.");
        command.Options.Add(data);
        command.Options.Add(dev);
        command.Options.Add(topics);
        command.Options.Add(showErrors);
        command.SetAction(parseResult =>
        {
            var folder = parseResult.GetValue(data)!;
            if (!Directory.Exists(Path.Combine(folder, "ECB+")))
            {
                Console.Error.WriteLine($"No ECB+ folder under {folder}.");
                return 2;
            }

            foreach (var line in CorefEvaluation.Format(CorefEvaluation.Run(folder, parseResult.GetValue(dev) ? "dev" : parseResult.GetValue(topics)!, parseResult.GetValue(showErrors) ? Console.Error : null)))
            {
                Console.WriteLine(line);
            }

            return 0;
        });
        return command;
    }
}
