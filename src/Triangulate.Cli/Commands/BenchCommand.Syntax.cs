using System.Diagnostics;
using System.Globalization;
using Triangulate.Core.Documents;
using Triangulate.Core.Syntax;
using Triangulate.Core.Text;

namespace Triangulate.Cli.Commands;

internal static partial class BenchCommand
{
    // The syntax stage runs in the default pipeline (timed above with the others); it is timed once more alone, on
    // the same documents, with no other stage between them to share the cache, to show what that sharing costs.
    private static void ReportSyntax(List<Document> documents, long bytes)
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
        Console.WriteLine(string.Create(inv, $"  stage {"syntax",-12} {seconds:0.000} s  {tokens / seconds,9:N0} tokens/s  {bytes / 1e6 / seconds,9:0.00} MB/s  (again, alone: no other stage between documents)"));
    }
}
