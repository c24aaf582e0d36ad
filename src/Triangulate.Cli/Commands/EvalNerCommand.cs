using System.CommandLine;
using System.Diagnostics;
using Triangulate.Core.Entities;
using Triangulate.Core.Entities.Recognition;
using Triangulate.Eval.Ner;

namespace Triangulate.Cli.Commands;

/// <summary><c>triangulate eval ner --data FILE</c>: conlleval precision, recall and F1 of the recogniser.</summary>
internal static class EvalNerCommand
{
    public static Command Create()
    {
        var data = new Option<string>("--data") { Description = "A CoNLL-format file (IOB1 or IOB2).", Required = true };
        var modelPath = new Option<string?>("--model") { Description = "A model file instead of the built-in one." };
        var command = new Command("ner", "Score the entity recogniser on a CoNLL-format file as conlleval does (exact span and type).");
        command.Options.Add(data);
        command.Options.Add(modelPath);
        command.SetAction(parse =>
        {
            var clock = Stopwatch.StartNew();
            var path = parse.GetValue(modelPath);
            var model = path is null ? NerModel.Default : NerModel.Load(File.OpenRead(path), EntityLexicon.Default);
            Console.WriteLine($"model loaded in {clock.Elapsed.TotalMilliseconds:0} ms ({model.FeatureCount} features)");
            var documents = ConllReader.Read(parse.GetValue(data)!);
            foreach (var line in NerEvaluation.Evaluate(model, documents).Lines())
            {
                Console.WriteLine(line);
            }

            return 0;
        });
        return command;
    }
}
