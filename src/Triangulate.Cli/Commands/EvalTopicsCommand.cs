using System.CommandLine;
using System.Text.Json;
using Triangulate.Cases;
using Triangulate.Eval.Topics;
using Triangulate.Export;
using Triangulate.Readers;

namespace Triangulate.Cli.Commands;

/// <summary>
/// <c>triangulate eval topics</c>: a case against a real many-report topic's hand-made gold (merge, apart, clusters,
/// conflicts), by the rules of the topics README, on an export, on a case, or on topics run through the pipeline.
/// </summary>
internal static class EvalTopicsCommand
{
    public static Command Create()
    {
        var data = new Option<string?>("--data") { Description = "A topics folder (each subfolder holding reports.jsonl and topic.gold.json), or one topic's folder: each is added to a temporary case and scored." };
        var export = new Option<string?>("--export") { Description = "Score this JSON export (triangulate export --format json) instead; needs --gold." };
        var caseFolder = new Option<string?>("--case") { Description = "Score this case instead; needs --gold." };
        var gold = new Option<string?>("--gold") { Description = "The topic.gold.json to score --export or --case against." };
        var misses = new Option<bool>("--misses") { Description = "Also print one line per gold item the case misses." };
        var pairs = new Option<string?>("--pairs") { Description = "With --data: write every candidate pair of claims of each topic to this file (topic, both claims, the pair model's probability and features), to study the clusters." };
        var command = new Command("topics", "A case against real topics' hand-made gold: merge, apart, clusters, conflicts (as ../shared/tools/topic_score.py).")
        {
            data, export, caseFolder, gold, misses, pairs,
        };
        command.SetAction(parse =>
        {
            var showMisses = parse.GetValue(misses);
            var goldPath = parse.GetValue(gold);
            if (parse.GetValue(data) is { } folder)
            {
                return RunTopics(folder, showMisses, parse.GetValue(pairs));
            }

            if (goldPath is null || !File.Exists(goldPath))
            {
                Console.Error.WriteLine("triangulate: eval topics needs --data FOLDER, or --export FILE / --case DIR with --gold topic.gold.json (an existing file).");
                return CliSupport.UsageError;
            }

            if (parse.GetValue(export) is { } exportPath)
            {
                if (!File.Exists(exportPath))
                {
                    Console.Error.WriteLine($"triangulate: no export file '{exportPath}'.");
                    return CliSupport.UsageError;
                }

                try
                {
                    return Print(Score(File.ReadAllBytes(exportPath), goldPath), showMisses);
                }
                catch (JsonException ex)
                {
                    Console.Error.WriteLine($"triangulate: '{exportPath}' or '{goldPath}' is not JSON: {ex.Message}");
                    return CliSupport.Failed;
                }
            }

            if (parse.GetValue(caseFolder) is { } caseDir)
            {
                if (!CaseWorkspace.Exists(caseDir))
                {
                    Console.Error.WriteLine($"triangulate: no case in '{caseDir}'.");
                    return CliSupport.UsageError;
                }

                using var workspace = CaseWorkspace.Open(caseDir);
                return Print(Score(ExportJson(workspace.CaseFile()), goldPath), showMisses);
            }

            Console.Error.WriteLine("triangulate: eval topics needs --data FOLDER, --export FILE or --case DIR.");
            return CliSupport.UsageError;
        });
        return command;
    }

    /// <summary>The topic folders under <paramref name="folder"/> (or it, when it is one) holding reports.jsonl and <paramref name="gold"/>.</summary>
    internal static List<string> TopicFolders(string folder, string gold) =>
        File.Exists(Path.Combine(folder, gold)) && File.Exists(Path.Combine(folder, "reports.jsonl"))
            ? [folder]
            : Directory.Exists(folder)
                ? Directory.GetDirectories(folder).Where(d => File.Exists(Path.Combine(d, gold)) && File.Exists(Path.Combine(d, "reports.jsonl"))).Order(StringComparer.Ordinal).ToList()
                : [];

    /// <summary>A topic's reports added to a temporary case, and the case file made of them (the case is deleted).</summary>
    internal static CaseFile RunCase(string topic)
    {
        var root = Path.Combine(Path.GetTempPath(), "triangulate-topic-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            using var workspace = CaseWorkspace.Open(root);
            workspace.Add([Path.Combine(topic, "reports.jsonl")], ReaderOptions.Default, rejected: r => Console.Error.WriteLine($"rejected: {r}"));
            return workspace.CaseFile();
        }
        finally
        {
            try
            {
                Directory.Delete(root, recursive: true);
            }
            catch (IOException)
            {
                // A temporary folder left behind is harmless.
            }
        }
    }

    private static int RunTopics(string folder, bool showMisses, string? pairsPath)
    {
        var topics = TopicFolders(folder, "topic.gold.json");
        if (topics.Count == 0)
        {
            Console.Error.WriteLine($"triangulate: no topic (a folder with reports.jsonl and topic.gold.json) in '{folder}'.");
            return CliSupport.UsageError;
        }

        using var pairsFile = pairsPath is null ? null : new StreamWriter(pairsPath);
        foreach (var topic in topics)
        {
            Print(Score(ExportJson(RunCase(topic)), Path.Combine(topic, "topic.gold.json")), showMisses);
            if (pairsFile is not null)
            {
                WritePairs(topic, pairsFile);
            }
        }

        return 0;
    }

    private static byte[] ExportJson(CaseFile caseFile)
    {
        using var buffer = new MemoryStream();
        CaseExporters.Find("json")!.Write(caseFile, buffer);
        return buffer.ToArray();
    }

    private static TopicScore Score(byte[] export, string goldPath)
    {
        using var caseJson = JsonDocument.Parse(export);
        using var goldJson = JsonDocument.Parse(File.ReadAllBytes(goldPath));
        return TopicScorer.Score(TopicScorer.TopicName(Path.GetFullPath(goldPath).Replace('\\', '/')), caseJson.RootElement, goldJson.RootElement);
    }

    private static int Print(TopicScore score, bool showMisses)
    {
        if (showMisses)
        {
            foreach (var miss in score.Misses)
            {
                Console.WriteLine(miss);
            }
        }

        Console.WriteLine(score.Line);
        return 0;
    }

    /// <summary>Each candidate pair of the topic's claims: topic, claim ids, probability, the features that are not 0, both texts.</summary>
    private static void WritePairs(string topic, StreamWriter into)
    {
        var pipeline = Core.Pipeline.DefaultPipeline.Create();
        var documents = new List<Resolution.AnnotatedDocument>();
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var result in new DocumentReader().Read([Path.Combine(topic, "reports.jsonl")]))
        {
            if (result is ReadResult.Read read)
            {
                var annotated = CaseWorkspace.ToAnnotated(pipeline.Run(read.Document), documents.Count + 1);
                documents.Add(annotated);
                for (var i = 0; i < annotated.Claims.Count; i++)
                {
                    texts[Resolution.AnnotatedDocument.ClaimId(annotated.Id, i)] = annotated.Claims[i].Text.ReplaceLineEndings(" ");
                }
            }
        }

        var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(topic));
        foreach (var (a, b, features, probability) in Eval.Clusters.ClusterDiagnostics.Pairs(documents))
        {
            var shown = string.Join(' ', features.Select(f => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{f.Key}={f.Value:0.##}")));
            into.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{name}\t{a}\t{b}\t{probability:0.000}\t{shown}\t{texts.GetValueOrDefault(a)}\t{texts.GetValueOrDefault(b)}"));
        }
    }
}
