using System.CommandLine;

namespace Triangulate.Cli.Commands;

/// <summary><c>triangulate train ner ...</c>: reproduce a committed model from public data.</summary>
internal static class TrainCommand
{
    public static Command Create()
    {
        var train = new Command("train", "Train a model from public data; the result is committed with the command.");

        // Each trainable capability adds its subcommand here.
        train.Subcommands.Add(TrainNerCommand.Create());
        train.Subcommands.Add(TrainSyntaxCommand.Create());
        train.Subcommands.Add(TrainAttributionCommand.Create());
        train.Subcommands.Add(TrainCorefCommand.Create());
        train.Subcommands.Add(TrainClustersCommand.Create());
        return train;
    }
}
