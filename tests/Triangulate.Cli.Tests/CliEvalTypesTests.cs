using Triangulate.Testing;
using Xunit.Abstractions;

namespace Triangulate.Cli.Tests;

public sealed class CliEvalTypesTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _work = TestPaths.NewTempFolder("triangulate-eval-types");

    public void Dispose() => Directory.Delete(_work, recursive: true);

    [Fact]
    public void Eval_types_scores_each_news_type_and_ends_with_overall()
    {
        // Given a two-column file in re3d's labels (invented sentence)
        var path = Path.Combine(_work, "tiny.conll");
        File.WriteAllLines(path, [
            "The\tO", "army\tO", "fired\tO", "a\tO", "Falcor\tB-Weapon", "missile\tO", "at\tO", "Varnow\tB-Location", ".\tO", "",
            "Gen.\tB-Person", "Ola\tI-Person", "Berglund\tI-Person", "said\tO", "so\tO", ".\tO",
        ]);

        // When it is scored with the re3d label map
        var result = CliRunner.Run(_work, "eval", "types", "--data", path, "--map", "re3d");
        output.WriteLine(result.Out + result.Err);

        // Then each mapped class has a line, the product is found, and the last line is the overall score
        Assert.Equal(0, result.ExitCode);
        var lines = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, l => l.StartsWith("PRODUCT", StringComparison.Ordinal) && l.Contains("correct 1", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("PERSON", StringComparison.Ordinal));
        Assert.StartsWith("overall P=", lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_types_show_prints_the_mentions_of_a_text_and_an_unknown_map_fails()
    {
        // Given a plain text file
        var path = Path.Combine(_work, "report.txt");
        File.WriteAllText(path, "The army ordered Vireo drones, the Orlan newspaper reported.");

        // When the stage's mentions are shown
        var shown = CliRunner.Run(_work, "eval", "types", "--show", path);
        output.WriteLine(shown.Out + shown.Err);

        // Then the product and the outlet are listed with their types
        Assert.Equal(0, shown.ExitCode);
        Assert.Contains("PRODUCT  Vireo", shown.Out, StringComparison.Ordinal);
        Assert.Contains("MEDIA    Orlan", shown.Out, StringComparison.Ordinal);

        // And an unknown label map is refused
        Assert.NotEqual(0, CliRunner.Run(_work, "eval", "types", "--data", path, "--map", "nope").ExitCode);
    }
}
