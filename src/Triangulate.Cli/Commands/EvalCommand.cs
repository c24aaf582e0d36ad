using System.CommandLine;

namespace Triangulate.Cli.Commands;

/// <summary><c>triangulate eval ner|timex|attribution|coref</c>: accuracy against public data sets.</summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var eval = new Command("eval", "Measure accuracy against a public data set.");

        // Each capability adds its subcommand here (ner, timex, attribution, coref).
        eval.Subcommands.Add(EvalCorefCommand.Create());
        return eval;
    }
}
