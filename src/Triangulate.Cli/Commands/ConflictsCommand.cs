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
                foreach (var id in conflict.Claims)
                {
                    if (claims.TryGetValue(id, out var claim))
                    {
                        Console.WriteLine($"    {docs[claim.Doc]} ({claim.Stance}): {CliSupport.OneLine(claim.Text, 180)}");
                    }
                }
            }

            Console.WriteLine($"{caseFile.Contradictions.Count} conflicts");
            return 0;
        }));
        return command;
    }
}
