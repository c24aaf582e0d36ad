using System.CommandLine;

namespace Triangulate.Cli.Commands;

/// <summary><c>triangulate timeline</c>: one timeline across all reports.</summary>
internal static class TimelineCommand
{
    public static Command Create()
    {
        var command = new Command("timeline", "Show dated claims across all reports, in order.");
        command.SetAction(parse => CliSupport.WithCaseFile(parse, (_, caseFile, docs) =>
        {
            foreach (var entry in caseFile.Timeline)
            {
                Console.WriteLine($"{entry.When,-23} {entry.Precision,-9} {CliSupport.OneLine(entry.Summary, 150)}");
                Console.WriteLine($"{string.Empty,-33} {entry.Claims.Count} claim(s) in {string.Join(", ", entry.Documents.Select(d => docs.GetValueOrDefault(d, d)))}");
            }

            Console.WriteLine($"{caseFile.Timeline.Count} timeline entries");
            return 0;
        }));
        return command;
    }
}
