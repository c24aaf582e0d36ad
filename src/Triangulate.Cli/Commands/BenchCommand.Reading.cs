using System.Diagnostics;
using System.Globalization;
using Triangulate.Core.Documents;
using Triangulate.Readers;
using UglyToad.PdfPig;

namespace Triangulate.Cli.Commands;

internal static partial class BenchCommand
{
    /// <summary>
    /// Reads every file once, timing each by the format its documents were read as; a corpus holding PDF files is
    /// then read again, PDF files only, on one thread with the library warm, and its speed printed in pages per
    /// second: PDF layout analysis costs far more per byte than any other reader, so it is shown apart.
    /// </summary>
    private static (List<Document> Documents, int Rejected, TimeSpan Elapsed) ReadCorpus(IReadOnlyList<string> files, DocumentReader reader)
    {
        var inv = CultureInfo.InvariantCulture;
        var documents = new List<Document>();
        var rejected = 0;
        var byFormat = new Dictionary<string, (int Files, double Seconds)>(StringComparer.Ordinal);
        var pdfFiles = new List<string>();
        var clock = Stopwatch.StartNew();
        foreach (var file in files)
        {
            var start = Stopwatch.GetTimestamp();
            var results = reader.ReadFile(file);
            var seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
            var format = "rejected";
            foreach (var result in results)
            {
                if (result is ReadResult.Read r)
                {
                    documents.Add(r.Document);
                    format = r.Document.Metadata.Format ?? "other";
                }
                else
                {
                    rejected++;
                    Console.Error.WriteLine($"rejected: {result}");
                }
            }

            var (count, total) = byFormat.GetValueOrDefault(format);
            byFormat[format] = (count + 1, total + seconds);
            if (format == "pdf")
            {
                pdfFiles.Add(file);
            }
        }

        clock.Stop();
        foreach (var (format, (count, seconds)) in byFormat.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            Console.WriteLine(string.Create(inv, $"  read {format,-8} {count,6} files  {seconds,8:0.00} s  ({count / Math.Max(seconds, 1e-9):0.0} files/s, first read: includes loading the reader)"));
        }

        if (pdfFiles.Count > 0)
        {
            ReportPdf(pdfFiles, reader);
        }

        return (documents, rejected, clock.Elapsed);
    }

    private static void ReportPdf(List<string> files, DocumentReader reader)
    {
        var pages = 0;
        foreach (var file in files)
        {
            using var pdf = PdfDocument.Open(file);
            pages += pdf.NumberOfPages;
        }

        // Warm: the first pass loaded and compiled the library; this one measures reading.
        var start = Stopwatch.GetTimestamp();
        foreach (var file in files)
        {
            _ = reader.ReadFile(file);
        }

        var seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"  PDF reading, one thread (warm): {files.Count} files, {pages} pages in {seconds:0.00} s: {pages / Math.Max(seconds, 1e-9):0.0} pages/s"));
    }
}
