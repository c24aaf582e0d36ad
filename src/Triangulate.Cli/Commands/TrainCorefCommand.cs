using System.CommandLine;
using System.Diagnostics;
using Triangulate.Core.Coreference.Training;
using Triangulate.Eval.Coref;

namespace Triangulate.Cli.Commands;

/// <summary><c>triangulate train coref --data GUM</c>: trains the within-document coreference model on GUM.</summary>
internal static class TrainCorefCommand
{
    public static Command Create()
    {
        var data = new Option<string>("--data") { Description = "The GUM folder (coref/ and splits.md).", Required = true };
        var splits = new Option<string>("--splits") { DefaultValueFactory = _ => "train", Description = "The splits trained on, comma-separated (train, dev)." };
        var dev = new Option<bool>("--dev") { Description = "Score GUM dev after every epoch." };
        var epochs = new Option<int>("--epochs") { DefaultValueFactory = _ => 6, Description = "Passes over the training documents." };
        var seed = new Option<int>("--seed") { DefaultValueFactory = _ => 1, Description = "Shuffle seed." };
        var falseLink = new Option<float>("--false-link") { DefaultValueFactory = _ => 1f, Description = "Cost of linking a mention that starts an entity." };
        var falseNew = new Option<float>("--false-new") { DefaultValueFactory = _ => 4f, Description = "Cost of leaving a mention with an antecedent unlinked." };
        var output = new Option<string>("--output") { Description = "Where to write the model.", Required = true };
        var command = new Command("coref", "Train the mention-ranking coreference model on GUM's coreference layer.");
        foreach (var option in new Option[] { data, splits, dev, epochs, seed, falseLink, falseNew, output })
        {
            command.Options.Add(option);
        }

        command.SetAction(parse =>
        {
            var clock = Stopwatch.StartNew();
            var folder = parse.GetValue(data)!;
            if (!GumCoref.IsGum(folder))
            {
                Console.Error.WriteLine($"triangulate: {folder}: not the GUM folder (no coref/ folder beside splits.md).");
                return CliSupport.UsageError;
            }

            var items = parse.GetValue(splits)!.Split(',').SelectMany(s => GumCoref.Load(folder, s.Trim())).ToList();
            var examples = items.Select(i => CorefExample.Create(i.Gold.Name, i.Input, i.Gold.Mentions)).ToList();
            Console.WriteLine($"{examples.Count} documents annotated in {clock.Elapsed.TotalSeconds:0}s");
            var devItems = parse.GetValue(dev) ? GumCoref.Load(folder, "dev") : null;
            var trainer = new CorefTrainer
            {
                Epochs = parse.GetValue(epochs),
                Seed = parse.GetValue(seed),
                FalseLinkCost = parse.GetValue(falseLink),
                FalseNewCost = parse.GetValue(falseNew),
                Log = Console.WriteLine,
            };
            var model = trainer.Train(examples, (epoch, snapshot) =>
            {
                if (devItems is not null)
                {
                    var report = GumCoref.Score(snapshot, devItems);
                    Console.WriteLine($"  dev after epoch {epoch}: CoNLL F1 {report.Scores.ConllF1:0.0000} (MUC {report.Scores.Muc.F1:0.0000}, B3 {report.Scores.BCubed.F1:0.0000}, CEAF-e {report.Scores.CeafE.F1:0.0000})");
                }
            });
            var path = parse.GetValue(output)!;
            using (var stream = File.Create(path))
            {
                model.Save(stream);
            }

            Console.WriteLine($"wrote {path}: {new FileInfo(path).Length / 1e3:0} kB, {model.FeatureCount} weights, {clock.Elapsed.TotalSeconds:0}s");
            return 0;
        });
        return command;
    }
}
