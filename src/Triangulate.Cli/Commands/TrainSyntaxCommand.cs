using System.CommandLine;
using System.Diagnostics;
using Triangulate.Core.Syntax.Training;
using Triangulate.Core.Text;
using Triangulate.Eval.Syntax;

namespace Triangulate.Cli.Commands;

/// <summary><c>triangulate train syntax</c>: trains the tagger, lemmatiser and parser from UD treebanks.</summary>
internal static class TrainSyntaxCommand
{
    public static Command Create()
    {
        var gum = new Option<string[]>("--train")
        {
            Description = "Training treebanks: CoNLL-U files, folders, or the GUM folder (--splits picks its documents).",
            Required = true,
            AllowMultipleArgumentsPerToken = true,
        };
        var splits = new Option<string>("--splits") { DefaultValueFactory = _ => "train", Description = "With the GUM folder: the splits trained on, comma-separated (train, dev)." };
        var dev = new Option<string?>("--dev") { Description = "A treebank scored after every parser epoch (GUM folder: its dev split)." };
        var unlabeled = new Option<string[]>("--unlabeled")
        {
            Description = "Folders of .txt files whose words are clustered with the training words.",
            AllowMultipleArgumentsPerToken = true,
        };
        var taggerEpochs = new Option<int>("--tagger-epochs") { DefaultValueFactory = _ => 8, Description = "Passes of the tagger." };
        var parserEpochs = new Option<int>("--parser-epochs") { DefaultValueFactory = _ => 15, Description = "Passes of the parser." };
        var clusters = new Option<int>("--clusters") { DefaultValueFactory = _ => 512, Description = "Fine word clusters (0: none)." };
        var minimumCount = new Option<int>("--min-count") { DefaultValueFactory = _ => 2, Description = "Occurrences a feature needs in the first pass to get weights." };
        var runs = new Option<int>("--runs") { DefaultValueFactory = _ => 1, Description = "Parser training runs whose weights are averaged." };
        var seed = new Option<int>("--seed") { DefaultValueFactory = _ => 1, Description = "Shuffle seed." };
        var beam = new Option<int>("--beam") { DefaultValueFactory = _ => 1, Description = "Configurations the parser keeps at each step in training (1: greedy)." };
        var beamFrom = new Option<int>("--beam-from") { DefaultValueFactory = _ => 1, Description = "The first parser pass trained with the beam (earlier passes: greedy)." };
        var beamAndGreedy = new Option<bool>("--beam-and-greedy") { Description = "The passes with the beam also train greedily (one model for both)." };
        var output = new Option<string>("--output") { Description = "Where to write the model.", Required = true };
        var command = new Command("syntax", "Train the part-of-speech tagger, lemmatiser and dependency parser from UD treebanks.");
        foreach (var option in new Option[] { gum, splits, dev, unlabeled, taggerEpochs, parserEpochs, clusters, minimumCount, runs, seed, beam, beamFrom, beamAndGreedy, output })
        {
            command.Options.Add(option);
        }

        command.SetAction(parse =>
        {
            var clock = Stopwatch.StartNew();
            if (parse.GetValue(beam) < 1 || parse.GetValue(beamFrom) < 1)
            {
                Console.Error.WriteLine("--beam and --beam-from must be 1 or more.");
                return 2;
            }

            var train = parse.GetValue(gum)!
                .SelectMany(p => parse.GetValue(splits)!.Split(',').SelectMany(split => TreebankFiles.Resolve(p, split.Trim())).Distinct())
                .SelectMany(ConlluReader.Read)
                .ToList();
            var devPath = parse.GetValue(dev);
            var devSentences = devPath is null ? null : TreebankFiles.Read(TreebankFiles.Resolve(devPath, "dev"));
            var raw = (parse.GetValue(unlabeled) ?? [])
                .SelectMany(folder => Directory.EnumerateFiles(folder, "*.txt", SearchOption.AllDirectories))
                .SelectMany(RawSentences);
            var trainer = new SyntaxTrainer
            {
                TaggerEpochs = parse.GetValue(taggerEpochs),
                ParserEpochs = parse.GetValue(parserEpochs),
                FineClusters = parse.GetValue(clusters),
                Seed = parse.GetValue(seed),
                MinimumCount = parse.GetValue(minimumCount),
                Runs = parse.GetValue(runs),
                BeamWidth = parse.GetValue(beam),
                BeamFrom = parse.GetValue(beamFrom),
                BeamAndGreedy = parse.GetValue(beamAndGreedy),
                Log = Console.WriteLine,
            };
            var model = trainer.Train(train, raw, (epoch, snapshot) =>
            {
                if (devSentences is not null)
                {
                    Console.WriteLine($"  dev after epoch {epoch}: {SyntaxEvaluation.Evaluate(snapshot.WithBeam(1), devSentences)}");
                    if (snapshot.Beam > 1)
                    {
                        Console.WriteLine($"  dev after epoch {epoch}, beam {snapshot.Beam}: {SyntaxEvaluation.Evaluate(snapshot, devSentences)}");
                    }
                }
            });
            var path = parse.GetValue(output)!;
            using (var stream = File.Create(path))
            {
                model.Save(stream);
            }

            Console.WriteLine($"wrote {path}: {new FileInfo(path).Length / 1e6:0.0} MB, {model.FeatureCount} features, {clock.Elapsed.TotalSeconds:0}s");
            return 0;
        });
        return command;
    }

    private static IEnumerable<IReadOnlyList<string>> RawSentences(string file)
    {
        var text = File.ReadAllText(file);
        var (tokens, sentences) = Tokenizer.Default.Split(text);
        return sentences.Select(s => (IReadOnlyList<string>)tokens.Skip(s.FirstToken).Take(s.TokenCount).Select(t => text[t.Start..t.End]).ToList());
    }
}
