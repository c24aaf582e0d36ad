using System.CommandLine;
using System.Diagnostics;
using Triangulate.Core.Claims;
using Triangulate.Core.Documents;
using Triangulate.Core.Pipeline;
using Triangulate.Core.Syntax;
using Triangulate.Core.Text;
using Triangulate.Eval.Attribution;

namespace Triangulate.Cli.Commands;

/// <summary><c>triangulate train attribution</c>: trains the claim stage's cue classifier on PolNeAR.</summary>
internal static class TrainAttributionCommand
{
    public static Command Create()
    {
        var data = new Option<string>("--data") { Description = "The PolNeAR folder (holding data/SPLIT).", Required = true };
        var split = new Option<string>("--split") { Description = "The split to train on.", DefaultValueFactory = _ => "dev" };
        var part = new Option<string>("--part")
        {
            Description = "Which of the split's articles: all, even or odd (by file order), to tune on the other half.",
            DefaultValueFactory = _ => "all",
        };
        var epochs = new Option<int>("--epochs") { Description = "Passes over the examples.", DefaultValueFactory = _ => 10 };
        var threshold = new Option<float>("--threshold") { Description = "Score above which a token is a cue.", DefaultValueFactory = _ => 0f };
        var minCount = new Option<int>("--min-count") { Description = "Features seen fewer times get no weight.", DefaultValueFactory = _ => 2 };
        var output = new Option<string>("--output") { Description = "Where to write the model.", Required = true };
        var command = new Command("attribution", "Train the attribution cue classifier (an averaged perceptron) on PolNeAR.");
        foreach (var option in new Option[] { data, split, part, epochs, threshold, minCount, output })
        {
            command.Options.Add(option);
        }

        command.SetAction(parse =>
        {
            var clock = Stopwatch.StartNew();
            IReadOnlyList<PolnearArticle> articles;
            try
            {
                articles = PolnearCorpus.Part(PolnearCorpus.Read(parse.GetValue(data)!, parse.GetValue(split)!), parse.GetValue(part)!);
            }
            catch (Exception e) when (e is DirectoryNotFoundException or ArgumentException)
            {
                Console.Error.WriteLine(e.Message);
                return 2;
            }

            var pipeline = new PipelineBuilder().Add(new TokenAnnotator()).Add(new SyntaxAnnotator()).Build();
            var documents = articles.Select(a =>
            {
                var document = pipeline.Run(new Document(a.Text, new DocumentMetadata(a.Name)));
                var cues = a.Spans.Where(s => s.Role == AttributionRole.Cue).SelectMany(s => s.Fragments).ToList();
                return (document, (IReadOnlyList<(int, int)>)cues);
            }).ToList();
            var model = CueTrainer.Train(documents, parse.GetValue(epochs), parse.GetValue(threshold), parse.GetValue(minCount));
            var path = parse.GetValue(output)!;
            using (var writer = new StreamWriter(path))
            {
                model.Save(writer);
            }

            Console.WriteLine($"{articles.Count} articles; wrote {path}: {new FileInfo(path).Length / 1e3:0} kB, {model.FeatureCount} features, {clock.Elapsed.TotalSeconds:0}s");
            return 0;
        });
        return command;
    }
}
