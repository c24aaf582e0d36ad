using System.IO.Compression;
using System.Text.Json;
using CsvHelper;
using Triangulate.Export.Csv;
using Triangulate.Testing;

namespace Triangulate.Export.Tests;

/// <summary>The CSV export read back with CsvHelper and joined on its ids: the counts are those of the JSON export.</summary>
[Collection(DemoCaseCollection.Name)]
public sealed class CsvRoundTripTests(DemoCase demo) : IDisposable
{
    private readonly string _work = TestPaths.NewTempFolder("triangulate-csv");

    public void Dispose() => Directory.Delete(_work, recursive: true);

    [Fact]
    public void Csv_folder_reads_back_and_joins_with_the_counts_of_the_json_export()
    {
        // Given the demo case written as a CSV folder, and its JSON export
        var folder = Path.Combine(_work, "csv");
        new CsvExporter().WriteTo(demo.CaseFile, folder);
        using var json = JsonDocument.Parse(DemoCase.Export(new JsonExporter(), demo.CaseFile));
        var root = json.RootElement;
        int Count(string layer) => root.GetProperty(layer).GetArrayLength();
        int Sum(string layer, Func<JsonElement, int> count) => root.GetProperty(layer).EnumerateArray().Sum(count);

        // When every file is read back with CsvHelper
        var tables = Directory.GetFiles(folder, "*.csv").ToDictionary(f => Path.GetFileNameWithoutExtension(f), ReadTable);

        // Then each starts with a byte order mark and holds one row per item of the JSON export
        Assert.All(Directory.GetFiles(folder, "*.csv"), f => Assert.Equal([0xEF, 0xBB, 0xBF], File.ReadAllBytes(f)[..3]));
        Assert.Equal(Count("documents"), tables["documents"].Count);
        Assert.Equal(Count("entities"), tables["entities"].Count);
        Assert.Equal(Sum("entities", e => e.GetProperty("mentions").GetArrayLength()), tables["mentions"].Count);
        Assert.Equal(Sum("entities", e => e.GetProperty("variants").EnumerateArray().Sum(v => v.GetProperty("documents").GetArrayLength())), tables["variants"].Count);
        Assert.Equal(Count("times"), tables["times"].Count);
        Assert.Equal(Count("quantities"), tables["quantities"].Count);
        Assert.Equal(Count("claims"), tables["claims"].Count);
        Assert.Equal(Sum("claims", c => c.GetProperty("source_chain").GetArrayLength()), tables["claim_sources"].Count);
        Assert.Equal(Count("clusters"), tables["clusters"].Count);
        Assert.Equal(Count("contradictions"), tables["contradictions"].Count);
        Assert.Equal(Count("timeline"), tables["timeline"].Count);
        Assert.True(tables.Values.All(t => t.Count > 0), "every layer of the demo has rows");

        // And the ids join: every reference finds its row, and the joined counts are the JSON's
        var documents = tables["documents"].Select(r => r["id"]).ToHashSet();
        var entities = tables["entities"].ToDictionary(r => r["id"]);
        var claims = tables["claims"].ToDictionary(r => r["id"]);
        var clusters = tables["clusters"].ToDictionary(r => r["id"]);
        Assert.All(tables["mentions"], m => Assert.Contains(m["entity_id"], entities.Keys));
        foreach (var layer in (string[])["mentions", "variants", "times", "quantities", "claims"])
        {
            Assert.All(tables[layer], r => Assert.Contains(r["document_id"], documents));
        }

        Assert.All(tables["claim_sources"], s => Assert.Contains(s["claim_id"], claims.Keys));
        Assert.All(tables["claim_sources"].Where(s => s["entity_id"].Length > 0), s => Assert.Contains(s["entity_id"], entities.Keys));
        Assert.All(claims.Values, c => Assert.Contains(c["cluster_id"], clusters.Keys));
        Assert.All(tables["contradictions"], x => Assert.True(claims.ContainsKey(x["claim_a"]) && claims.ContainsKey(x["claim_b"])));
        Assert.All(tables["timeline"], t => Assert.All(t["claim_ids"].Split(CsvLayers.ListSeparator), id => Assert.Contains(id, claims.Keys)));
        foreach (var entity in root.GetProperty("entities").EnumerateArray())
        {
            var id = entity.GetProperty("id").GetString()!;
            Assert.Equal(entity.GetProperty("mentions").GetArrayLength(), tables["mentions"].Count(m => m["entity_id"] == id));
            Assert.Equal(entity.GetProperty("mentions").GetArrayLength().ToString(System.Globalization.CultureInfo.InvariantCulture), entities[id]["mentions"]);
        }

        foreach (var cluster in root.GetProperty("clusters").EnumerateArray())
        {
            var id = cluster.GetProperty("id").GetString()!;
            Assert.Equal(cluster.GetProperty("claims").GetArrayLength(), claims.Values.Count(c => c["cluster_id"] == id));
        }

        // And text survives the trip: accents and currency signs as written, the same as in the JSON
        foreach (var claim in root.GetProperty("claims").EnumerateArray())
        {
            Assert.Equal(claim.GetProperty("text").GetString(), claims[claim.GetProperty("id").GetString()!]["text"]);
        }

        Assert.Contains(tables["quantities"], q => q["text"].Contains('€', StringComparison.Ordinal));
    }

    [Fact]
    public void Csv_zip_holds_the_same_files_as_the_folder()
    {
        // Given the demo case written both as a folder and as a zip
        var folder = Path.Combine(_work, "folder");
        var zipPath = Path.Combine(_work, "case.zip");
        var exporter = new CsvExporter();
        exporter.WriteTo(demo.CaseFile, folder);
        exporter.WriteTo(demo.CaseFile, zipPath);

        // When the zip is opened
        using var zip = ZipFile.OpenRead(zipPath);

        // Then it holds one entry per layer, each the bytes of the folder's file
        Assert.Equal(Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal), zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
        foreach (var entry in zip.Entries)
        {
            using var stream = entry.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            Assert.Equal(File.ReadAllBytes(Path.Combine(folder, entry.FullName)), copy.ToArray());
        }
    }

    [Fact]
    public void A_cell_a_spreadsheet_would_run_as_a_formula_is_written_as_text()
    {
        // Given a case whose claim starts like a spreadsheet formula, with a quote, a comma and a line break in it
        var caseFile = TinyCase.Create(claimText: "=HYPERLINK(\"http://x\",\"click\")\nsecond line");

        // When its claims are written and read back
        var layer = CsvLayers.Of(caseFile).Single(l => l.Name == "claims");
        using var stream = new MemoryStream();
        CsvExporter.WriteLayer(layer, stream);
        stream.Position = 0;
        var rows = ReadTable(stream);

        // Then the cell reads back whole, with a leading ' that keeps a spreadsheet from running it
        Assert.Equal("'=HYPERLINK(\"http://x\",\"click\")\nsecond line", rows[0]["text"]);
    }

    private static List<Dictionary<string, string>> ReadTable(string path)
    {
        using var file = File.OpenRead(path);
        return ReadTable(file);
    }

    private static List<Dictionary<string, string>> ReadTable(Stream stream)
    {
        using var csv = CsvReader.Create(stream, CsvReaderOptions.Default, leaveOpen: true);
        var rows = new List<Dictionary<string, string>>();
        while (csv.Read())
        {
            var headers = csv.Headers;
            rows.Add(Enumerable.Range(0, headers.Count).ToDictionary(i => headers[i], csv.GetString));
        }

        return rows;
    }
}
