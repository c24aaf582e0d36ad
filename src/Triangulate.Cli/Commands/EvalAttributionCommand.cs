using System.CommandLine;
using Triangulate.Eval.Attribution;

namespace Triangulate.Cli.Commands;

/// <summary><c>triangulate eval attribution --data DIR [--split test]</c>: source, cue and content spans on PolNeAR.</summary>
internal static class EvalAttributionCommand
{
    public static Command Create()
    {
        var command = new Command("attribution", "Source, cue and content span accuracy of the claim stage on PolNeAR.");
        var data = new Option<string>("--data") { Description = "The PolNeAR folder (holding data/train|dev|test).", Required = true };
        var split = new Option<string>("--split") { Description = "The split to score: train, dev or test.", DefaultValueFactory = _ => "test" };
        var misses = new Option<string?>("--misses") { Description = "Write missed gold cues and inexact contents to this file, for error analysis." };
        command.Options.Add(data);
        command.Options.Add(split);
        command.Options.Add(misses);
        command.SetAction(parseResult =>
        {
            var folder = parseResult.GetValue(data)!;
            var name = parseResult.GetValue(split)!;
            try
            {
                var articles = PolnearCorpus.Read(folder, name);
                using var missWriter = parseResult.GetValue(misses) is { } missPath ? new StreamWriter(missPath) : null;
                var scores = AttributionEvaluator.Evaluate(articles, missWriter);
                Console.WriteLine(AttributionReport.Format(scores, name));
                return 0;
            }
            catch (DirectoryNotFoundException e)
            {
                Console.Error.WriteLine(e.Message);
                return 2;
            }
        });
        return command;
    }
}
