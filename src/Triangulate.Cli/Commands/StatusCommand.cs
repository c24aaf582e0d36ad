using System.CommandLine;

namespace Triangulate.Cli.Commands;

/// <summary><c>triangulate status</c>: what the case holds.</summary>
internal static class StatusCommand
{
    public static Command Create()
    {
        var command = new Command("status", "Show what the case holds.");
        command.SetAction(parse => CliSupport.WithCase(parse, workspace =>
        {
            var status = workspace.Store.Status();
            var resolution = workspace.Resolve();
            Console.WriteLine($"case:            {Path.GetFullPath(workspace.Folder)} (schema {status.SchemaVersion})");
            Console.WriteLine($"documents:       {status.Documents}");
            Console.WriteLine($"entity mentions: {status.Mentions} in {resolution.Entities.Count} entities");
            Console.WriteLine($"times:           {status.Times}");
            Console.WriteLine($"quantities:      {status.Quantities}");
            Console.WriteLine($"claims:          {status.Claims} in {resolution.Clusters.Count} clusters");
            Console.WriteLine($"conflicts:       {resolution.Contradictions.Count}");
            Console.WriteLine($"timeline:        {resolution.Timeline.Count} entries");
            return 0;
        }));
        return command;
    }
}
