using System.Text.RegularExpressions;
using Triangulate.Core.Documents;
using Triangulate.Readers.Formats;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Exceptions;

namespace Triangulate.Readers.Pdf;

/// <summary>
/// PDF files through PdfPig: each page's words grouped into blocks and put in reading order (columns read one after
/// the other), running headers, footers and page numbers removed (<see cref="RunningLines"/>), words hyphenated at a
/// line's end joined; title, authors and dates from the document information dictionary, else its XMP metadata. A
/// page without a text layer is read by OCR (<see cref="PageOcr"/>).
/// </summary>
internal sealed partial class PdfReader : IFormatReader
{
    /// <inheritdoc />
    public InputFormat Format => InputFormat.Pdf;

    /// <inheritdoc />
    public IEnumerable<ReadResult> Read(Input input, ReadContext context)
    {
        var bytes = input.ReadAll();
        PdfDocument pdf;
        try
        {
            pdf = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
        }
        catch (PdfDocumentEncryptedException)
        {
            return [new ReadResult.Rejected(input.Location, "encrypted PDF (no password is tried)")];
        }
        catch (Exception ex) when (ex is PdfDocumentFormatException or InvalidOperationException or ArgumentException or IndexOutOfRangeException or EndOfStreamException or InvalidDataException)
        {
            return [new ReadResult.Rejected(input.Location, $"broken PDF: {ex.Message.Split('\n')[0].Trim()}")];
        }

        using (pdf)
        {
            var pages = new List<List<string>>();
            var withoutText = new List<int>();
            for (var number = 1; number <= pdf.NumberOfPages; number++)
            {
                var lines = PdfPageText.Lines(pdf.GetPage(number));
                if (lines.Count == 0)
                {
                    withoutText.Add(number);
                }

                pages.Add(lines);
            }

            var results = new List<ReadResult>();
            if (withoutText.Count > 0)
            {
                var ocr = PageOcr.Read(bytes, withoutText);
                foreach (var (page, lines) in ocr.Pages)
                {
                    pages[page - 1] = lines;
                }

                if (ocr.Error is { } error)
                {
                    results.Add(new ReadResult.Rejected(input.Location, error));
                }
            }

            var text = Paragraphs.Join(RunningLines.Remove(pages));
            var metadata = PdfMetadata.Read(pdf, input.Name);
            if (string.IsNullOrWhiteSpace(text))
            {
                results.Insert(0, new ReadResult.Rejected(input.Location, "PDF has no text"));
                return results.Take(1);
            }

            results.Insert(0, DocumentReader.FromText(input.Location, text, metadata));
            return results;
        }
    }
}
