namespace Triangulate.Readers.Formats;

/// <summary>The one reader of each format.</summary>
internal static class FormatReaders
{
    /// <summary>Every reader, one per format.</summary>
    public static IEnumerable<IFormatReader> All() =>
    [
        new TextFormatReader(),
        new HtmlFormatReader(),
        new FeedFormatReader(),
        new JsonLinesFormatReader(),
        new Zip.ZipReader(),
        new Warc.WarcReader(),
        new Email.EmailReader(),
        new Email.MboxReader(),
        new Pdf.PdfReader(),
        new Docx.DocxReader(),
    ];
}
