using System.Text.Json;
using System.CommandLine;
using Triangulate.Eval.Coref;

namespace Triangulate.Cli.Commands;

/// <summary><c>triangulate eval coref --data DIR</c>: cross-document entity coreference on ECB+.</summary>
internal static class EvalCorefCommand
{
    public static Command Create()
    {
        var data = new Option<string>("--data")
        {
            Description = "The ECB+ folder (holding ECB+/ and ECBplus_coreference_sentences.csv), or a folder of topics (reports.jsonl with annotations.gold.json: MEANTIME cross-document coreference end to end).",
            Required = true,
        };
        var dev = new Option<bool>("--dev") { Description = "Use the development topics instead of the test topics 36-45." };
        var topics = new Option<string>("--topics")
        {
            Description = "Which topics of the standard split: train, dev or test.",
            DefaultValueFactory = _ => "test",
        };
        topics.AcceptOnlyFromAmong("train", "dev", "test");
        var export = new Option<string?>("--export") { Description = "With one topic's folder as --data: score this JSON export (triangulate export --format json) instead of running the pipeline." };
        var showErrors = new Option<bool>("--errors") { Description = "List the largest gold-mention errors per topic (wrong merges, missed merges) on standard error." };
        var gumSplit = new Option<string>("--split") { Description = "With the GUM folder: the split scored (test, dev, train).", DefaultValueFactory = _ => "test" };
        var modelPath = new Option<string?>("--model") { Description = "With the GUM folder: a coreference model file instead of the built-in one." };
        var command = new Command("coref", "Cross-document entity coreference on ECB+ topics (test by default) or MEANTIME topics, within-document coreference on GUM: MUC, B3, CEAF-e, CoNLL F1.");
        command.Options.Add(gumSplit);
        command.Options.Add(modelPath);
        command.Options.Add(data);
        command.Options.Add(dev);
        command.Options.Add(topics);
        command.Options.Add(showErrors);
        command.Options.Add(export);
        command.SetAction(parseResult =>
        {
            var folder = parseResult.GetValue(data)!;
            if (EvalTopicsCommand.TopicFolders(folder, "annotations.gold.json") is { Count: > 0 } topicFolders)
            {
                return RunTopics(topicFolders, parseResult.GetValue(export));
            }

            if (GumCoref.IsGum(folder))
            {
                return RunGum(folder, parseResult.GetValue(gumSplit)!, parseResult.GetValue(modelPath));
            }

            if (!Directory.Exists(Path.Combine(folder, "ECB+")))
            {
                Console.Error.WriteLine($"No ECB+ folder and no topic (reports.jsonl with annotations.gold.json) under {folder}.");
                return 2;
            }

            foreach (var line in CorefEvaluation.Format(CorefEvaluation.Run(folder, parseResult.GetValue(dev) ? "dev" : parseResult.GetValue(topics)!, parseResult.GetValue(showErrors) ? Console.Error : null)))
            {
                Console.WriteLine(line);
            }

            return 0;
        });
        return command;
    }

    /// <summary>Within-document coreference end to end on GUM's documents of one split.</summary>
    private static int RunGum(string folder, string split, string? modelPath)
    {
        var model = modelPath is null ? Core.Coreference.CorefModel.Default : Core.Coreference.CorefModel.Load(File.OpenRead(modelPath));
        foreach (var line in GumCoref.Score(model, GumCoref.Load(folder, split)).Lines())
        {
            Console.WriteLine(line);
        }

        return 0;
    }

    /// <summary>Cross-document coreference end to end on MEANTIME topics: each topic run through the pipeline into a case.</summary>
    private static int RunTopics(List<string> topics, string? exportPath)
    {
        if (exportPath is not null && topics.Count != 1)
        {
            Console.Error.WriteLine("triangulate: --export scores one topic: give that topic's folder as --data.");
            return CliSupport.UsageError;
        }

        foreach (var topic in topics)
        {
            try
            {
                var entities = exportPath is null ? FromCase(EvalTopicsCommand.RunCase(topic)) : FromExport(exportPath);
                using var annotation = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(topic, "annotations.gold.json")));
                foreach (var line in TopicCoref.Score(Path.GetFileName(Path.TrimEndingDirectorySeparator(topic)), annotation.RootElement, entities).Lines())
                {
                    Console.WriteLine(line);
                }
            }
            catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or IOException)
            {
                Console.Error.WriteLine($"triangulate: {exportPath ?? Path.Combine(topic, "annotations.gold.json")}: {ex.Message}");
                return CliSupport.Failed;
            }
        }

        return 0;
    }

    private static List<IReadOnlyList<TopicCoref.SystemMention>> FromCase(Export.CaseFile caseFile)
    {
        var names = caseFile.Documents.ToDictionary(d => d.Id, d => d.Name);
        return caseFile.Entities
            .Select(e => (IReadOnlyList<TopicCoref.SystemMention>)e.Mentions.Select(m => new TopicCoref.SystemMention(names.GetValueOrDefault(m.Doc, m.Doc), m.Start, m.End)).ToList())
            .ToList();
    }

    /// <summary>The entities of a JSON export (schema triangulate/1), each as its mentions with the report's name.</summary>
    private static List<IReadOnlyList<TopicCoref.SystemMention>> FromExport(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(path));
        var names = json.RootElement.GetProperty("documents").EnumerateArray()
            .ToDictionary(d => d.GetProperty("id").GetString()!, d => d.GetProperty("name").GetString()!);
        return json.RootElement.GetProperty("entities").EnumerateArray()
            .Select(e => (IReadOnlyList<TopicCoref.SystemMention>)e.GetProperty("mentions").EnumerateArray()
                .Select(m => new TopicCoref.SystemMention(names.GetValueOrDefault(m.GetProperty("doc").GetString()!, string.Empty), m.GetProperty("start").GetInt32(), m.GetProperty("end").GetInt32()))
                .ToList())
            .ToList();
    }
}
