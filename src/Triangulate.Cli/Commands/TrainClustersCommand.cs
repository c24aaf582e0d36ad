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
        var join = new Option<double?>("--join-threshold")
        {
            Description = "Fix the threshold two clusters must reach on average to join, instead of choosing it on the dev topics (each ECB+ topic tells one event, so it rewards joining more than many-event topics do).",
        };
        var command = new Command("clusters", "Train the claim pair model on ECB+ train topics (event coreference), thresholds chosen on the dev topics.") { data, output, join };
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(data)!;
            if (!Directory.Exists(Path.Combine(folder, "ECB+")))
            {
                Console.Error.WriteLine($"triangulate: no ECB+ folder under {folder}");
                return CliSupport.UsageError;
            }

            var fixedJoin = parse.GetValue(join);
            if (fixedJoin is < 0 or > 1)
            {
                Console.Error.WriteLine("triangulate: --join-threshold must be between 0 and 1");
                return CliSupport.UsageError;
            }

            var model = ClusterTraining.Run(folder, Console.Out, fixedJoin);
            var path = parse.GetValue(output)!;
            File.WriteAllText(path, model.Write([
                "The claim pair model: logistic regression over the features of two claims (Resolution/Propositions/ClaimPairFeatures.cs).",
                fixedJoin is { } j
                    ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Made by `triangulate train clusters --data ../shared/data/ecbplus --join-threshold {j}`: trained on ECB+ train topics, the link threshold chosen on the dev topics.")
                    : "Made by `triangulate train clusters --data ../shared/data/ecbplus`: trained on ECB+ train topics, thresholds chosen on the dev topics.",
            ]));
            Console.WriteLine($"wrote {path}");
            return 0;
        });
        return command;
    }
}
