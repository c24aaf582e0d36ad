using System.CommandLine;
using Triangulate.Core.Claims;
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
        var part = new Option<string>("--part") { Description = "Which of the split's articles: all, even or odd (by file order).", DefaultValueFactory = _ => "all" };
        var cueModel = new Option<string?>("--cue-model")
        {
            Description = "A cue model written by 'train attribution' to use instead of the built-in one, or 'none' for the word lists alone.",
        };
        command.Options.Add(part);
        command.Options.Add(cueModel);
        command.Options.Add(data);
        command.Options.Add(split);
        command.Options.Add(misses);
        command.SetAction(parseResult =>
        {
            var folder = parseResult.GetValue(data)!;
            var name = parseResult.GetValue(split)!;
            try
            {
                var articles = PolnearCorpus.Part(PolnearCorpus.Read(folder, name), parseResult.GetValue(part)!);
                var claims = parseResult.GetValue(cueModel) switch
                {
                    null => new ClaimAnnotator(),
                    "none" => new ClaimAnnotator(null),
                    var path => new ClaimAnnotator(LoadCueModel(path)),
                };
                using var missWriter = parseResult.GetValue(misses) is { } missPath ? new StreamWriter(missPath) : null;
                var scores = AttributionEvaluator.Evaluate(articles, missWriter, claims);
                Console.WriteLine(AttributionReport.Format(scores, name));
                return 0;
            }
            catch (Exception e) when (e is DirectoryNotFoundException or FileNotFoundException or ArgumentException or InvalidDataException)
            {
                Console.Error.WriteLine(e.Message);
                return 2;
            }
        });
        return command;
    }

    private static CueModel LoadCueModel(string path)
    {
        using var reader = new StreamReader(path);
        return CueModel.Load(reader);
    }
}
