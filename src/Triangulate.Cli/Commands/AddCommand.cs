using System.CommandLine;
using Spectre.Console;
using Triangulate.Cases;
using Triangulate.Readers;

namespace Triangulate.Cli.Commands;

/// <summary><c>triangulate add PATH... [--case DIR]</c>: ingest files, folders, feeds; idempotent.</summary>
internal static class AddCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH") { Description = "Files or folders (read recursively): text, HTML, RSS/Atom, JSON lines, PDF, Word, e-mail (.eml/.mbox), web archives (.warc/.warc.gz), zip; the format is chosen by content.", Arity = ArgumentArity.OneOrMore };
        var maxMb = new Option<double>("--max-mb") { Description = "Reject inputs larger than this many MB (a positive number).", DefaultValueFactory = _ => 10 };
        maxMb.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<double>();
            if (!double.IsFinite(value) || value <= 0 || value > 1_000_000)
            {
                result.AddError($"--max-mb must be a positive number of MB (at most 1000000), not {value.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
            }
        });
        var command = new Command("add", "Add reports to the case: read, annotate, store, resolve across documents.") { paths, maxMb };
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(CliSupport.CaseOption)!;
            var options = new ReaderOptions((long)(parse.GetValue(maxMb) * 1024 * 1024));
            var files = DocumentReader.ExpandPaths(
                parse.GetValue(paths)!,
                r => Console.Error.WriteLine(CliSupport.Printable($"skipped: {r.Location}: {r.Reason}"))).ToList();
            using var workspace = CliSupport.Open(folder);
            var summary = Run(workspace, files, options);
            // Only the new documents are resolved, against what they share keys with in the stored index; the
            // clusters and conflicts of the whole case are built when a view asks for them.
            var update = Resolve(workspace);
            Console.WriteLine(
                $"added {summary.Added}, already present {summary.AlreadyPresent}, rejected {summary.Rejected}" +
                (summary.Skipped > 0 ? $", skipped {summary.Skipped} (not a format Triangulate reads, or a message already read)" : string.Empty) + "; " +
                $"case '{CaseLocation.Shown(folder)}' has {update.Documents} documents, {update.Entities} entities " +
                "(see `triangulate status`, `conflicts`, `report`)");
            return summary.Rejected > 0 ? CliSupport.Failed : 0;
        });
        return command;
    }

    /// <summary>Resolves the new documents, with a progress bar when stderr is a terminal.</summary>
    private static ResolutionUpdate Resolve(CaseWorkspace workspace)
    {
        if (Console.IsErrorRedirected)
        {
            Console.Error.WriteLine("resolving the new documents against the case...");
            return workspace.Update();
        }

        ResolutionUpdate? update = null;
        CliSupport.Err.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask("resolving", maxValue: 1);
                update = workspace.Update((done, count) =>
                {
                    task.MaxValue = count;
                    task.Value = done;
                });
            });
        return update!;
    }

    /// <summary>Ingests with a progress bar when stderr is a terminal, plainly otherwise.</summary>
    internal static IngestSummary Run(CaseWorkspace workspace, IReadOnlyList<string> files, ReaderOptions options)
    {
        void Reject(ReadResult.Rejected r) => Console.Error.WriteLine(CliSupport.Printable($"rejected: {r.Location}: {r.Reason}"));
        if (Console.IsErrorRedirected || files.Count < 2)
        {
            return workspace.Add(files, options, rejected: Reject);
        }

        IngestSummary? summary = null;
        CliSupport.Err.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(context =>
            {
                var task = context.AddTask("ingesting", maxValue: files.Count);
                summary = workspace.Add(files, options, (done, _) => task.Value = done, r =>
                    CliSupport.Err.MarkupLineInterpolated($"[red]rejected:[/] {CliSupport.Printable($"{r.Location}: {r.Reason}")}"));
            });
        return summary!;
    }
}
