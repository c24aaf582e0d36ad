using System.CommandLine;

namespace Triangulate.Cli.Commands;

/// <summary>The root command. Each subcommand lives in its own file and is added here.</summary>
internal static class TriangulateCommand
{
    /// <summary>
    /// Parses and runs a command line. A usage mistake (an unknown option or value, a missing argument) is answered
    /// with one line per mistake on stderr and exit code 2, not with the whole help text.
    /// </summary>
    public static int Run(string[] args)
    {
        var parse = Create().Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                Console.Error.WriteLine($"triangulate: {CliSupport.OneLine(error.Message, int.MaxValue)}");
            }

            Console.Error.WriteLine($"triangulate: see `triangulate {string.Join(' ', CommandPath(parse.CommandResult.Command))}--help`");
            return CliSupport.UsageError;
        }

        try
        {
            // Exceptions reach the catch below (the default handler would print a stack trace).
            return parse.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (System.Data.Common.DbException ex)
        {
            // A server case that cannot be reached or refuses us: one line (the server's messages name no password).
            Console.Error.WriteLine(CliSupport.Printable($"triangulate: the case's database: {CliSupport.OneLine(ex.Message, int.MaxValue)}"));
            return CliSupport.Failed;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // As System.CommandLine's default handler does.
            Console.Error.WriteLine($"Unhandled exception: {ex}");
            return CliSupport.Failed;
        }
    }

    private static IEnumerable<string> CommandPath(Command command) =>
        command is RootCommand ? [] : [command.Name, string.Empty];

    public static RootCommand Create()
    {
        var root = new RootCommand("Triangulate: turn a folder of news reports into a case file you can trust.");
        root.Options.Add(CliSupport.CaseOption);
        root.Subcommands.Add(DemoCommand.Create());
        root.Subcommands.Add(AddCommand.Create());
        root.Subcommands.Add(StatusCommand.Create());
        root.Subcommands.Add(DocumentsCommand.Create());
        root.Subcommands.Add(EntitiesCommand.Create());
        root.Subcommands.Add(ClaimsCommand.Create());
        root.Subcommands.Add(TimelineCommand.Create());
        root.Subcommands.Add(ConflictsCommand.Create());
        root.Subcommands.Add(DecisionCommands.CreateMerge());
        root.Subcommands.Add(DecisionCommands.CreateSplit());
        root.Subcommands.Add(DecisionCommands.CreateReject());
        root.Subcommands.Add(DecisionCommands.CreateRename());
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(ExportCommand.Create());
        root.Subcommands.Add(ReportCommand.Create());
        root.Subcommands.Add(BenchCommand.Create());
        root.Subcommands.Add(EvalCommand.Create());
        root.Subcommands.Add(TrainCommand.Create());

        // Server cases (issue 19): moving a case between stores, and ingest spread over worker processes.
        root.Subcommands.Add(CopyCommand.Create());
        root.Subcommands.Add(QueueCommands.CreateQueue());
        root.Subcommands.Add(QueueCommands.CreateWorker());
        return root;
    }
}
