using System.Diagnostics;

namespace Triangulate.Readers.Pdf;

/// <summary>
/// OCR of PDF pages without a text layer: each page rendered by <c>pdftoppm</c> (Debian's poppler-utils) at 300 dpi in
/// grey and read by <c>tesseract</c> (tesseract-ocr, tesseract-ocr-eng), through pipes (nothing written to disk).
/// When either program is missing, one line says so and names the packages.
/// </summary>
internal static class PageOcr
{
    /// <summary>The message when the programs are missing.</summary>
    public const string Missing = "pages without a text layer need OCR: install pdftoppm and tesseract (Debian packages poppler-utils, tesseract-ocr, tesseract-ocr-eng)";

    private static readonly TimeSpan PageTimeout = TimeSpan.FromMinutes(2);
    private static readonly Lazy<bool> Available = new(() => OnPath("pdftoppm") && OnPath("tesseract"));

    /// <summary>Whether pdftoppm and tesseract are installed.</summary>
    public static bool IsAvailable => Available.Value;

    /// <summary>The lines of each page read; an error line when pages could not be read.</summary>
    public static (List<(int Page, List<string> Lines)> Pages, string? Error) Read(byte[] pdf, IReadOnlyList<int> pages)
    {
        if (!IsAvailable)
        {
            return ([], $"{pages.Count} {Missing}");
        }

        var read = new List<(int, List<string>)>();
        var failed = new List<int>();
        foreach (var page in pages)
        {
            var image = Run("pdftoppm", ["-r", "300", "-gray", "-f", $"{page}", "-l", $"{page}", "-singlefile", "-png", "-"], pdf);
            var text = image is { Length: > 0 } ? Run("tesseract", ["stdin", "stdout", "-l", "eng", "--psm", "3"], image) : null;
            if (text is null)
            {
                failed.Add(page);
                continue;
            }

            // Tesseract separates paragraphs by an empty line, as the PDF reader's lines do.
            var lines = System.Text.Encoding.UTF8.GetString(text).Replace("\f", string.Empty, StringComparison.Ordinal)
                .Split('\n').Select(l => l.Trim()).ToList();
            read.Add((page, lines));
        }

        return (read, failed.Count == 0 ? null : $"OCR failed on page(s) {string.Join(", ", failed)}");
    }

    private static byte[]? Run(string program, string[] arguments, byte[] input)
    {
        var info = new ProcessStartInfo(program)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        // Tesseract's OpenMP threads spin against each other on a busy machine (a page took 24 s instead of 6.5 s
        // with the load at 30); pages are read one process at a time, each on one thread.
        info.Environment["OMP_THREAD_LIMIT"] = "1";
        using var process = Process.Start(info);
        if (process is null)
        {
            return null;
        }

        var output = new MemoryStream();
        var copy = process.StandardOutput.BaseStream.CopyToAsync(output);
        var errors = process.StandardError.ReadToEndAsync();
        try
        {
            process.StandardInput.BaseStream.Write(input);
            process.StandardInput.Close();
        }
        catch (IOException)
        {
            // The program stopped reading (a broken input); its exit code says so below.
        }

        if (!process.WaitForExit(PageTimeout))
        {
            process.Kill(entireProcessTree: true);
            return null;
        }

        copy.Wait();
        _ = errors.Result;
        return process.ExitCode == 0 ? output.ToArray() : null;
    }

    private static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
            .Any(dir => dir.Length > 0 && File.Exists(Path.Combine(dir, program)));
}
