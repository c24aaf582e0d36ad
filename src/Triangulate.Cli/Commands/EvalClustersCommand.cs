using System.CommandLine;
using Triangulate.Eval.Clusters;

namespace Triangulate.Cli.Commands;

/// <summary><c>triangulate eval clusters --data ECB+</c>: claim clusters scored as event coreference.</summary>
internal static class EvalClustersCommand
{
    public static Command Create()
    {
        var data = new Option<string>("--data") { Description = "The ECB+ folder (holding ECB+/ and ECBplus_coreference_sentences.csv).", Required = true };
        var topics = new Option<string>("--topics") { Description = "Which topics of the standard split: train, dev or test.", DefaultValueFactory = _ => "test" };
        topics.AcceptOnlyFromAmong("train", "dev", "test");
        var command = new Command("clusters", "Claim clusters as event coreference on ECB+ (test topics 36-45 by default), beside a same-head-lemma baseline.") { data, topics };
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(data)!;
            if (!Directory.Exists(Path.Combine(folder, "ECB+")))
            {
                Console.Error.WriteLine($"triangulate: no ECB+ folder under {folder}");
                return CliSupport.UsageError;
            }

            foreach (var line in ClusterEvaluation.Format(ClusterEvaluation.Run(folder, parse.GetValue(topics)!)))
            {
                Console.WriteLine(line);
            }

            return 0;
        });
        return command;
    }
}
