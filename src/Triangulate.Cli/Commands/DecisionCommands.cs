using System.CommandLine;

namespace Triangulate.Cli.Commands;

/// <summary><c>triangulate merge A B</c> and <c>triangulate split ID --alias X</c>: the user's word on entities,
/// stored with the case and honoured by every later <c>add</c>.</summary>
internal static class DecisionCommands
{
    public static Command CreateMerge()
    {
        var a = new Argument<string>("A") { Description = "An entity id or spelling." };
        var b = new Argument<string>("B") { Description = "Another entity id or spelling." };
        var command = new Command("merge", "Declare that two entities are one.") { a, b };
        command.SetAction(parse => Decide(parse, "merge", parse.GetValue(a)!, parse.GetValue(b)!));
        return command;
    }

    public static Command CreateSplit()
    {
        var id = new Argument<string>("ID") { Description = "The entity id or name." };
        var alias = new Option<string>("--alias") { Description = "The spelling that is a different entity.", Required = true };
        var command = new Command("split", "Take a spelling out of an entity: it becomes an entity of its own.") { id, alias };
        command.SetAction(parse => Decide(parse, "split", parse.GetValue(id)!, parse.GetValue(alias)!));
        return command;
    }

    private static int Decide(ParseResult parse, string kind, string a, string b)
    {
        using var workspace = CliSupport.OpenExisting(parse);
        if (workspace is null)
        {
            return CliSupport.UsageError;
        }

        // Decisions are stored by spelling, not by id: ids are renumbered when the case grows.
        var before = workspace.Resolve();
        string? Spelling(string key) =>
            before.Entities.FirstOrDefault(e => e.Id == key)?.Name
            ?? before.Entities.SelectMany(e => e.Aliases).FirstOrDefault(x => string.Equals(x.Text, key, StringComparison.OrdinalIgnoreCase))?.Text
            ?? before.Entities.FirstOrDefault(e => string.Equals(e.Name, key, StringComparison.OrdinalIgnoreCase))?.Name;
        var first = Spelling(a);
        var second = Spelling(b);
        if (first is null || second is null)
        {
            Console.Error.WriteLine($"triangulate: no entity with id or spelling '{(first is null ? a : b)}'.");
            return CliSupport.Failed;
        }

        var after = workspace.Decide(kind, first, second);
        var entity = after.Entities.FirstOrDefault(e => e.Aliases.Any(x => x.Text == second) || e.Name == second);
        Console.WriteLine(kind == "merge"
            ? $"merged: '{first}' and '{second}' are now {entity?.Id} {entity?.Name}"
            : $"split: '{second}' is now {entity?.Id}, apart from '{first}'");
        return 0;
    }
}
