using System.CommandLine;
using System.Diagnostics;
using Triangulate.Core.Entities;
using Triangulate.Core.Entities.Recognition;
using Triangulate.Eval.Ner;

namespace Triangulate.Cli.Commands;

/// <summary><c>triangulate train ner</c>: trains the entity recogniser from CoNLL-format files.</summary>
internal static class TrainNerCommand
{
    public static Command Create()
    {
        var train = new Option<string[]>("--train")
        {
            Description = "CoNLL-format training files (PER/ORG/LOC/MISC; other types are ignored).",
            Required = true,
            AllowMultipleArgumentsPerToken = true,
        };
        var dev = new Option<string?>("--dev") { Description = "A CoNLL-format file scored after every epoch." };
        var unlabeled = new Option<string[]>("--unlabeled")
        {
            Description = "Folders of .txt files whose words teach which words are usually lower case.",
            AllowMultipleArgumentsPerToken = true,
        };
        var names = new Option<string[]>("--names")
        {
            Description = "CoNLL-format files whose annotated names join the name gazetteer (their sentences are not trained on).",
            AllowMultipleArgumentsPerToken = true,
        };
        var epochs = new Option<int>("--epochs") { Description = "Passes over the training data.", DefaultValueFactory = _ => 10 };
        var clusters = new Option<int>("--clusters")
        {
            Description = "Fine word clusters to induce from the training and unlabeled text (0: none).",
            DefaultValueFactory = _ => 512,
        };
        var beam = new Option<int>("--beam")
        {
            Description = "Paths the beam search keeps, in training and (stored in the model) in tagging; 1 is greedy.",
            DefaultValueFactory = _ => 8,
        };
        var runs = new Option<int>("--runs")
        {
            Description = "Independent training runs (shuffle seeds seed, seed+1, ...) whose weights are averaged.",
            DefaultValueFactory = _ => 1,
        };
        var update = new Option<NerUpdate>("--update")
        {
            Description = "Which prefix of a sentence each perceptron update covers: Full, Early or MaxViolation.",
            DefaultValueFactory = _ => NerUpdate.MaxViolation,
        };
        var seed = new Option<int>("--seed") { Description = "Shuffle seed.", DefaultValueFactory = _ => 1 };
        var output = new Option<string>("--output") { Description = "Where to write the model.", Required = true };

        var command = new Command("ner", "Train the entity recogniser (an averaged perceptron) from CoNLL-format files.");
        command.Options.Add(train);
        command.Options.Add(dev);
        command.Options.Add(unlabeled);
        command.Options.Add(names);
        command.Options.Add(epochs);
        command.Options.Add(seed);
        command.Options.Add(runs);
        command.Options.Add(beam);
        command.Options.Add(update);
        command.Options.Add(clusters);
        command.Options.Add(output);
        command.SetAction(parse =>
        {
            var clock = Stopwatch.StartNew();
            var documents = parse.GetValue(train)!
                .SelectMany(ConllReader.Read)
                .Select(d => (IReadOnlyList<LabeledSentence>)NerEvaluation.ToTraining(d))
                .ToList();
            var texts = (parse.GetValue(unlabeled) ?? [])
                .SelectMany(folder => Directory.EnumerateFiles(folder, "*.txt", SearchOption.AllDirectories))
                .Select(File.ReadAllText);
            var devPath = parse.GetValue(dev);
            var devDocuments = devPath is null ? null : ConllReader.Read(devPath);
            Console.WriteLine($"{documents.Count} training documents, {documents.Sum(d => d.Sum(s => s.Words.Length))} tokens");
            var trainer = new NerTrainer(EntityLexicon.Default)
            {
                Epochs = parse.GetValue(epochs),
                Seed = parse.GetValue(seed),
                Runs = parse.GetValue(runs),
                BeamWidth = parse.GetValue(beam),
                UpdateMode = parse.GetValue(update),
                FineClusters = parse.GetValue(clusters),
                Log = Console.WriteLine,
                GazetteerSentences = [.. (parse.GetValue(names) ?? []).SelectMany(ConllReader.Read).SelectMany(NerEvaluation.ToTraining)],
            };
            var model = trainer.Train(documents, texts, (epoch, snapshot) =>
            {
                var line = $"epoch {epoch}: {snapshot.FeatureCount} features, {clock.Elapsed.TotalSeconds:0}s";
                if (devDocuments is not null)
                {
                    line += ", dev " + NerEvaluation.Evaluate(snapshot, devDocuments).Lines().Last();
                }

                Console.WriteLine(line);
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
}
