using System.Diagnostics;
using System.Globalization;
using Triangulate.Eval.Html;
using Triangulate.Readers;
using UglyToad.PdfPig;

namespace Triangulate.Eval.Formats;

/// <summary>
/// PDF, image-only PDF (OCR) and Word against the plain text they were made from: a sample of reports converted by
/// LibreOffice (<see cref="OfficeSamples"/>), read back by the document reader, scored by word F1 (bag and in order),
/// title and author; the text-layer PDFs' reading speed in pages per second (one thread).
/// </summary>
public static class FormatsEvaluation
{
    /// <summary>Converts <paramref name="count"/> reports of <paramref name="corpus"/> (OCR on the first <paramref name="ocrCount"/>) and scores them.</summary>
    public static FormatsReport Run(string corpus, int count, int ocrCount, string work)
    {
        var reports = Report.Sample(corpus, count);
        var pdfFolder = Path.Combine(work, "pdf");
        var docxFolder = Path.Combine(work, "docx");
        var watch = Stopwatch.StartNew();
        OfficeSamples.Convert(reports, pdfFolder, "pdf");
        OfficeSamples.Convert(reports, docxFolder, "docx");
        var conversion = watch.Elapsed.TotalSeconds;
        var reader = new DocumentReader();

        // One read before timing, so the speed is of reading, not of loading and compiling the PDF library.
        if (reports.Count > 0)
        {
            reader.ReadFile(Path.Combine(pdfFolder, reports[0].Name + ".pdf"));
        }

        var pdf = new List<FileScore>();
        var pages = 0;
        double readSeconds = 0;
        foreach (var report in reports)
        {
            var path = Path.Combine(pdfFolder, report.Name + ".pdf");
            using (var document = PdfDocument.Open(path))
            {
                pages += document.NumberOfPages;
            }

            watch.Restart();
            var result = reader.ReadFile(path);
            readSeconds += watch.Elapsed.TotalSeconds;
            pdf.Add(Score(report, result));
        }

        var docx = reports.Select(r => Score(r, reader.ReadFile(Path.Combine(docxFolder, r.Name + ".docx")))).ToList();
        var ocrFolder = Path.Combine(work, "ocr");
        Directory.CreateDirectory(ocrFolder);
        var ocr = new List<FileScore>();
        watch.Restart();
        foreach (var report in reports.Take(ocrCount))
        {
            var path = Path.Combine(ocrFolder, report.Name + ".pdf");
            File.WriteAllBytes(path, OfficeSamples.ImageOnly(Path.Combine(pdfFolder, report.Name + ".pdf")));
            ocr.Add(Score(report, reader.ReadFile(path)));
        }

        return new FormatsReport(pdf, docx, ocr, pages, readSeconds, conversion, watch.Elapsed.TotalSeconds);
    }

    private static FileScore Score(Report report, IReadOnlyList<ReadResult> results)
    {
        if (results.Count == 0 || results[0] is not ReadResult.Read { Document: var document })
        {
            return new FileScore(report.Name, 0, 0, false, false, string.Join("; ", results));
        }

        var meta = document.Metadata;
        return new FileScore(
            report.Name,
            WordOverlap.Score(document.Text, report.Text).F1,
            SequenceOverlap.F1(document.Text, report.Text),
            meta.Title == report.Title,
            meta.Authors.Contains(OfficeSamples.Author),
            results.Count > 1 ? string.Join("; ", results.Skip(1)) : null);
    }
}

/// <summary>One file's scores.</summary>
/// <param name="Name">The report.</param>
/// <param name="F1">Word F1 (bag of words).</param>
/// <param name="OrderF1">Word F1 in order (longest common subsequence).</param>
/// <param name="Title">The title property was read.</param>
/// <param name="Author">The author property was read.</param>
/// <param name="Note">A rejection or other message, when there was one.</param>
public sealed record FileScore(string Name, double F1, double OrderF1, bool Title, bool Author, string? Note);

/// <summary>The scores of every format.</summary>
/// <param name="Pdf">Text-layer PDFs.</param>
/// <param name="Docx">Word documents.</param>
/// <param name="Ocr">Image-only PDFs.</param>
/// <param name="PdfPages">Pages of the text-layer PDFs.</param>
/// <param name="PdfSeconds">Time to read them, one thread.</param>
/// <param name="ConversionSeconds">Time LibreOffice took.</param>
/// <param name="OcrSeconds">Time to make and read the image-only PDFs.</param>
public sealed record FormatsReport(
    IReadOnlyList<FileScore> Pdf, IReadOnlyList<FileScore> Docx, IReadOnlyList<FileScore> Ocr, int PdfPages, double PdfSeconds,
    double ConversionSeconds, double OcrSeconds)
{
    /// <summary>Text-layer PDF pages read per second.</summary>
    public double PdfPagesPerSecond => PdfPages / Math.Max(PdfSeconds, 1e-9);

    /// <summary>The report as lines.</summary>
    public IEnumerable<string> Lines()
    {
        var c = CultureInfo.InvariantCulture;
        foreach (var (name, scores) in new[] { ("pdf", Pdf), ("docx", Docx), ("ocr", Ocr) })
        {
            foreach (var s in scores.Where(s => s.F1 < 0.98 || s.Note is not null))
            {
                yield return string.Create(c, $"  {name} {s.Name}: F1 {s.F1:F3} in order {s.OrderF1:F3} {s.Note}");
            }
        }

        yield return string.Create(c, $"pdf  {Pdf.Count} files, {PdfPages} pages: word F1 mean {Mean(Pdf, s => s.F1):F4} (min {Min(Pdf):F3}), in order {Mean(Pdf, s => s.OrderF1):F4}; titles {Pdf.Count(s => s.Title)}/{Pdf.Count}, authors {Pdf.Count(s => s.Author)}/{Pdf.Count}; {PdfPagesPerSecond:F1} pages/s (one thread, {PdfSeconds:F2} s)");
        yield return string.Create(c, $"docx {Docx.Count} files: word F1 mean {Mean(Docx, s => s.F1):F4} (min {Min(Docx):F3}), in order {Mean(Docx, s => s.OrderF1):F4}; titles {Docx.Count(s => s.Title)}/{Docx.Count}, authors {Docx.Count(s => s.Author)}/{Docx.Count}");
        yield return string.Create(c, $"ocr  {Ocr.Count} files: word F1 mean {Mean(Ocr, s => s.F1):F4} (min {Min(Ocr):F3}), in order {Mean(Ocr, s => s.OrderF1):F4} ({OcrSeconds:F1} s to render and read)");
        yield return string.Create(c, $"LibreOffice conversion {ConversionSeconds:F1} s");
    }

    private static double Mean(IReadOnlyList<FileScore> scores, Func<FileScore, double> value) => scores.Count == 0 ? 0 : scores.Average(value);

    private static double Min(IReadOnlyList<FileScore> scores) => scores.Count == 0 ? 0 : scores.Min(s => s.F1);
}
