using System.CommandLine;
using Triangulate.Eval.Clusters;

namespace Triangulate.Cli.Commands;

/// <summary><c>triangulate train clusters --data ECB+</c>: trains the claim pair model that forms clusters.</summary>
internal static class TrainClustersCommand
{
    public static Command Create()
    {
        var data = new Option<string>("--data") { Description = "The ECB+ folder (holding ECB+/ and ECBplus_coreference_sentences.csv).", Required = true };
        var output = new Option<string>("--output")
        {
            Description = "Where to write the model file.",
            DefaultValueFactory = _ => Path.Combine("src", "Triangulate.Core", "Resources", "claim-pairs.model"),
        };
        var command = new Command("clusters", "Train the claim pair model on ECB+ train topics (event coreference), thresholds chosen on the dev topics.") { data, output };
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(data)!;
            if (!Directory.Exists(Path.Combine(folder, "ECB+")))
            {
                Console.Error.WriteLine($"triangulate: no ECB+ folder under {folder}");
                return CliSupport.UsageError;
            }

            var model = ClusterTraining.Run(folder, Console.Out);
            var path = parse.GetValue(output)!;
            File.WriteAllText(path, model.Write([
                "The claim pair model: logistic regression over the features of two claims (Resolution/Propositions/ClaimPairFeatures.cs).",
                "Made by `triangulate train clusters --data ../shared/data/ecbplus`: trained on ECB+ train topics, thresholds chosen on the dev topics.",
            ]));
            Console.WriteLine($"wrote {path}");
            return 0;
        });
        return command;
    }
}
