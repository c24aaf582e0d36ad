using System.Text;
using Triangulate.Export.Csv;
using Triangulate.Testing;
using Xunit.Abstractions;

namespace Triangulate.Export.Tests;

/// <summary>
/// Every export of the demo case against the files checked in under <c>Snapshots/</c>, byte for byte, so a change to
/// any export shows up in review. After an intended change, write them again with
/// <c>TRIANGULATE_UPDATE_SNAPSHOTS=1 dotnet test tests/Triangulate.Export.Tests --filter Snapshot</c> and read the diff.
/// </summary>
[Collection(DemoCaseCollection.Name)]
public sealed class SnapshotTests(DemoCase demo, ITestOutputHelper output)
{
    private static readonly string Folder = Path.Combine(TestPaths.Repository, "tests", "Triangulate.Export.Tests", "Snapshots");

    private static bool Update => Environment.GetEnvironmentVariable("TRIANGULATE_UPDATE_SNAPSHOTS") == "1";

    public static TheoryData<string> StreamFormats => new(CaseExporters.All.Where(e => e.WritesStream).Select(e => e.Format));

    [Theory]
    [MemberData(nameof(StreamFormats))]
    public void Demo_export_equals_its_snapshot(string format)
    {
        // Given the demo case
        var exporter = CaseExporters.Find(format)!;

        // When it is exported
        var bytes = DemoCase.Export(exporter, demo.CaseFile);

        // Then the export is the checked-in snapshot
        Compare($"demo.{format}", bytes);
    }

    [Fact]
    public void Demo_csv_layers_equal_their_snapshots()
    {
        // Given the demo case
        // When each CSV layer is written
        foreach (var layer in CsvLayers.Of(demo.CaseFile))
        {
            using var stream = new MemoryStream();
            CsvExporter.WriteLayer(layer, stream);

            // Then each file is its checked-in snapshot
            Compare(Path.Combine("demo-csv", layer.Name + ".csv"), stream.ToArray());
        }
    }

    [Fact]
    public void Every_export_is_the_same_bytes_each_time()
    {
        // Given the demo case exported once in every format (the zip too)
        var first = CaseExporters.All.ToDictionary(e => e.Format, e => DemoCase.Export(e, demo.CaseFile));

        // When it is exported again
        // Then nothing differs: no timestamps, a stable order
        foreach (var exporter in CaseExporters.All)
        {
            Assert.True(first[exporter.Format].AsSpan().SequenceEqual(DemoCase.Export(exporter, demo.CaseFile)), exporter.Format);
        }
    }

    private void Compare(string name, byte[] actual)
    {
        var path = Path.Combine(Folder, name);
        if (Update)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, actual);
            output.WriteLine($"updated {path}");
            return;
        }

        Assert.True(File.Exists(path), $"no snapshot {path}: write it with TRIANGULATE_UPDATE_SNAPSHOTS=1");
        var expected = File.ReadAllBytes(path);
        if (expected.AsSpan().SequenceEqual(actual))
        {
            return;
        }

        // Name the first line that differs, so the failure says what changed.
        var expectedLines = Encoding.UTF8.GetString(expected).Split('\n');
        var actualLines = Encoding.UTF8.GetString(actual).Split('\n');
        var line = Enumerable.Range(0, Math.Min(expectedLines.Length, actualLines.Length)).FirstOrDefault(i => expectedLines[i] != actualLines[i], Math.Min(expectedLines.Length, actualLines.Length));
        Assert.Fail($"{name} differs from its snapshot at line {line + 1}:\n  snapshot: {expectedLines.ElementAtOrDefault(line)}\n  export:   {actualLines.ElementAtOrDefault(line)}\n" +
            "If the change is intended, run TRIANGULATE_UPDATE_SNAPSHOTS=1 dotnet test tests/Triangulate.Export.Tests --filter Snapshot and review the diff.");
    }
}
