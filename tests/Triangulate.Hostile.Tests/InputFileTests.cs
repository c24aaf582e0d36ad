using System.Diagnostics;
using Xunit.Abstractions;

namespace Triangulate.Hostile.Tests;

/// <summary>Inputs that are not what they seem: loops, pipes, devices, bytes that are not UTF-8, names with control characters.</summary>
public sealed class InputFileTests(ITestOutputHelper output) : Workspace(output)
{
    private void WriteReport(string path) => File.WriteAllText(PathOf(path), new Generators.NewsText(path.Length).Text(1500));

    [Fact]
    public void A_symlink_loop_is_named_once_and_not_walked()
    {
        // Given a folder holding a report and a link back to itself
        Directory.CreateDirectory(PathOf("in/sub"));
        WriteReport("in/report.txt");
        File.CreateSymbolicLink(PathOf("in/sub/loop"), PathOf("in"));

        // When it is added
        var add = Run("add", "in", "--case", "c");

        // Then the loop is named once, the report stored once
        Assert.Equal(0, add.ExitCode);
        var loop = Assert.Single(add.Err.Split('\n'), l => l.Contains("symbolic link", StringComparison.Ordinal));
        Assert.StartsWith("skipped: in/sub/loop: symbolic link back to ", loop, StringComparison.Ordinal);
        Assert.Contains("has 1 documents", add.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Fifos_and_devices_are_skipped_with_their_own_message()
    {
        // Given a folder with a report, a FIFO and a link to /dev/zero, all named .txt
        if (!OperatingSystem.IsLinux())
        {
            Output.WriteLine("skipped: FIFOs and /dev/zero are Linux things");
            return;
        }

        Directory.CreateDirectory(PathOf("in"));
        WriteReport("in/report.txt");
        using (var mkfifo = Process.Start("mkfifo", PathOf("in/pipe.txt")))
        {
            mkfifo.WaitForExit();
        }

        File.CreateSymbolicLink(PathOf("in/zero.txt"), "/dev/zero");

        // When the folder is added, and /dev/zero by name
        var add = Run(TimeSpan.FromSeconds(60), "add", "in", "--case", "c");
        var device = Run(TimeSpan.FromSeconds(60), "add", "/dev/zero", "--case", "c");

        // Then neither blocks nor reads forever: each is named as what it is, and the report is stored
        Assert.Equal(0, add.ExitCode);
        Assert.Contains("skipped: in/pipe.txt: a FIFO (named pipe), not a regular file", add.Err, StringComparison.Ordinal);
        Assert.Contains("skipped: in/zero.txt: a character device, not a regular file", add.Err, StringComparison.Ordinal);
        Assert.Contains("has 1 documents", add.Out, StringComparison.Ordinal);
        Assert.Equal(1, device.ExitCode);
        Assert.Contains("rejected: /dev/zero: a character device, not a regular file", device.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("empty file", add.Err + device.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_lines_with_invalid_utf8_are_rejected_by_line_number()
    {
        // Given a JSON-lines file whose second line holds a Latin-1 byte
        File.WriteAllBytes(PathOf("x.jsonl"), [
            .. "{\"text\": \"The port reopened on Monday, the harbour authority said.\"}\n"u8,
            .. "{\"text\": \"caf"u8, 0xE9, .. " owners said the port is closed.\"}\n"u8,
            .. "{\"text\": \"Ships returned to the port on Tuesday, officials said.\"}\n"u8,
        ]);

        // When it is added
        var add = Run("add", "x.jsonl", "--case", "c");

        // Then line 2 is rejected by number and the others stored, without mojibake
        Assert.Equal(1, add.ExitCode);
        Assert.Contains("rejected: x.jsonl:2: invalid UTF-8 at byte 14 of the line", add.Err, StringComparison.Ordinal);
        Assert.Contains("has 2 documents", add.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Ã", Run("export", "--case", "c").Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Control_characters_in_a_file_name_are_escaped_in_messages()
    {
        // Given a file whose name holds a newline and an escape character, and whose content is binary
        var name = "bad\nname\u001b[31m.txt";
        File.WriteAllBytes(PathOf(name), [0, 1, 2, 3, 0, 0]);

        // When it is added
        var add = Run("add", name, "--case", "c");

        // Then its rejection is one line with the characters escaped
        Assert.Equal(1, add.ExitCode);
        var line = Assert.Single(add.Err.Split('\n'), l => l.StartsWith("rejected:", StringComparison.Ordinal));
        Assert.StartsWith("rejected: bad\\nname\\u001b[31m.txt: ", line, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', add.Err);
    }

    [Fact]
    public void Author_and_url_of_a_json_line_are_in_the_export()
    {
        // Given a JSON line with a byline and an address
        File.WriteAllText(PathOf("x.jsonl"), "{\"text\": \"The port reopened on Monday, the harbour authority said.\", \"author\": \"Ana Reyes\", \"url\": \"https://example.org/port\"}\n");

        // When it is added and exported
        Assert.Equal(0, Run("add", "x.jsonl", "--case", "c").ExitCode);
        using var export = System.Text.Json.JsonDocument.Parse(Run("export", "--case", "c").Out);

        // Then the document carries both
        var document = Assert.Single(export.RootElement.GetProperty("documents").EnumerateArray());
        Assert.Equal("Ana Reyes", Assert.Single(document.GetProperty("authors").EnumerateArray()).GetString());
        Assert.Equal("https://example.org/port", document.GetProperty("url").GetString());
    }
}
