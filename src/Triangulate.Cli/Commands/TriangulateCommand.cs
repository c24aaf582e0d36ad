using System.CommandLine;

namespace Triangulate.Cli.Commands;

/// <summary>The root command. Each subcommand lives in its own file and is added here.</summary>
internal static class TriangulateCommand
{
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
        return root;
    }
}
