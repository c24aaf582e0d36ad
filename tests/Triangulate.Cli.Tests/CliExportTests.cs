using System.IO.Compression;
using Triangulate.Testing;
using Xunit.Abstractions;

namespace Triangulate.Cli.Tests;

/// <summary><c>triangulate export</c> in every format, as a user runs it.</summary>
public sealed class CliExportTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _work = TestPaths.NewTempFolder("triangulate-cli-export");

    public void Dispose() => Directory.Delete(_work, recursive: true);

    private CliRunner.Result Run(params string[] args)
    {
        var result = CliRunner.Run(_work, args);
        output.WriteLine($"$ triangulate {string.Join(' ', args)} -> {result.ExitCode}\n{result.Out}\n{result.Err}");
        return result;
    }

    [Fact]
    public void Every_format_exports_the_demo_case_to_a_file()
    {
        // Given the demo's reports in a case
        Assert.Equal(0, Run("add", Path.Combine(TestPaths.Repository, "samples", "demo"), "--case", "c").ExitCode);

        // When it is exported in every format
        (string Format, string Path)[] exports = [("json", "case.json"), ("ftm", "case.ftm"), ("timelinejs", "timeline.json"), ("graphml", "case.graphml"), ("gexf", "case.gexf"), ("csv", "csv"), ("csv", "case.zip")];
        foreach (var (format, path) in exports)
        {
            var result = Run("export", "--format", format, "-o", path, "--case", "c");

            // Then each succeeds and writes what it says
            Assert.Equal(0, result.ExitCode);
            Assert.Contains($"wrote {path}", result.Err);
        }

        Assert.StartsWith("{\"id\":\"tri-art-", File.ReadLines(Path.Combine(_work, "case.ftm")).First());
        Assert.Contains("\"events\"", File.ReadAllText(Path.Combine(_work, "timeline.json")));
        Assert.Contains("<graphml", File.ReadAllText(Path.Combine(_work, "case.graphml")));
        Assert.Contains("<gexf", File.ReadAllText(Path.Combine(_work, "case.gexf")));
        Assert.True(File.Exists(Path.Combine(_work, "csv", "claims.csv")));
        using var zip = ZipFile.OpenRead(Path.Combine(_work, "case.zip"));
        Assert.Contains(zip.Entries, e => e.FullName == "claims.csv");
    }

    [Fact]
    public void Csv_without_a_path_and_an_unknown_format_are_refused_with_one_line()
    {
        // Given a case
        Assert.Equal(0, Run("add", Path.Combine(TestPaths.Repository, "samples", "demo", "01-wire.txt"), "--case", "c").ExitCode);

        // When csv is asked for on standard output, or a format that does not exist
        var csv = Run("export", "--format", "csv", "--case", "c");
        var unknown = Run("export", "--format", "xlsx", "--case", "c");

        // Then each fails and says why, and the unknown format's message lists the formats there are
        Assert.Equal(2, csv.ExitCode);
        Assert.Contains("give -o FOLDER or -o FILE.zip", csv.Err);
        Assert.NotEqual(0, unknown.ExitCode);
        Assert.Contains("'gexf'", unknown.Err + unknown.Out);
    }
}
