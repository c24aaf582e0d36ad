using System.CommandLine;
using Triangulate.Cases;
using Triangulate.Export;
using Triangulate.Readers;

namespace Triangulate.Cli.Commands;

/// <summary><c>triangulate demo</c>: the project's own fictional sample case, end to end.</summary>
internal static class DemoCommand
{
    private const string ResourcePrefix = "Triangulate.Cli.Demo.";

    public static Command Create()
    {
        var output = new Option<string>("--output", "-o") { Description = "Where to write the report.", DefaultValueFactory = _ => "report.html" };
        var command = new Command("demo", "Run the sample case (a fictional story told by several reports): ingest, resolve, summarise, write report.html.") { output };
        command.SetAction(parse =>
        {
            var root = Path.Combine(Path.GetTempPath(), "triangulate-demo-" + Guid.NewGuid().ToString("N")[..8]);
            var reports = Path.Combine(root, "reports");
            try
            {
                var files = WriteSampleReports(reports);
                Console.WriteLine($"Sample case: {files.Count} reports of one fictional story, in {reports}");
                using var workspace = CaseWorkspace.Open(Path.Combine(root, "case"));
                var summary = workspace.Add(files, ReaderOptions.Default, rejected: r => Console.Error.WriteLine($"rejected: {r}"));
                var caseFile = workspace.CaseFile();
                PrintSummary(caseFile, summary);
                var path = parse.GetValue(output)!;
                File.WriteAllText(path, HtmlReport.Render(caseFile, "Triangulate demo: a fictional story in several reports"));
                Console.WriteLine();
                Console.WriteLine($"wrote {path}");
                return summary.Rejected > 0 ? CliSupport.Failed : 0;
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
        });
        return command;
    }

    internal static List<string> WriteSampleReports(string folder)
    {
        Directory.CreateDirectory(folder);
        var assembly = typeof(DemoCommand).Assembly;
        var files = new List<string>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var path = Path.Combine(folder, name[ResourcePrefix.Length..]);
            using (var stream = assembly.GetManifestResourceStream(name)!)
            using (var file = File.Create(path))
            {
                stream.CopyTo(file);
            }

            files.Add(path);
        }

        return files;
    }

    private static void PrintSummary(CaseFile caseFile, IngestSummary summary)
    {
        var docs = caseFile.Documents.ToDictionary(d => d.Id, d => d.Name);
        Console.WriteLine($"Ingested {summary.Added} documents: {caseFile.Entities.Count} entities, {caseFile.Claims.Count} claims, {caseFile.Times.Count} dates, {caseFile.Quantities.Count} amounts.");
        Console.WriteLine();
        Console.WriteLine("Entities named in several reports (spellings merged):");
        foreach (var e in caseFile.Entities
            .Select(e => (Entity: e, Documents: e.Variants.SelectMany(v => v.Documents).Distinct().Count()))
            .Where(x => x.Documents > 1)
            .OrderByDescending(x => x.Entity.Variants.Count).ThenByDescending(x => x.Documents)
            .Take(12))
        {
            Console.WriteLine($"  {e.Entity.Type,-8} {e.Entity.Name}: {string.Join(" / ", e.Entity.Aliases)} ({e.Documents} reports)");
        }

        Console.WriteLine();
        Console.WriteLine("Top claims, by independent origins:");
        var claims = caseFile.Claims.ToDictionary(c => c.Id);
        foreach (var cluster in caseFile.Clusters.Where(k => k.Claims.Count > 1).OrderByDescending(k => k.IndependentOrigins).ThenByDescending(k => k.Documents).Take(5))
        {
            var claim = claims[cluster.Claims[0]];
            Console.WriteLine($"  {cluster.Documents} reports, {cluster.IndependentOrigins} independent origin(s) [{string.Join("; ", cluster.Origins)}]:");
            Console.WriteLine($"    {CliSupport.OneLine(claim.Text, 150)}");
        }

        Console.WriteLine();
        Console.WriteLine("Conflicts:");
        foreach (var conflict in caseFile.Contradictions.Take(8))
        {
            Console.WriteLine($"  [{conflict.Kind}] {CliSupport.OneLine(conflict.Explanation, 170)}");
        }

        Console.WriteLine();
        Console.WriteLine("Timeline:");
        foreach (var entry in caseFile.Timeline.Take(12))
        {
            Console.WriteLine($"  {entry.When,-22} {CliSupport.OneLine(entry.Summary, 110)} ({string.Join(", ", entry.Documents.Select(d => docs.GetValueOrDefault(d, d)))})");
        }
    }
}
