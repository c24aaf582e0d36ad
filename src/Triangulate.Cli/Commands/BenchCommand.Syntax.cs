using System.Diagnostics;
using System.Globalization;
using Triangulate.Core.Documents;
using Triangulate.Core.Syntax;
using Triangulate.Core.Text;

namespace Triangulate.Cli.Commands;

internal static partial class BenchCommand
{
    // The syntax stage is not in the default pipeline yet (no later stage reads it until claims are read from the
    // tree), so its cost is measured apart, on the same documents, and shown as what it would add to the pipeline.
    private static void ReportSyntax(List<Document> documents, long bytes, double pipelineSeconds)
    {
        var inv = CultureInfo.InvariantCulture;
        var syntax = new SyntaxAnnotator();
        foreach (var d in documents.Take(20))
        {
            syntax.Annotate(d);
        }

        var tokens = 0L;
        var start = Stopwatch.GetTimestamp();
        foreach (var document in documents)
        {
            syntax.Annotate(document);
            tokens += document.Get<Token>().Count;
        }

        var seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
        Console.WriteLine(string.Create(inv, $"  stage {"syntax",-12} {seconds:0.000} s  {tokens / seconds,9:N0} tokens/s  {bytes / 1e6 / seconds,9:0.00} MB/s  (apart: not in the default pipeline yet; with it the pipeline would run at {bytes / 1e6 / (pipelineSeconds + seconds):0.00} MB/s)"));
    }
}
