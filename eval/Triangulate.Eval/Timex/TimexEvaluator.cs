using System.Diagnostics;
using System.Globalization;
using Triangulate.Core.Documents;
using Triangulate.Core.Pipeline;
using Triangulate.Core.Syntax;
using Triangulate.Core.Text;
using Triangulate.Core.Times;

namespace Triangulate.Eval.Timex;

/// <summary>Precision, recall and F1 of one measure.</summary>
/// <param name="Correct">Matches counted for precision (over system expressions).</param>
/// <param name="System">System expressions.</param>
/// <param name="Gold">Gold expressions.</param>
/// <param name="CorrectGold">Matches counted for recall (over gold expressions); equal to <paramref name="Correct"/> for one-to-one matching.</param>
public readonly record struct Score(int Correct, int System, int Gold, int CorrectGold)
{
    /// <summary>Correct over system.</summary>
    public double Precision => System == 0 ? 0 : (double)Correct / System;

    /// <summary>Correct over gold.</summary>
    public double Recall => Gold == 0 ? 0 : (double)CorrectGold / Gold;

    /// <summary>Harmonic mean.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>"P=0.9000 R=0.8000 F1=0.8471".</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"P={Precision:F4} R={Recall:F4} F1={F1:F4}");
}

/// <summary>The scores of a run over TimeML files, and the mistakes for a reader to study.</summary>
/// <param name="Files">How many files.</param>
/// <param name="Strict">Extent F1, exact span.</param>
/// <param name="Relaxed">Extent F1, overlapping span.</param>
/// <param name="TypeAccuracy">Share of relaxed matches with the gold type.</param>
/// <param name="Type">Type F1 (correctly typed matches over system and gold).</param>
/// <param name="Value">Value F1 (correctly valued matches over system and gold).</param>
/// <param name="Mistakes">One line per missed, spurious or wrongly valued expression.</param>
/// <param name="Seconds">Time spent in the annotators.</param>
/// <param name="Characters">Characters annotated.</param>
public sealed record TimexReport(int Files, Score Strict, Score Relaxed, double TypeAccuracy, Score Type, Score Value,
    IReadOnlyList<string> Mistakes, double Seconds, long Characters);

/// <summary>
/// Scores the time stage on TimeML files as TempEval-3 does. Each file's creation time (the TIMEX3 with
/// <c>functionInDocument="CREATION_TIME"</c>) is given as the document's metadata date, and is not itself scored.
/// Extents match strictly (same span) or relaxed (overlapping); system and gold expressions are paired one to one,
/// largest overlap first. Type and value are attribute scores over relaxed pairs: value precision is correctly
/// valued pairs over all system expressions, recall the same over all gold expressions, and value F1 their harmonic
/// mean (equivalently value accuracy times relaxed F1), the figure the TempEval-3 papers report.
/// </summary>
public static class TimexEvaluator
{
    /// <summary>Scores every <c>*.tml</c> file under the folders, with the syntax stage before the time stage.</summary>
    public static TimexReport Run(params IReadOnlyList<string> folders) => Run(folders, syntax: true);

    /// <summary>
    /// Scores every <c>*.tml</c> file under the folders; with <paramref name="syntax"/> the syntax stage runs before
    /// the time stage (as in the default pipeline), so the governing verb's tense is read from the tree.
    /// </summary>
    public static TimexReport Run(IReadOnlyList<string> folders, bool syntax)
    {
        var files = folders.SelectMany(f => Directory.GetFiles(f, "*.tml", SearchOption.AllDirectories)).Order(StringComparer.Ordinal).ToArray();
        var builder = new PipelineBuilder().Add(new TokenAnnotator());
        if (syntax)
        {
            builder.Add(new SyntaxAnnotator());
        }

        var pipeline = builder.Add(new TimeAnnotator()).Build();
        var documents = files.Select(TimeMlDocument.Load).ToArray();

        // One untimed pass first, so the speed reported is not the JIT compiler's.
        foreach (var tml in documents)
        {
            pipeline.Run(new Document(tml.Text, new DocumentMetadata(tml.Name, Published: tml.CreationTime)));
        }

        var (strict, relaxed, typed, valued, system, gold) = (0, 0, 0, 0, 0, 0);
        var mistakes = new List<string>();
        var stopwatch = new Stopwatch();
        long characters = 0;
        foreach (var tml in documents)
        {
            var document = new Document(tml.Text, new DocumentMetadata(tml.Name, Published: tml.CreationTime));
            stopwatch.Start();
            pipeline.Run(document);
            stopwatch.Stop();
            characters += tml.Text.Length;
            var found = document.Get<TimeExpression>();
            system += found.Count;
            gold += tml.Timexes.Count;
            var used = new bool[found.Count];
            foreach (var g in tml.Timexes)
            {
                var best = -1;
                var bestOverlap = 0;
                for (var k = 0; k < found.Count; k++)
                {
                    var overlap = Math.Min(g.End, found[k].End) - Math.Max(g.Start, found[k].Start);
                    if (!used[k] && overlap > bestOverlap)
                    {
                        (best, bestOverlap) = (k, overlap);
                    }
                }

                var goldText = tml.Text[g.Start..g.End].ReplaceLineEndings(" ");
                if (best < 0)
                {
                    mistakes.Add($"{tml.Name}\tmissed\t{goldText}\t{g.Type}\t{g.Value}");
                    continue;
                }

                used[best] = true;
                var s = found[best];
                relaxed++;
                strict += s.Start == g.Start && s.End == g.End ? 1 : 0;
                typed += s.Type == g.Type ? 1 : 0;
                if (s.Value == g.Value)
                {
                    valued++;
                }
                else
                {
                    mistakes.Add($"{tml.Name}\tvalue\t{goldText}\t{g.Type}\t{g.Value}\t| {s.Text}\t{s.Type}\t{s.Value}\tdct={tml.CreationTime:yyyy-MM-dd}");
                }
            }

            for (var k = 0; k < found.Count; k++)
            {
                if (!used[k])
                {
                    mistakes.Add($"{tml.Name}\tspurious\t{found[k].Text}\t{found[k].Type}\t{found[k].Value}");
                }
            }
        }

        return new TimexReport(
            files.Length,
            new Score(strict, system, gold, strict),
            new Score(relaxed, system, gold, relaxed),
            relaxed == 0 ? 0 : (double)typed / relaxed,
            new Score(typed, system, gold, typed),
            new Score(valued, system, gold, valued),
            mistakes,
            stopwatch.Elapsed.TotalSeconds,
            characters);
    }
}
