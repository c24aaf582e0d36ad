using System.Text.RegularExpressions;
using Triangulate.Testing;
using Xunit.Abstractions;

namespace Triangulate.Cli.Tests;

/// <summary>The README's command table and <c>triangulate --help</c> list the same commands.</summary>
public sealed partial class ReadmeCommandsTests(ITestOutputHelper output)
{
    [Fact]
    public void The_readme_command_table_names_exactly_the_commands_help_lists()
    {
        // Given the README's "## Commands" table
        var readme = File.ReadAllText(Path.Combine(TestPaths.Repository, "README.md"));
        var section = readme[readme.IndexOf("## Commands", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("\n## ", 3, StringComparison.Ordinal)];
        var documented = section.Split('\n')
            .Where(l => l.StartsWith("| `triangulate", StringComparison.Ordinal))
            .SelectMany(l => TableCommand().Matches(l.Split(" | ")[0]).Select(m => m.Groups[1].Value))
            .ToHashSet(StringComparer.Ordinal);

        // When --help lists the commands
        var help = CliRunner.Run(TestPaths.Repository, "--help");
        output.WriteLine(help.Out);
        var commands = help.Out[help.Out.IndexOf("Commands:", StringComparison.Ordinal)..].Split('\n').Skip(1)
            .Select(l => HelpCommand().Match(l))
            .Where(m => m.Success)
            .Select(m => m.Groups[1].Value)
            .ToHashSet(StringComparer.Ordinal);

        // Then they are the same set
        Assert.Equal(0, help.ExitCode);
        Assert.Equal(commands.Order(StringComparer.Ordinal), documented.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Help_shows_each_default_once()
    {
        // Given every command's help
        foreach (var command in new[] { "add", "entities", "report", "export", "bench" })
        {
            // When it is printed
            var help = CliRunner.Run(TestPaths.Repository, command, "--help").Out;

            // Then no option states its default both in words and in the [default: ...] note
            foreach (var line in help.Split('\n').Where(l => l.Contains("[default:", StringComparison.Ordinal)))
            {
                Assert.DoesNotContain("(default", line, StringComparison.OrdinalIgnoreCase);
            }
        }
    }

    [GeneratedRegex(@"`triangulate ([a-z]+)")]
    private static partial Regex TableCommand();

    [GeneratedRegex(@"^  ([a-z]+)\b")]
    private static partial Regex HelpCommand();
}
