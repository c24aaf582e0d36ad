using System.Diagnostics;
using System.IO.Compression;
using Triangulate.Testing;

namespace Triangulate.Readers.Tests.Formats;

public sealed class ZipTests : IDisposable
{
    private readonly string _folder = TestPaths.NewTempFolder("triangulate-zip");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_zip_of_the_bbc_collection_adds_the_same_documents_as_the_folder()
    {
        // Given the BBC collection as a folder and as one zip file
        if (TestPaths.Shared is not { } shared)
        {
            Console.WriteLine("skipped: ../shared is absent");
            return;
        }

        var bbc = Path.Combine(shared, "data", "news", "bbc");
        var zipPath = Path.Combine(_folder, "bbc.zip");
        ZipFile.CreateFromDirectory(bbc, zipPath, CompressionLevel.Fastest, includeBaseDirectory: true);

        // When both are read
        var reader = new DocumentReader();
        var fromFolder = reader.Read([bbc]).OfType<ReadResult.Read>().Select(r => r.Document).ToList();
        var fromZip = reader.ReadFile(zipPath);
        var zipDocuments = fromZip.OfType<ReadResult.Read>().Select(r => r.Document).ToList();

        // Then the same documents (by text) are read, each recording the archive and its path inside
        Assert.Empty(fromZip.OfType<ReadResult.Rejected>());
        Assert.Equal(fromFolder.Select(d => d.Id).Order(), zipDocuments.Select(d => d.Id).Order());
        Assert.All(zipDocuments, d => Assert.Equal("bbc.zip", d.Metadata.Parent));
        Assert.Contains(zipDocuments, d => d.Metadata.PathInParent == "bbc/business/001.txt" && d.Metadata.Name == "bbc.zip/bbc/business/001.txt");
    }

    [Fact]
    public void A_gigabyte_of_zeros_is_refused_fast_in_little_memory()
    {
        // Given a zip holding 1 GB of zeros (about 1 MB compressed) beside a real report
        var path = Path.Combine(_folder, "bomb.zip");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            using (var stream = zip.CreateEntry("zeros.txt", CompressionLevel.Optimal).Open())
            {
                var zeros = new byte[1 << 20];
                for (var i = 0; i < 1024; i++)
                {
                    stream.Write(zeros);
                }
            }

            using var writer = new StreamWriter(zip.CreateEntry("report.txt").Open());
            writer.Write("The port reopened on Monday, officials said.");
        }

        // When it is read
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();
        var results = new DocumentReader().ReadFile(path);
        watch.Stop();
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;

        // Then the bomb is refused in one line naming the entry, the report is read, in under 1 s and 200 MB
        var refusal = Assert.Single(results.OfType<ReadResult.Rejected>());
        Assert.EndsWith("bomb.zip/zeros.txt", refusal.Location);
        Assert.Contains("zip bomb", refusal.Reason);
        Assert.Single(results.OfType<ReadResult.Read>());
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(1), $"{watch.Elapsed}");
        Assert.True(allocated < 200_000_000, $"{allocated / 1e6:0} MB allocated");
    }

    [Fact]
    public void Nested_zips_are_refused_past_the_depth_limit_and_each_refusal_names_its_entry()
    {
        // Given zips nested six deep, ten copies at each level (a million leaves if expanded), a report at the top
        var inner = Zip(("leaf.txt", "The bridge opened on Friday."u8.ToArray()));
        for (var level = 0; level < 5; level++)
        {
            inner = Zip(Enumerable.Range(0, 10).Select(i => ($"level{level}-{i}.zip", inner)).ToArray());
        }

        var path = Path.Combine(_folder, "nested.zip");
        File.WriteAllBytes(path, Zip([("nest.zip", inner), ("top.txt", "The council voted on Tuesday."u8.ToArray())]));

        // When it is read
        var watch = Stopwatch.StartNew();
        var results = new DocumentReader().ReadFile(path);
        watch.Stop();

        // Then the top report is read, nothing below the depth limit is, and each refusal is one line naming its entry
        var read = results.OfType<ReadResult.Read>().Select(r => r.Document).ToList();
        Assert.Equal(["nested.zip/top.txt"], read.Select(d => d.Metadata.Name));
        var refused = results.OfType<ReadResult.Rejected>().ToList();
        Assert.Equal(100, refused.Count);
        Assert.All(refused, r => Assert.Contains("nested 3 deep", r.Reason));
        Assert.All(refused, r => Assert.Matches(@"/nest\.zip/level4-\d\.zip/level3-\d\.zip$", r.Location));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(1), $"{watch.Elapsed}");
    }

    private static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var stream = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
                stream.Write(content);
            }
        }

        return memory.ToArray();
    }
}
