using System.CommandLine;

namespace Triangulate.Cli.Commands;

/// <summary><c>triangulate conflicts</c>: contradictions, typed and explained.</summary>
internal static class ConflictsCommand
{
    public static Command Create()
    {
        var command = new Command("conflicts", "Show claims that contradict each other, with the reason.");
        command.SetAction(parse => CliSupport.WithCaseFile(parse, (_, caseFile, docs) =>
        {
            var claims = caseFile.Claims.ToDictionary(c => c.Id);
            foreach (var conflict in caseFile.Contradictions)
            {
                Console.WriteLine($"[{conflict.Kind}] {conflict.Explanation}");
                foreach (var (side, ids) in new[] { ("one", conflict.One), ("other", conflict.Other) })
                {
                    foreach (var id in ids)
                    {
                        if (claims.TryGetValue(id, out var claim))
                        {
                            Console.WriteLine($"    {side,-5} {docs[claim.Doc]} ({claim.Stance}): {CliSupport.OneLine(claim.Text, 180)}");
                        }
                    }
                }
            }

            Console.WriteLine($"{caseFile.Contradictions.Count} conflicts");
            if (caseFile.Updates.Count > 0)
            {
                // Shown apart: a value that changed between reports is news, not a dispute.
                Console.WriteLine();
                Console.WriteLine("Updates (values that changed between reports, not conflicts):");
                foreach (var update in caseFile.Updates)
                {
                    var from = claims.TryGetValue(update.From, out var f) ? docs[f.Doc] : update.From;
                    var to = claims.TryGetValue(update.To, out var t) ? docs[t.Doc] : update.To;
                    Console.WriteLine($"  [{update.Kind}] {CliSupport.OneLine(update.What, 80)}: {update.FromValue} ({from}) -> {update.ToValue} ({to}, {update.When ?? "undated"}, {update.Who})");
                }

                Console.WriteLine($"{caseFile.Updates.Count} updates");
            }
            return 0;
        }));
        return command;
    }
}
