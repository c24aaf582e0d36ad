using System.CommandLine;
using Spectre.Console;

namespace Triangulate.Cli.Commands;

/// <summary><c>triangulate entities [--type T] [--explain ID]</c>: every entity once, with its spellings.</summary>
internal static class EntitiesCommand
{
    public static Command Create()
    {
        var type = new Option<string?>("--type") { Description = "Only entities of this type (PERSON, ORG, GPE, LOC, FAC, PRODUCT, NORP, EVENT, MEDIA)." }
            .OneOf(Core.Entities.EntityTypes.All);
        var explain = new Option<string?>("--explain") { Description = "Show why the mentions of one entity (by id or name) were merged." };
        var limit = new Option<int>("--limit") { Description = "Show at most this many (0 for all).", DefaultValueFactory = _ => 50 };
        var command = new Command("entities", "List the entities of the case with every spelling and who used it.") { type, explain, limit };
        command.SetAction(parse => CliSupport.WithCaseFile(parse, (workspace, caseFile, docs) =>
        {
            if (parse.GetValue(explain) is { } key)
            {
                var resolution = workspace.Resolve();
                var entity = resolution.Entities.FirstOrDefault(e => e.Id == key)
                    ?? resolution.Entities.FirstOrDefault(e => string.Equals(e.Name, key, StringComparison.OrdinalIgnoreCase))
                    ?? resolution.Entities.FirstOrDefault(e => e.Aliases.Any(a => string.Equals(a.Text, key, StringComparison.OrdinalIgnoreCase)));
                if (entity is null)
                {
                    Console.Error.WriteLine($"triangulate: no entity with id or name '{key}'.");
                    return CliSupport.Failed;
                }

                Console.WriteLine($"{entity.Id}  {entity.Type}  {entity.Name}  ({entity.Mentions.Count} mentions)");
                Console.WriteLine("spellings:");
                foreach (var alias in entity.Aliases)
                {
                    Console.WriteLine($"  {alias.Text}  in {string.Join(", ", alias.Documents.Select(d => docs.GetValueOrDefault(d, d)))}");
                }

                Console.WriteLine("why merged:");
                foreach (var line in entity.Explanation.DefaultIfEmpty("one spelling only: nothing was merged"))
                {
                    Console.WriteLine($"  {line}");
                }

                return 0;
            }

            var wanted = parse.GetValue(type);
            var max = parse.GetValue(limit);
            var entities = caseFile.Entities
                .Where(e => wanted is null || string.Equals(e.Type, wanted, StringComparison.OrdinalIgnoreCase))
                .OrderByDescending(e => e.Variants.SelectMany(v => v.Documents).Distinct().Count())
                .ThenByDescending(e => e.Mentions.Count)
                .ThenBy(e => e.Name, StringComparer.Ordinal)
                .ToList();
            var table = new Table().AddColumns("id", "type", "name", "spellings (documents)", "mentions");
            foreach (var e in max > 0 ? entities.Take(max) : entities)
            {
                table.AddRow(
                    Markup.Escape(e.Id),
                    Markup.Escape(e.Type),
                    Markup.Escape(e.Titles.Count > 0 ? $"{e.Name} ({string.Join(", ", e.Titles)})" : e.Name),
                    Markup.Escape(string.Join("; ", e.Variants.Select(v => $"{v.Text} ({v.Documents.Count})"))),
                    e.Mentions.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            CliSupport.Out.Write(table);
            Console.WriteLine($"{entities.Count} entities" + (max > 0 && entities.Count > max ? $", {max} shown (--limit 0 for all)" : string.Empty));
            return 0;
        }));
        return command;
    }
}
