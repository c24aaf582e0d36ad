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
            var (status, counts) = workspace.Status();
            Console.WriteLine($"case:            {workspace.Display} (schema {status.SchemaVersion})");
            Console.WriteLine($"documents:       {status.Documents}");
            if (status.Queue is { } queue && queue.Queued + queue.Working + queue.Done + queue.Failed > 0)
            {
                Console.WriteLine($"work queue:      {queue.Queued} queued, {queue.Working} in progress, {queue.Done} done, {queue.Failed} failed");
            }

            if (counts is null)
            {
                // Building the clusters, conflicts and timeline replays the whole case; status stays instant and says
                // which command builds them.
                Console.WriteLine($"entity mentions: {status.Mentions}");
                Console.WriteLine($"times:           {status.Times}");
                Console.WriteLine($"quantities:      {status.Quantities}");
                Console.WriteLine($"claims:          {status.Claims}");
                Console.WriteLine(status.ResolvedThrough < status.LastSequence
                    ? $"resolved:        {status.ResolvedThrough} of {status.LastSequence} documents (another add is running)"
                    : "entities, clusters, conflicts, timeline: not built since the last add; `triangulate conflicts`, `report` or `export` builds them");
                return 0;
            }

            Console.WriteLine($"entity mentions: {status.Mentions} in {counts.Entities} entities");
            Console.WriteLine($"times:           {status.Times}");
            Console.WriteLine($"quantities:      {status.Quantities}");
            Console.WriteLine($"claims:          {status.Claims} in {counts.Clusters} clusters");
            Console.WriteLine($"conflicts:       {counts.Contradictions}");
            Console.WriteLine($"timeline:        {counts.Timeline} entries");
            return 0;
        }));
        return command;
    }
}
