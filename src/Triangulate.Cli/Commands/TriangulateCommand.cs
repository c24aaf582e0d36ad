using System.CommandLine;

namespace Triangulate.Cli.Commands;

/// <summary>The root command. Each subcommand lives in its own file and is added here.</summary>
internal static class TriangulateCommand
{
    public static RootCommand Create()
    {
        var root = new RootCommand("Triangulate: turn a folder of news reports into a case file you can trust.");
        root.Subcommands.Add(EvalCommand.Create());
        root.Subcommands.Add(TrainCommand.Create());
        return root;
    }
}
