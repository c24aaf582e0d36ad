using System.Globalization;
using Triangulate.Eval.Formats;
using Triangulate.Testing;
using Xunit.Abstractions;

namespace Triangulate.Readers.Tests.Formats;

/// <summary>
/// BBC reports turned into PDF (one and two columns), image-only PDF and Word by LibreOffice and read back. CI converts
/// 10 reports and OCRs 2; <c>TRIANGULATE_FORMATS_COUNT=100 TRIANGULATE_OCR_COUNT=20</c> runs the full
/// measure (figures in the README), as does <c>triangulate eval formats</c>.
/// </summary>
public sealed class OfficeFormatsTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _folder = TestPaths.NewTempFolder("triangulate-office");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Reports_converted_by_libreoffice_read_back_as_their_text()
    {
        // Given BBC reports converted by LibreOffice (a running header and page numbers on every page, every other
        // report in two columns, title and author in the properties), and image-only copies of the PDFs
        if (TestPaths.Shared is not { } shared)
        {
            Console.WriteLine("skipped: ../shared is absent");
            return;
        }

        if (!OfficeSamples.Available)
        {
            Console.WriteLine($"skipped: soffice or pdftoppm is not installed (Debian packages {OfficeSamples.Packages}; .ci/run installs them)");
            return;
        }

        var count = Setting("TRIANGULATE_FORMATS_COUNT", 10);
        var ocr = Setting("TRIANGULATE_OCR_COUNT", 2);

        // When each is read back
        var report = FormatsEvaluation.Run(Path.Combine(shared, "data", "news", "bbc"), count, ocr, _folder);
        foreach (var line in report.Lines())
        {
            output.WriteLine(line);
        }

        // Then the PDF text is the source text in order, Word's too with its title and author, and OCR close to it
        Assert.Equal(count, report.Pdf.Count);
        Assert.True(report.Pdf.Average(s => s.OrderF1) >= 0.98, $"PDF word F1 in order {report.Pdf.Average(s => s.OrderF1):F4}");
        Assert.True(report.Docx.Average(s => s.OrderF1) >= 0.99, $"Word word F1 in order {report.Docx.Average(s => s.OrderF1):F4}");
        Assert.All(report.Docx, s => Assert.True(s.Title && s.Author, s.Name));
        Assert.All(report.Pdf, s => Assert.True(s.Title && s.Author, s.Name));
        if (ocr > 0)
        {
            if (report.Ocr.Any(s => s.Note?.Contains("tesseract", StringComparison.Ordinal) == true))
            {
                Console.WriteLine("OCR part skipped: tesseract is not installed (Debian packages tesseract-ocr, tesseract-ocr-eng)");
                return;
            }

            Assert.True(report.Ocr.Average(s => s.F1) >= 0.90, $"OCR word F1 {report.Ocr.Average(s => s.F1):F4}");
        }
    }

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : fallback;
}
