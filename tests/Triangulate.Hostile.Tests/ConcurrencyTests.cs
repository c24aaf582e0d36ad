using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace Triangulate.Hostile.Tests;

/// <summary>
/// Many processes, one case: concurrent adds wait for each other instead of crashing, views read a whole case while
/// an add runs, a kill -9 never loses or doubles what is stored, and an index out of step with the documents is
/// rebuilt with a message.
/// </summary>
public sealed class ConcurrencyTests(ITestOutputHelper output) : Workspace(output)
{
    [Fact]
    public async Task Four_concurrent_adds_with_overlapping_folders_all_succeed_and_store_each_document_once()
    {
        // Given 16 reports split into four folders, each report in two folders
        const int processes = 4;
        var reports = WriteReports("all", 16);
        var files = Directory.GetFiles(reports).Order(StringComparer.Ordinal).ToList();
        for (var i = 0; i < files.Count; i++)
        {
            foreach (var part in new[] { i % processes, (i + 1) % processes })
            {
                Directory.CreateDirectory(PathOf($"part-{part}"));
                File.Copy(files[i], PathOf($"part-{part}/{Path.GetFileName(files[i])}"), overwrite: true);
            }
        }

        // When one add per folder starts at once on a new case
        var adds = Enumerable.Range(0, processes)
            .Select(p => Task.Run(() => Triangulate.Execute(Folder, "add", $"part-{p}", "--case", "c")))
            .ToList();
        var runs = (await Task.WhenAll(adds)).ToList();
        runs.ForEach(r => Output.WriteLine(r.ToString()));

        // Then every process exits 0 without an exception, those that waited said so in one line naming the holder,
        // and the case holds each report once
        Assert.All(runs, r => Assert.Equal(0, r.ExitCode));
        Assert.All(runs, r => Assert.DoesNotContain("Exception", r.Err, StringComparison.Ordinal));
        Assert.All(
            runs.SelectMany(r => r.Err.Split('\n')).Where(l => l.StartsWith("waiting", StringComparison.Ordinal)),
            l => Assert.Matches(@"^waiting for the case: another (add|view) is running, pid \d+$", l));
        var export = Run("export", "--case", "c");
        Assert.Equal(files.Count, CaseFiles.AssertWhole(export.Out));
        Assert.Equal(files.Count, CaseFiles.DocumentNames(export.Out).Distinct().Count());

        // And the case file equals a clean single-process run that adds the same reports in the order the case
        // stored them (resolution depends on the order documents arrive; the processes only chose that order)
        var order = CaseFiles.DocumentNames(export.Out).Select(n => Path.Combine(reports, n)).ToArray();
        Assert.Equal(0, Run(["add", .. order, "--case", "clean"]).ExitCode);
        Assert.Equal(Run("export", "--case", "clean").Out, export.Out);
    }

    [Fact]
    public async Task Export_and_report_during_an_add_always_show_a_whole_case()
    {
        // Given a case of 8 reports, and 32 more being added
        Assert.Equal(0, Run("add", WriteReports("first", 8), "--case", "c").ExitCode);
        var more = WriteReports("more", 32, seed: 2);
        using var add = Triangulate.Start(Folder, "add", more, "--case", "c");
        var addOut = add.StandardOutput.ReadToEndAsync();
        var addErr = add.StandardError.ReadToEndAsync();

        // When export and report run in a loop until the add ends
        var counts = new List<int>();
        while (!add.HasExited || counts.Count < 2)
        {
            var export = Run("export", "--case", "c");
            var report = Run("report", "--case", "c", "-o", "r.html");

            // Then each succeeds and each export is a whole case (nothing refers to a document it does not hold)
            Assert.Equal(0, export.ExitCode);
            Assert.Equal(0, report.ExitCode);
            counts.Add(CaseFiles.AssertWhole(export.Out));
        }

        await add.WaitForExitAsync();
        var final = Run("export", "--case", "c");
        Output.WriteLine($"add: {await addOut}{await addErr}\nexported document counts: {string.Join(", ", counts)}");
        Assert.Equal(0, add.ExitCode);
        Assert.All(counts, c => Assert.InRange(c, 8, 40));
        Assert.Equal(40, CaseFiles.AssertWhole(final.Out));
    }

