using System.CommandLine;

namespace Triangulate.Cli.Commands;

/// <summary><c>triangulate eval ner|types|timex|attribution|coref</c>: accuracy against public data sets.</summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var eval = new Command("eval", "Measure accuracy against a public data set.");
        eval.Subcommands.Add(EvalNerCommand.Create());
        eval.Subcommands.Add(EvalTypesCommand.Create());
        eval.Subcommands.Add(EvalTimexCommand.Create());
        eval.Subcommands.Add(EvalAttributionCommand.Create());
        eval.Subcommands.Add(EvalCorefCommand.Create());
        eval.Subcommands.Add(EvalSyntaxCommand.Create());
        eval.Subcommands.Add(EvalHtmlCommand.Create());
        eval.Subcommands.Add(EvalFormatsCommand.Create());
        eval.Subcommands.Add(EvalTopicsCommand.Create());

        // Issue 15: claim clusters as event coreference.
        eval.Subcommands.Add(EvalClustersCommand.Create());
        return eval;
    }
}
