using System.Text.Json;
using Triangulate.Cases;
using Triangulate.Readers;
using Triangulate.Storage.Postgres;
using Triangulate.Testing;
using Xunit.Abstractions;

namespace Triangulate.Cases.Tests;

/// <summary>
/// A case on PostgreSQL works as one in a folder: the same inputs and decisions give the same case file, and a copy
/// between the stores, either way, gives it too. Runs on the server of <c>TRIANGULATE_TEST_POSTGRES</c>.
/// </summary>
public sealed class PostgresCaseTests(ITestOutputHelper output) : IDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly string _folder = TestPaths.NewTempFolder("triangulate-pgcase");
    private readonly List<PostgresLocation> _schemas = [];

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var schema in _schemas)
        {
            TestPostgres.Drop(schema);
        }

        Directory.Delete(_folder, recursive: true);
    }

    private string NewServerCase()
    {
        var location = TestPostgres.NewCase("case");
        _schemas.Add(location);
        return location.Connection.ConnectionString + ";Schema=" + location.Schema;
    }

    /// <summary>The demo reports, and the drone-plant sample and 30 BBC articles when ../shared is there.</summary>
    private List<string> Inputs()
    {
        var files = Directory.GetFiles(Path.Combine(TestPaths.Repository, "samples", "demo"), "*.txt").Order(StringComparer.Ordinal).ToList();
        if (TestPaths.Shared is not { } shared)
        {
            output.WriteLine("../shared absent: only the demo reports are used");
            return files;
        }

        files.AddRange(Directory.GetFiles(Path.Combine(shared, "samples", "drone-plant")).Order(StringComparer.Ordinal));
        files.AddRange(Directory.GetFiles(Path.Combine(shared, "data", "news", "bbc", "politics"), "*.txt").Order(StringComparer.Ordinal).Take(30));
        return files;
    }

    private static string Export(string location)
    {
        using var workspace = CaseWorkspace.Open(location);
        return JsonSerializer.Serialize(workspace.CaseFile(), Json);
    }

    private static void Build(string location, IReadOnlyList<string> files)
    {
        using var workspace = CaseWorkspace.Open(location);
        workspace.Add(files.Take(files.Count / 2).ToList(), ReaderOptions.Default);
        workspace.Update();
        workspace.Add(files, ReaderOptions.Default);
        var entity = workspace.Resolve().Entities.OrderByDescending(e => e.Aliases.Count).First();
        workspace.Decide(DecisionKeys.Rename, DecisionKeys.SpellingOf(workspace.Resolve(), entity.Id)!, "Renamed by the test");
    }

    [PostgresFact]
    public void The_same_inputs_and_decisions_give_the_same_case_file_on_both_stores_and_copies_keep_it()
    {
        // Given one collection added in two runs, with a decision, to a folder and to a PostgreSQL case
        var files = Inputs();
        var folder = Path.Combine(_folder, "case");
        var server = NewServerCase();
        Build(folder, files);
        Build(server, files);

        // When both are exported, and each is copied to the other kind of store and exported again
        var fromFolder = Export(folder);
        var fromServer = Export(server);
        var copyOnServer = NewServerCase();
        var copyInFolder = Path.Combine(_folder, "copy");
        using (var original = CaseWorkspace.Open(folder))
        using (var copy = CaseWorkspace.Open(copyOnServer))
        {
            Assert.Equal((files.Count, 1), copy.CopyFrom(original));
        }

        using (var original = CaseWorkspace.Open(server))
        using (var copy = CaseWorkspace.Open(copyInFolder))
        {
            copy.CopyFrom(original);
        }

        // Then all four case files are the same, the decision included
        Assert.Contains("Renamed by the test", fromFolder, StringComparison.Ordinal);
        Assert.Equal(fromFolder, fromServer);
        Assert.Equal(fromFolder, Export(copyOnServer));
        Assert.Equal(fromFolder, Export(copyInFolder));
    }

    [PostgresFact]
    public void A_copy_into_a_case_that_holds_documents_is_refused()
    {
        // Given a case on the server that holds documents
        var files = Inputs().Take(2).ToList();
        var server = NewServerCase();
        using (var workspace = CaseWorkspace.Open(server))
        {
            workspace.Add(files, ReaderOptions.Default);
        }

        // When another case is copied into it
        var folder = Path.Combine(_folder, "other");
        using var source = CaseWorkspace.Open(folder);
        source.Add(files, ReaderOptions.Default);
        using var target = CaseWorkspace.Open(server);
        var refused = Assert.Throws<InvalidOperationException>(() => target.CopyFrom(source));

        // Then it is refused, naming the case without any password, and nothing is added
        Assert.Contains("is not empty (2 documents)", refused.Message, StringComparison.Ordinal);
        Assert.StartsWith("the case 'postgres://", refused.Message, StringComparison.Ordinal);
        Assert.Equal(2, target.Store.Status().Documents);
    }
}
