using System.CommandLine;
using Triangulate.Cases;
using Triangulate.Readers;

namespace Triangulate.Cli.Commands;

/// <summary>
/// <c>triangulate queue PATH...</c> and <c>triangulate worker [--threads N]</c>: ingest of a large collection spread
/// over worker processes on any number of machines, through the work queue of a case on PostgreSQL.
/// </summary>
internal static class QueueCommands
{
    public static Command CreateQueue()
    {
        var paths = new Argument<string[]>("PATH") { Description = "Files or folders (read recursively), as for add.", Arity = ArgumentArity.OneOrMore };
        var command = new Command("queue", "Read inputs once into the work queue of a case on PostgreSQL, for `triangulate worker` processes to annotate.") { paths };
        command.SetAction(parse =>
        {
            var location = parse.GetValue(CliSupport.CaseOption)!;
            if (CaseLocation.Postgres(location) is null)
            {
                Console.Error.WriteLine(CliSupport.Printable($"triangulate: queue needs a case on PostgreSQL (--case postgres://...); '{location}' is a folder: use `triangulate add`"));
                return CliSupport.UsageError;
            }

            var files = DocumentReader.ExpandPaths(parse.GetValue(paths)!, r => Console.Error.WriteLine(CliSupport.Printable($"skipped: {r.Location}: {r.Reason}"))).ToList();
            using var workspace = CliSupport.Open(location);
            var summary = workspace.Queue(
                files,
                ReaderOptions.Default,
                rejected: r => Console.Error.WriteLine(CliSupport.Printable($"rejected: {r.Location}: {r.Reason}")),
                warned: w => Console.Error.WriteLine(CliSupport.Printable($"warning: {w}")));
            Console.WriteLine($"queued {summary.Queued} of {summary.Read} documents read ({summary.Read - summary.Queued} already in the case or the queue), rejected {summary.Rejected}; start `triangulate worker --case URL` on any machine");
            return summary.Rejected > 0 ? CliSupport.Failed : 0;
        });
        return command;
    }

    public static Command CreateWorker()
    {
        var threads = Positive(new Option<int>("--threads") { Description = "Documents annotated at once (default: the processor count).", DefaultValueFactory = _ => Environment.ProcessorCount });
        var batch = Positive(new Option<int>("--batch") { Description = "Documents claimed at a time.", DefaultValueFactory = _ => 8 });
        var lease = Positive(new Option<int>("--lease") { Description = "Seconds a claim holds without renewal: a dead worker's documents wait this long for another.", DefaultValueFactory = _ => 60 });
        var follow = new Option<bool>("--follow") { Description = "Keep waiting for newly queued documents instead of exiting when the queue is empty." };
        var command = new Command("worker", "Annotate and store the queued documents of a case on PostgreSQL, with any number of other workers; resolves them in input order.") { threads, batch, lease, follow };
        command.SetAction((parse, cancellation) =>
        {
            var location = parse.GetValue(CliSupport.CaseOption)!;
            if (CaseLocation.Postgres(location) is null)
            {
                Console.Error.WriteLine(CliSupport.Printable($"triangulate: worker needs a case on PostgreSQL (--case postgres://...); '{location}' is a folder"));
                return Task.FromResult(CliSupport.UsageError);
            }

            using var workspace = CliSupport.Open(location);
            var worker = new CaseWorker(workspace, new WorkerOptions(
                parse.GetValue(threads), parse.GetValue(batch), TimeSpan.FromSeconds(parse.GetValue(lease)), TimeSpan.FromSeconds(1), parse.GetValue(follow)));
            Console.Error.WriteLine($"worker {worker.Name} on {workspace.Display}");
            var summary = worker.Run(notice => Console.Error.WriteLine(CliSupport.Printable($"triangulate: {notice}")), cancellation);
            Console.WriteLine($"stored {summary.Stored}, already stored {summary.AlreadyPresent}, failed {summary.Failed}; the case has {summary.Documents} documents resolved, {summary.Entities} entities");
            return Task.FromResult(summary.Failed > 0 ? CliSupport.Failed : 0);
        });
        return command;
    }

    private static Option<int> Positive(Option<int> option)
    {
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() <= 0)
            {
                result.AddError($"{option.Name} must be a positive number");
            }
        });
        return option;
    }
}
