using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Triangulate.Core.Documents;
using Triangulate.Readers.Formats;
using Triangulate.Readers.Html;

namespace Triangulate.Readers.Docx;

/// <summary>
/// Word documents (<c>.docx</c>) through DocumentFormat.OpenXml: the body's paragraphs in order, one a line; a table a
/// row a line with its cells separated by " | "; title, author and dates from the core properties. Page headers and
/// footers live outside the body and are not read.
/// </summary>
internal sealed class DocxReader : IFormatReader
{
    /// <inheritdoc />
    public InputFormat Format => InputFormat.Docx;

    /// <inheritdoc />
    public IEnumerable<ReadResult> Read(Input input, ReadContext context)
    {
        var bytes = input.ReadAll();
        if (PackageLimits.Refusal(bytes, context.Options) is { } refusal)
        {
            return [new ReadResult.Rejected(input.Location, refusal)];
        }

        using var stream = new MemoryStream(bytes, writable: false);
        WordprocessingDocument word;
        try
        {
            // The directory's sizes can lie: the SDK counts the characters it really reads from each part.
            word = WordprocessingDocument.Open(stream, false, new OpenSettings { MaxCharactersInPart = context.Options.MaxEntryBytes });
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or IOException or FileFormatException or System.Xml.XmlException)
        {
            return [new ReadResult.Rejected(input.Location, $"broken Word document: {ex.Message.Split('\n')[0]}")];
        }

        using (word)
        {
            try
            {
                return Read(input, word, bytes);
            }
            catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or IOException or System.Xml.XmlException or InvalidOperationException)
            {
                // The parts are parsed when first touched: markup that never closes, a DTD (refused by the SDK, so no
                // entity reaches a local file), a part over the limit.
                return [new ReadResult.Rejected(input.Location, $"broken Word document: {ex.Message.Split('\n')[0].Trim()}")];
            }
        }
    }

    private static IEnumerable<ReadResult> Read(Input input, WordprocessingDocument word, byte[] bytes)
    {
        var body = word.MainDocumentPart?.Document?.Body;
        if (body is null)
        {
            return [new ReadResult.Rejected(input.Location, "Word document without a body")];
        }

        var lines = new List<string>();
        Blocks(body, lines);
        var properties = CoreProperties.Read(bytes);
        var authors = Bylines.Clean(properties.Creator is null ? [] : properties.Creator.Split(';', ','));
        var metadata = new DocumentMetadata(
            input.Name,
            Title: properties.Title,
            Source: authors.Count > 0 ? authors[0] : null,
            Published: properties.Created)
        {
            Authors = authors,
            Modified = properties.Modified,
            Description = properties.Description,
            Format = "docx",
        };
        return [DocumentReader.FromText(input.Location, string.Join('\n', lines), metadata)];
    }

    private static void Blocks(OpenXmlElement container, List<string> lines)
    {
        foreach (var element in container.Elements())
        {
            switch (element)
            {
                case Paragraph paragraph:
                    Add(lines, Text(paragraph));
                    break;
                case Table table:
                    foreach (var row in table.Elements<TableRow>())
                    {
                        Add(lines, string.Join(" | ", row.Elements<TableCell>().Select(c => string.Join(' ', c.Elements<Paragraph>().Select(Text))).Where(c => c.Length > 0)));
                    }

                    break;
                case SdtBlock or CustomXmlBlock:
                    Blocks(element.Elements().FirstOrDefault(e => e is SdtContentBlock) ?? element, lines);
                    break;
            }
        }
    }

    private static string Text(Paragraph paragraph)
    {
        var text = new StringBuilder();
        foreach (var node in paragraph.Descendants())
        {
            switch (node)
            {
                case Text t:
                    text.Append(t.Text);
                    break;
                case TabChar:
                    text.Append('\t');
                    break;
                case Break or CarriageReturn:
                    text.Append(' ');
                    break;
            }
        }

        return string.Join(' ', text.ToString().Split((char[])[' ', '\t', '\u00A0'], StringSplitOptions.RemoveEmptyEntries));
    }

    private static void Add(List<string> lines, string line)
    {
        if (line.Length > 0)
        {
            lines.Add(line);
        }
    }
}