    [Fact]
    public void Five_kills_during_add_then_a_full_add_give_the_clean_run_exactly()
    {
        // Given 24 reports
        var reports = WriteReports("in", 24, characters: 3000);

        // When an add is killed (kill -9) five times at different moments, then run to the end
        for (var kill = 0; kill < 5; kill++)
        {
            using var add = Triangulate.Start(Folder, "add", reports, "--case", "killed");
            Thread.Sleep(700 + (kill * 450));
            add.Kill();
            add.WaitForExit();
        }

        var finished = Run("add", reports, "--case", "killed");

        // Then the case file equals that of one uninterrupted add
        Assert.Equal(0, finished.ExitCode);
        Assert.Equal(0, Run("add", reports, "--case", "clean").ExitCode);
        var clean = Run("export", "--case", "clean").Out;
        Assert.Equal(24, CaseFiles.AssertWhole(clean));
        Assert.Equal(clean, Run("export", "--case", "killed").Out);
    }

    [Fact]
    public void An_index_out_of_step_with_the_documents_is_rebuilt_with_a_message()
    {
        // Given a case whose stored index lost its last document's row (and its snapshot)
        Assert.Equal(0, Run("add", WriteReports("in", 6), "--case", "c").ExitCode);
        var before = Run("export", "--case", "c").Out;
        using (var db = new SqliteConnection($"Data Source={PathOf("c/case.db")};Pooling=False"))
        {
            db.Open();
            using var damage = db.CreateCommand();
            damage.CommandText = "DELETE FROM res_documents WHERE seq = (SELECT max(seq) FROM res_documents); DELETE FROM resolution;";
            damage.ExecuteNonQuery();
        }

        // When a view that needs the resolution opens the case
        var status = Run("conflicts", "--case", "c");

        // Then it says the index is rebuilt, and the case is as before
        Assert.Equal(0, status.ExitCode);
        Assert.Contains("resolution index does not fit the documents", status.Err, StringComparison.Ordinal);
        Assert.Contains("rebuilding it from all 6", status.Err, StringComparison.Ordinal);
        Assert.Equal(before, Run("export", "--case", "c").Out);
    }

    [Theory]
    [InlineData("mysql://user:hunter2@db.example/cases")]
    [InlineData("Data Source=cases.db;Password=hunter2")]
    public void A_url_or_connection_string_of_another_database_is_refused_and_nothing_is_created(string value)
    {
        // Given a --case value that names a server or database file Triangulate does not store cases in
        // When add is run with it
        var run = Run("add", WriteReports("in", 1), "--case", value);

        // Then it is refused with one clear line, exit 2, no password shown, and no folder appears
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("a case is a folder or", run.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", run.Err, StringComparison.Ordinal);
        Assert.Equal(["in"], Directory.GetFileSystemEntries(Folder).Select(Path.GetFileName));
    }

    [Theory]
    [InlineData("postgres://user:hunter2@127.0.0.1:1/cases?schema=team")]
    [InlineData("Host=127.0.0.1;Port=1;Database=cases;Username=user;Password=hunter2")]
    public void A_postgres_case_on_an_unreachable_server_fails_in_one_line_without_the_password(string value)
    {
        // Given a PostgreSQL case on a port nothing listens on, with a password in it
        // When add and status are run with it
        var add = Run("add", WriteReports("in", 1), "--case", value);
        var status = Run("status", "--case", value);

        // Then each fails with one line naming the connection problem, never the password, and creates nothing here
        foreach (var run in new[] { add, status })
        {
            Assert.Equal(1, run.ExitCode);
            Assert.Single(run.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.Contains("the case's database", run.Err, StringComparison.Ordinal);
            Assert.DoesNotContain("hunter2", run.Err + run.Out, StringComparison.Ordinal);
        }

        Assert.Equal(["in"], Directory.GetFileSystemEntries(Folder).Select(Path.GetFileName));
    }
}
