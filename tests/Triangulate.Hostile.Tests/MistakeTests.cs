using Xunit.Abstractions;

namespace Triangulate.Hostile.Tests;

/// <summary>Every usage mistake gets one clear line on stderr and a meaningful exit code, never silence or a stack trace.</summary>
public sealed class MistakeTests(ITestOutputHelper output) : Workspace(output)
{
    private void AddCase() => Assert.Equal(0, Run("add", WriteReports("in", 3), "--case", "c").ExitCode);

    [Theory]
    [InlineData("claims", "--stance", "nonsense", "assert, deny, admit, accuse, question")]
    [InlineData("claims", "--modality", "x", "fact, plan, expectation, possibility, opinion")]
    [InlineData("entities", "--type", "x", "PERSON, ORG, GPE, LOC, FAC, PRODUCT, NORP, EVENT, MEDIA")]
    public void An_unknown_filter_value_names_the_allowed_ones_and_exits_2(string command, string option, string value, string allowed)
    {
        // Given a case
        AddCase();

        // When a filter is given a value that does not exist
        var run = Run(command, option, value, "--case", "c");

        // Then the command exits 2 naming the allowed values, without a stack trace or the whole help
        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{option} '{value}' is not one of: {allowed}", run.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Err, StringComparison.Ordinal);
        Assert.Empty(run.Out);
    }

    [Fact]
    public void A_filter_value_in_another_case_is_accepted()
    {
        // Given a case
        AddCase();

        // When a stance is written in capitals
        var run = Run("claims", "--stance", "ASSERT", "--case", "c");

        // Then it is the same stance
        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public void Claims_of_a_document_the_case_does_not_hold_say_so()
    {
        // Given a case
        AddCase();

        // When claims are asked of a document it does not hold
        var run = Run("claims", "--doc", "no-such", "--case", "c");

        // Then it says so and exits 1
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no document whose name contains 'no-such'", run.Err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("-5")]
    [InlineData("0")]
    [InlineData("NaN")]
    public void Max_mb_must_be_a_positive_number(string value)
    {
        // Given a report
        var reports = WriteReports("in", 1);

        // When add is given a limit that is not a positive number
        var run = Run("add", reports, "--max-mb", value, "--case", "c");

        // Then it is refused before anything is read, and no case is created
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--max-mb must be a positive number", run.Err, StringComparison.Ordinal);
        Assert.False(Directory.Exists(PathOf("c")));
    }

    [Theory]
    [InlineData("10", "10 MB limit")]
    [InlineData("0.5", "0.5 MB limit")]
    public void Max_mb_is_printed_as_given(string value, string printed)
    {
        // Given a report larger than the limit
        var big = PathOf("big.txt");
        File.WriteAllText(big, new Generators.NewsText(3).Text((int)(double.Parse(value, System.Globalization.CultureInfo.InvariantCulture) * 1024 * 1024) + 4096));

        // When it is added with that limit
        var run = Run("add", big, "--max-mb", value, "--case", "c");

        // Then the rejection prints the limit as it was given
        Assert.Equal(1, run.ExitCode);
        Assert.Contains(printed, run.Err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("export", "-o")]
    [InlineData("report", "-o")]
    public void Output_into_a_missing_folder_creates_it(string command, string option)
    {
        // Given a case
        AddCase();

        // When the output names a folder that does not exist
        var run = Run(command, "--case", "c", option, "missing/dir/out.file");

        // Then the folder is created (like mkdir -p, as --help says) and the file written
        Assert.Equal(0, run.ExitCode);
        Assert.True(File.Exists(PathOf("missing/dir/out.file")), run.Err);
    }
}
