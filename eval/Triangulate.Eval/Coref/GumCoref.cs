using Triangulate.Core.Coreference;
using Triangulate.Core.Coreference.Training;
using Triangulate.Core.Documents;
using Triangulate.Core.Entities;
using Triangulate.Core.Entities.Recognition;
using Triangulate.Core.Pipeline;
using Triangulate.Core.Syntax;
using Triangulate.Core.Text;
using Triangulate.Eval.Syntax;

namespace Triangulate.Eval.Coref;

/// <summary>One GUM document run through the pipeline up to the entities, with its gold mentions.</summary>
/// <param name="Gold">The document and its gold annotation.</param>
/// <param name="Input">What the coreference model reads of it.</param>
public sealed record GumCorefItem(GumCorefDocument Gold, CorefInput Input);

/// <summary>Within-document coreference on GUM, end to end, and the mention scores beside it.</summary>
/// <param name="Scores">MUC, B3, CEAF-e against the gold chains (singletons of the response left out).</param>
/// <param name="Documents">Documents scored.</param>
/// <param name="GoldMentions">Gold mentions.</param>
/// <param name="SystemMentions">Mentions in the response's chains.</param>
/// <param name="MatchedMentions">Of those, the ones with a gold mention of the same characters.</param>
/// <param name="DetectedMatched">Gold mentions that mention detection found (in a chain or alone).</param>
public sealed record GumCorefReport(CorefScores Scores, int Documents, int GoldMentions, int SystemMentions, int MatchedMentions, int DetectedMatched)
{
    /// <summary>The report's lines.</summary>
    public IEnumerable<string> Lines()
    {
        yield return $"GUM within-document coreference, end to end ({Documents} documents, {GoldMentions} gold mentions, {SystemMentions} in response chains, exact spans)";
        yield return $"  MUC     R {Scores.Muc.Recall:0.0000} P {Scores.Muc.Precision:0.0000} F1 {Scores.Muc.F1:0.0000}";
        yield return $"  B3      R {Scores.BCubed.Recall:0.0000} P {Scores.BCubed.Precision:0.0000} F1 {Scores.BCubed.F1:0.0000}";
        yield return $"  CEAF-e  R {Scores.CeafE.Recall:0.0000} P {Scores.CeafE.Precision:0.0000} F1 {Scores.CeafE.F1:0.0000}";
        yield return $"  CoNLL F1 {Scores.ConllF1:0.0000}";
        var recall = GoldMentions == 0 ? 0 : (double)MatchedMentions / GoldMentions;
        var precision = SystemMentions == 0 ? 0 : (double)MatchedMentions / SystemMentions;
        yield return $"  mentions in chains: R {recall:0.0000} P {precision:0.0000}; gold mentions detected at all: {(GoldMentions == 0 ? 0 : (double)DetectedMatched / GoldMentions):0.0000}";
    }
}

/// <summary>
/// GUM's coreference layer (<c>coref/</c>, its <c>splits.md</c>): each document's text is rebuilt from its words and
/// run through the default stages up to the entities (tokens, syntax, names; no coreference), so the model is
/// trained and scored on what the pipeline gives it, never on gold trees or gold mentions.
/// </summary>
public static class GumCoref
{
    /// <summary>Whether <paramref name="folder"/> is the GUM folder (a <c>coref/</c> folder beside <c>splits.md</c>).</summary>
    public static bool IsGum(string folder) =>
        Directory.Exists(Path.Combine(folder, "coref")) && File.Exists(Path.Combine(folder, "splits.md"));

    /// <summary>The documents of <paramref name="split"/>, annotated.</summary>
    public static List<GumCorefItem> Load(string folder, string split)
    {
        var pipeline = new PipelineBuilder()
            .Add(new TokenAnnotator())
            .Add(new SyntaxAnnotator())
            .Add(new EntityAnnotator(NerModel.Default, coreference: null))
            .Build();
        var items = new List<GumCorefItem>();
        foreach (var file in TreebankFiles.Resolve(folder, split, "coref"))
        {
            var gold = GumCorefReader.Read(file);
            var document = pipeline.Run(new Document(gold.Text, new DocumentMetadata(gold.Name)));
            items.Add(new GumCorefItem(gold, CorefInputs.From(document)));
        }

        return items;
    }

    /// <summary>Scores <paramref name="model"/> on <paramref name="items"/>.</summary>
    public static GumCorefReport Score(CorefModel model, IReadOnlyList<GumCorefItem> items)
    {
        var key = new List<IReadOnlyList<string>>();
        var response = new List<IReadOnlyList<string>>();
        int gold = 0, system = 0, matched = 0, detected = 0;
        foreach (var item in items)
        {
            var name = item.Gold.Name;
            var goldKeys = new HashSet<string>(StringComparer.Ordinal);
            foreach (var chain in item.Gold.Mentions.GroupBy(m => m.Entity))
            {
                var cluster = chain.Select(m => $"{name}:{m.Start}-{m.End}").Distinct().ToList();
                goldKeys.UnionWith(cluster);
                key.Add(cluster);
            }

            gold += goldKeys.Count;
            var tokens = item.Input.Tokens;
            var resolved = model.Resolve(item.Input);
            detected += resolved.Select(m => $"{name}:{tokens[m.FirstToken].Start}-{tokens[m.EndToken - 1].End}").Distinct().Count(goldKeys.Contains);
            foreach (var chain in resolved.GroupBy(m => m.Chain))
            {
                var cluster = chain.Select(m => $"{name}:{tokens[m.FirstToken].Start}-{tokens[m.EndToken - 1].End}").Distinct().ToList();
                if (cluster.Count < 2)
                {
                    continue;
                }

                response.Add(cluster);
                system += cluster.Count;
                matched += cluster.Count(goldKeys.Contains);
            }
        }

        return new GumCorefReport(CorefMetrics.Score(key, response), items.Count, gold, system, matched, detected);
    }
}
