using System.Text.RegularExpressions;
using Triangulate.Core.Claims;
using Triangulate.Core.Documents;
using Triangulate.Core.Entities;
using Triangulate.Core.Pipeline;
using Triangulate.Core.Quantities;
using Triangulate.Core.Times;
using Triangulate.Eval.Coref;
using Triangulate.Resolution;
using Xunit.Abstractions;

namespace Triangulate.Resolution.Tests;

/// <summary>
/// The drone-plant sample read from ../shared, through the default pipeline when it has entity and claim stages.
/// PROVISIONAL otherwise: until those stages are merged, mentions come from the capitalised-span heuristic (untyped), claims are sentences with a stance
/// read from a denial/admission verb, and a chain root from "according to X" / "X reported". The assertions are
/// about resolution only and name nothing from the sample.
/// </summary>
public sealed partial class SampleCaseTests(ITestOutputHelper output)
{
    [Fact]
    public void Drone_plant_reports_resolve_into_shared_entities_and_contradictions()
    {
        // Given the two reports of the sample case
        var shared = TestData.SharedFolder();
        var folder = shared is null ? null : Path.Combine(shared, "samples", "drone-plant");
        if (folder is null || !Directory.Exists(folder))
        {
            output.WriteLine("skipped: ../shared absent");
            return;
        }

        var resolver = new CaseResolver();
        var sequence = 0;
        var files = Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal).ToList();
        var pipeline = DefaultPipeline.Create();
        var real = pipeline.Stages.Any(s => s.Produces.Contains(typeof(EntityMention)))
            && pipeline.Stages.Any(s => s.Produces.Contains(typeof(Claim)));
        output.WriteLine(real ? "upstream: the default pipeline" : "upstream: PROVISIONAL heuristics (no entity or claim stage registered)");
        foreach (var file in files)
        {
            var name = Path.GetFileName(file);
            var text = File.ReadAllText(file);
            resolver.Add(real ? RunPipeline(pipeline, name, text, sequence++) : Annotate(name, text, sequence++));
        }

        // When the case is resolved
        var result = resolver.Snapshot();
        foreach (var e in result.Entities.Where(e => e.Aliases.Count > 1))
        {
            output.WriteLine($"{e.Id} {e.Name}: {string.Join(" | ", e.Aliases.Select(a => $"{a.Text} [{a.Documents.Count}]"))}");
            foreach (var why in e.Explanation)
            {
                output.WriteLine("    " + why);
            }
        }

        foreach (var k in result.Clusters.Where(k => k.Documents > 1))
        {
            output.WriteLine($"{k.Id}: {k.Claims.Count} claims, {k.Documents} documents, {k.IndependentOrigins} origins ({string.Join(", ", k.Origins)})");
        }

        foreach (var c in result.Contradictions)
        {
            output.WriteLine($"{c.Kind}: {c.Explanation}");
        }

        // Then names spelled differently by the two reports are merged, and the reports' denials and admission conflict
        var crossSpelling = result.Entities.Count(e =>
            e.Aliases.Select(a => a.Text).Distinct().Count() > 1 && e.Aliases.SelectMany(a => a.Documents).Distinct().Count() == files.Count);
        Assert.True(crossSpelling >= 3, $"{crossSpelling} entities merge spellings across the reports");
        Assert.Contains(result.Contradictions, c => c.Kind == "polarity");
        Assert.Contains(result.Clusters, k => k.Documents > 1);
        if (real)
        {
            // With the real stages: a story both reports take from one source is one origin, conflicting dates are
            // found, and events both reports date share a timeline entry.
            Assert.Contains(result.Clusters, k => k.Documents > 1 && k.IndependentOrigins == 1);
            Assert.Contains(result.Contradictions, c => c.Kind == "time");
            Assert.Contains(result.Timeline, t => t.Documents.Count > 1);

            // and each report's denials are set against the other report's admission and assertions, each disagreement
            // between two origins once, with every claim of each side
            var across = result.Contradictions.Where(c => c.Kind == "polarity")
                .Sum(c => c.SideA.Sum(x => c.SideB.Count(y => x[..9] != y[..9])));
            Assert.True(across >= 3, $"{across} polarity claim pairs across the two reports");
            var origins = result.Contradictions.Select(c => (c.Kind, c.SideA[0], c.SideB[0])).ToList();
            Assert.Equal(origins.Count, origins.Distinct().Count());
        }
    }

    private static AnnotatedDocument RunPipeline(AnnotationPipeline pipeline, string name, string text, int sequence)
    {
        var doc = pipeline.Run(new Document(text, new DocumentMetadata(name)));
        return new AnnotatedDocument(doc.Id, name, doc.Metadata.Source, doc.Published, sequence, doc.Text,
            doc.GetOrEmpty<EntityMention>(), doc.GetOrEmpty<TimeExpression>(), doc.GetOrEmpty<Quantity>(), doc.GetOrEmpty<Claim>());
    }

    private static AnnotatedDocument Annotate(string name, string text, int sequence)
    {
        var mentions = ProvisionalMentionFinder.Find(text).Select(m => m with { Type = EntityTypes.Org }).ToList();
        var claims = new List<Claim>();
        foreach (Match sentence in Sentence().Matches(text))
        {
            var s = sentence.Value;
            var stance = Deny().IsMatch(s) ? Stances.Deny : Admit().IsMatch(s) ? Stances.Admit : Stances.Assert;
            var chain = new List<SourceLink>();
            var cue = Cue().Match(s);
            if (cue.Success)
            {
                var at = sentence.Index + cue.Groups["src"].Index;
                var source = mentions.FirstOrDefault(m => m.Start >= at && m.Start < at + cue.Groups["src"].Length + 40);
                if (source is not null)
                {
                    chain.Add(new SourceLink(source.Text, cue.Groups["cue"].Value, source.Start, source.End));
                }
            }

            claims.Add(new Claim(sentence.Index, sentence.Index + s.Length, s, chain, stance, Modalities.Fact));
        }

        return new AnnotatedDocument(DocumentId.For(text), name, null, null, sequence, text, mentions, [], [], claims);
    }

    [GeneratedRegex(@"[^.!?\n]+[.!?]?")]
    private static partial Regex Sentence();

    [GeneratedRegex(@"\bden(y|ied|ies)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Deny();

    [GeneratedRegex(@"\b(admit\w*|acknowledg\w*)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Admit();

    [GeneratedRegex(@"(?<cue>according to)\s+(?<src>[^,]+)|(?<src>[A-Z][\w ]+?)\s+(?<cue>reported|reports|noted)", RegexOptions.IgnoreCase)]
    private static partial Regex Cue();
}
