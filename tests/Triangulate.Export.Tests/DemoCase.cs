using Triangulate.Cases;
using Triangulate.Readers;
using Triangulate.Testing;

namespace Triangulate.Export.Tests;

/// <summary>
/// The project's demo case (samples/demo), added as <c>triangulate add samples/demo</c> adds it, once for all the
/// tests of a run.
/// </summary>
public sealed class DemoCase : IDisposable
{
    private readonly string _folder = TestPaths.NewTempFolder("triangulate-export-demo");

    public DemoCase()
    {
        var files = DocumentReader.ExpandPaths([Path.Combine(TestPaths.Repository, "samples", "demo")]).ToList();
        using var workspace = CaseWorkspace.Open(Path.Combine(_folder, "case"));
        var summary = workspace.Add(files);
        if (summary.Rejected > 0)
        {
            throw new InvalidOperationException($"the demo case rejected {summary.Rejected} of its files");
        }

        CaseFile = workspace.CaseFile();
    }

    /// <summary>The demo's case file.</summary>
    public CaseFile CaseFile { get; }

    /// <summary>The export of a format, as bytes.</summary>
    public static byte[] Export(ICaseExporter exporter, CaseFile caseFile)
    {
        using var stream = new MemoryStream();
        exporter.Write(caseFile, stream);
        return stream.ToArray();
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}

[CollectionDefinition(Name)]
public sealed class DemoCaseCollection : ICollectionFixture<DemoCase>
{
    public const string Name = "demo case";
}
