using System.Globalization;
using System.Text;

namespace Triangulate.Eval.Attribution;

/// <summary>Writes attribution scores as a plain-text table ending with the overall line.</summary>
public static class AttributionReport
{
    /// <summary>The report for <paramref name="scores"/> on <paramref name="split"/>.</summary>
    public static string Format(AttributionScores scores, string split)
    {
        var c = CultureInfo.InvariantCulture;
        var builder = new StringBuilder();
        builder.AppendLine(c, $"PolNeAR {split}: {scores.Articles} articles, {scores.Characters / 1e6:F2} MB, tokens+claims {scores.Characters / 1e6 / Math.Max(scores.Elapsed.TotalSeconds, 1e-9):F1} MB/s");
        builder.AppendLine("role     match    gold  system  precision  recall  F1");
        foreach (var (label, table) in new[] { ("overlap", scores.Overlap), ("exact", scores.Exact) })
        {
            foreach (var role in Enum.GetValues<AttributionRole>())
            {
                var s = table[role];
                builder.AppendLine(c, $"{role.ToString().ToLowerInvariant(),-8} {label,-7} {s.Gold,5} {s.System,7}  {s.Precision,9:F4}  {s.Recall,6:F4}  {s.F1:F4}");
            }
        }

        builder.AppendLine(c, $"exact source-F1={scores.Exact[AttributionRole.Source].F1:F4} cue-F1={scores.Exact[AttributionRole.Cue].F1:F4} content-F1={scores.Exact[AttributionRole.Content].F1:F4}");
        builder.Append(c, $"overall source-F1={scores.Overlap[AttributionRole.Source].F1:F4} content-F1={scores.Overlap[AttributionRole.Content].F1:F4}");
        return builder.ToString();
    }
}
