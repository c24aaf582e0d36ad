using System.CommandLine;
using Triangulate.Cases;

namespace Triangulate.Cli.Commands;

/// <summary><c>triangulate merge A B</c>, <c>split ID --alias X</c>, <c>reject ID</c>, <c>rename ID NAME</c>: the
/// user's word on entities, stored with the case and honoured by every later <c>add</c>.</summary>
internal static class DecisionCommands
{
    public static Command CreateMerge()
    {
        var a = new Argument<string>("A") { Description = "An entity id or spelling." };
        var b = new Argument<string>("B") { Description = "Another entity id or spelling." };
        var command = new Command("merge", "Declare that two entities are one.") { a, b };
        command.SetAction(parse => Decide(parse, DecisionKeys.Merge, parse.GetValue(a)!, parse.GetValue(b)!));
        return command;
    }

    public static Command CreateSplit()
    {
        var id = new Argument<string>("ID") { Description = "The entity id or name." };
        var alias = new Option<string>("--alias") { Description = "The spelling that is a different entity.", Required = true };
        var command = new Command("split", "Take a spelling out of an entity: it becomes an entity of its own.") { id, alias };
        command.SetAction(parse => Decide(parse, DecisionKeys.Split, parse.GetValue(id)!, parse.GetValue(alias)!));
        return command;
    }

    public static Command CreateReject()
    {
        var id = new Argument<string>("ID") { Description = "The entity id or spelling." };
        var command = new Command("reject", "Declare that an entity is a false one (\"Click here\"): it is left out now and after every add.") { id };
        command.SetAction(parse => Decide(parse, DecisionKeys.Reject, parse.GetValue(id)!, null));
        return command;
    }

    public static Command CreateRename()
    {
        var id = new Argument<string>("ID") { Description = "The entity id or spelling." };
        var name = new Argument<string>("NAME") { Description = "The preferred name." };
        var command = new Command("rename", "Give an entity its preferred name.") { id, name };
        command.SetAction(parse => Decide(parse, DecisionKeys.Rename, parse.GetValue(id)!, parse.GetValue(name)!));
        return command;
    }

    private static int Decide(ParseResult parse, string kind, string a, string? b)
    {
        using var workspace = CliSupport.OpenExisting(parse);
        if (workspace is null)
        {
            return CliSupport.UsageError;
        }

        // Decisions are stored by spelling, as the web application stores them; an id names the entity meant.
        var before = workspace.Resolve();
        // A spelling two entities hold names neither: the user names the one meant by its id (ids stay valid).
        foreach (var key in kind is DecisionKeys.Merge ? [a, b!] : new[] { a })
        {
            if (DecisionKeys.HoldersOf(before, key) is { Count: > 1 } holders)
            {
                Console.Error.WriteLine(CliSupport.Printable($"triangulate: '{key}' is a spelling of {holders.Count} entities ({string.Join(", ", holders.Take(6))}): name the one you mean by its id."));
                return CliSupport.UsageError;
            }
        }

        var first = DecisionKeys.SpellingOf(before, a);
        var second = kind switch
        {
            DecisionKeys.Merge or DecisionKeys.Split => DecisionKeys.SpellingOf(before, b!),
            DecisionKeys.Rename => string.IsNullOrWhiteSpace(b) ? null : b.Trim(),
            _ => string.Empty,
        };
        if (first is null || second is null)
        {
            Console.Error.WriteLine($"triangulate: no entity with id or spelling '{(first is null ? a : b)}'.");
            return CliSupport.Failed;
        }

        var after = workspace.Decide(kind, first, second);
        var entity = DecisionKeys.EntityWith(after, kind == DecisionKeys.Merge || kind == DecisionKeys.Split ? second : first);
        Console.WriteLine(kind switch
        {
            DecisionKeys.Merge => $"merged: '{first}' and '{second}' are now {entity?.Id} {entity?.Name}",
            DecisionKeys.Split => $"split: '{second}' is now {entity?.Id}, apart from '{first}'",
            DecisionKeys.Reject => $"rejected: '{first}' is no entity",
            _ => $"renamed: {entity?.Id} is now '{entity?.Name}'",
        });
        return 0;
    }
}
