using System.Diagnostics;
using Triangulate.Testing;
using Xunit.Abstractions;

namespace Triangulate.Cli.Tests;

public sealed class CliEvalTopicsTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _work = TestPaths.NewTempFolder("triangulate-eval-topics");

    public void Dispose() => Directory.Delete(_work, recursive: true);

    [Fact]
    public void Eval_topics_scores_an_invented_export_by_the_readme_rules()
    {
        // Given an invented two-report export and a gold asking for one merge, two apart pairs and one cluster
        var export = Path.Combine(_work, "case.json");
        File.WriteAllText(export, """
        {"schema":"triangulate/1",
         "documents":[{"id":"a","name":"one.txt","text":"Norland Motors sold cars. It grew."},{"id":"b","name":"two.txt","text":"Norland sold cars."}],
         "entities":[{"id":"e1","type":"ORG","name":"Norland Motors","aliases":["Norland"],
                      "mentions":[{"doc":"a","start":0,"end":14,"text":"Norland Motors"},{"doc":"b","start":0,"end":7,"text":"Norland"}]},
                     {"id":"e2","type":"GPE","name":"Vesta","aliases":["Vesta","Vesta Bay"],"mentions":[]}],
         "claims":[{"id":"c1","doc":"a","start":0,"end":14,"text":"Norland Motors"},{"id":"c2","doc":"b","start":0,"end":7,"text":"Norland"}],
         "clusters":[{"id":"k1","claims":["c1","c2"]}],
         "contradictions":[]}
        """);
        var gold = Path.Combine(_work, "invented", "topic.gold.json");
        Directory.CreateDirectory(Path.GetDirectoryName(gold)!);
        File.WriteAllText(gold, """
        {"docs":{"d01":"one.txt","d02":"two.txt"},
         "merge":[{"forms":["Norland Motors","Norland"],"types":["ORG"],"in_docs":["d01","d02"]},
                  {"forms":["Norland Motors"],"types":["PERSON"],"in_docs":["d01"]}],
         "apart":[["Vesta","Vesta Bay"],["Norland","Orlan"],["Kestrel","Norland"]],
         "clusters":[{"name":"sold cars","has":{"d01":"sold cars","d02":"sold CARS"}}],
         "contradictions":[],"updates":[]}
        """);

        // When it is scored
        var result = CliRunner.Run(_work, "eval", "topics", "--export", export, "--gold", gold, "--misses");
        output.WriteLine(result.Out + result.Err);

        // Then the merge of the right type counts, the joined pair and the unknown name do not, and the cluster is found
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("[merge] one PERSON entity for ['Norland Motors'] in ['d01']", result.Out, StringComparison.Ordinal);
        Assert.Contains("[apart] 'Vesta' merged with 'Vesta Bay'", result.Out, StringComparison.Ordinal);
        Assert.Contains("[apart] 'Kestrel' not found; apart from 'Norland'", result.Out, StringComparison.Ordinal);
        Assert.Contains("TOPIC invented: merge=1/2 apart=1/3 clusters=1/1 conflicts-real=0/0 conflicts-found=0/0 updates-flagged=0", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_topics_gives_the_reference_scorers_figures_on_a_real_topic()
    {
        // Given the airbus topic and the reference scorer of ../shared (skipped without them or python3)
        var shared = TestPaths.Shared;
        var topic = shared is null ? null : Path.Combine(shared, "data", "topics", "airbus");
        var scorer = shared is null ? null : Path.Combine(shared, "tools", "topic_score.py");
        if (topic is null || !Directory.Exists(topic) || !File.Exists(scorer) || !File.Exists("/usr/bin/python3"))
        {
            output.WriteLine("skipped: ../shared/data/topics, ../shared/tools/topic_score.py or python3 absent");
            return;
        }

        // When the topic is added to a case, exported, and scored by both
        var caseDir = Path.Combine(_work, "case");
        Assert.Equal(0, CliRunner.Run(_work, "add", Path.Combine(topic, "reports.jsonl"), "--case", caseDir).ExitCode);
        var export = Path.Combine(_work, "airbus.json");
        Assert.Equal(0, CliRunner.Run(_work, "export", "--format", "json", "--case", caseDir, "-o", export).ExitCode);
        var gold = Path.Combine(topic, "topic.gold.json");
        var ours = CliRunner.Run(_work, "eval", "topics", "--export", export, "--gold", gold, "--misses");
        var reference = Process.Start(new ProcessStartInfo("/usr/bin/python3", [scorer!, export, gold]) { RedirectStandardOutput = true })!;
        var expected = reference.StandardOutput.ReadToEnd();
        reference.WaitForExit();
        output.WriteLine(ours.Out);

        // Then every line, misses and figures, is the same
        Assert.Equal(0, reference.ExitCode);
        Assert.Equal(expected.ReplaceLineEndings("\n"), ours.Out.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Eval_coref_scores_an_export_against_a_topic_annotation_in_its_annotated_region()
    {
        // Given an invented topic: two reports, a gold entity named in both (and once after the annotated region),
        // and an export that joins the two names and finds one other mention
        var topic = Path.Combine(_work, "tiny");
        Directory.CreateDirectory(topic);
        File.WriteAllText(Path.Combine(topic, "reports.jsonl"), "{\"name\":\"one\",\"text\":\"Norland Motors grew.\"}\n");
        File.WriteAllText(Path.Combine(topic, "annotations.gold.json"), """
        {"documents":[{"name":"one","annotated_end":20},{"name":"two","annotated_end":8}],
         "mentions":[{"doc":"one","start":0,"end":14,"entity":"E1","head":[8,14]},
                     {"doc":"two","start":0,"end":7,"entity":"E1","head":[0,7]},
                     {"doc":"two","start":9,"end":16,"entity":"E1","head":[9,16]}]}
        """);
        var export = Path.Combine(_work, "tiny.json");
        File.WriteAllText(export, """
        {"documents":[{"id":"a","name":"one"},{"id":"b","name":"two"}],
         "entities":[{"id":"e1","mentions":[{"doc":"a","start":0,"end":14},{"doc":"b","start":0,"end":7}]},
                     {"id":"e2","mentions":[{"doc":"a","start":15,"end":19}]}]}
        """);

        // When it is scored
        var result = CliRunner.Run(_work, "eval", "coref", "--data", topic, "--export", export);
        output.WriteLine(result.Out + result.Err);

        // Then the mention past the annotated region is left out: 2 gold mentions, 3 system ones, 2 on gold spans
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("topic tiny: 2 gold entity mentions in the fully annotated region, 3 system mentions", result.Out, StringComparison.Ordinal);
        Assert.Contains("mentions exact span  R=1.0000 P=0.6667", result.Out, StringComparison.Ordinal);
        Assert.Contains("exact   MUC F1=1.0000", result.Out, StringComparison.Ordinal);
    }
}
