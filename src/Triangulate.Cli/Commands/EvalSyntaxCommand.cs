using System.CommandLine;
using System.Globalization;
using Triangulate.Core.Syntax;
using Triangulate.Eval.Syntax;

namespace Triangulate.Cli.Commands;

/// <summary><c>triangulate eval syntax --data FILE.conllu</c>: tagging, lemma and parsing scores on a treebank.</summary>
internal static class EvalSyntaxCommand
{
    public static Command Create()
    {
        var command = new Command("syntax", "Score parts of speech, lemmas and dependency trees on a UD treebank (given tokens).");
        var data = new Option<string>("--data")
        {
            Description = "A CoNLL-U file, a folder of them, or the GUM folder (then --split picks its documents).",
            Required = true,
        };
        var split = new Option<string>("--split")
        {
            Description = "With the GUM folder: test, dev or train.",
            DefaultValueFactory = _ => "test",
        };
        var model = new Option<string?>("--model") { Description = "A syntax model file (default: the built-in model)." };
        command.Options.Add(data);
        command.Options.Add(split);
        var goldTags = new Option<bool>("--gold-tags") { Description = "Parse on the treebank's own tags (a diagnostic: what tagging mistakes cost)." };
        var beam = new Option<int?>("--beam") { Description = "Configurations the parser keeps at each step (default: the model's own; 1: greedy)." };
        command.Options.Add(model);
        command.Options.Add(goldTags);
        command.Options.Add(beam);
        command.SetAction(parse =>
        {
            IReadOnlyList<string> files;
            try
            {
                files = TreebankFiles.Resolve(parse.GetValue(data)!, parse.GetValue(split)!);
            }
            catch (FileNotFoundException e)
            {
                Console.Error.WriteLine(e.Message);
                return 2;
            }

            if (files.Count == 0)
            {
                Console.Error.WriteLine($"No CoNLL-U files for split '{parse.GetValue(split)}' in {parse.GetValue(data)}.");
                return 2;
            }

            var path = parse.GetValue(model);
            var loading = System.Diagnostics.Stopwatch.StartNew();
            if (path is not null && !File.Exists(path))
            {
                Console.Error.WriteLine($"No syntax model at {path}.");
                return 2;
            }

            var syntax = path is null ? SyntaxModel.Default : SyntaxModel.Load(File.OpenRead(path));
            if (parse.GetValue(beam) is int width)
            {
                if (width < 1)
                {
                    Console.Error.WriteLine("--beam must be 1 or more.");
                    return 2;
                }

                syntax = syntax.WithBeam(width);
            }

            Console.WriteLine($"model loaded in {loading.ElapsedMilliseconds} ms ({syntax.FeatureCount} features: tagger {syntax.FeatureCounts.Tagger}, transitions {syntax.FeatureCounts.Transitions}, relations {syntax.FeatureCounts.Labels})");
            var sentences = TreebankFiles.Read(files);
            var scores = SyntaxEvaluation.Evaluate(syntax, sentences, parse.GetValue(goldTags));
            var warm = SyntaxEvaluation.Evaluate(syntax, sentences, parse.GetValue(goldTags));
            Console.WriteLine($"{files.Count} file(s)");
            Console.WriteLine(scores);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"speed {warm.Words / Math.Max(warm.Seconds, 1e-9):F0} words/s (tag, parse, lemmas; one thread, processor time of the second pass)"));
            Console.WriteLine(scores.Overall);
            return 0;
        });
        return command;
    }
}
