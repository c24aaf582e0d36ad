using System.Xml;
using System.Xml.Linq;
using System.IO.Compression;
using Triangulate.Readers.Html;

namespace Triangulate.Readers.Docx;

/// <summary>
/// A Word document's core properties (<c>docProps/core.xml</c>: <c>dc:title</c>, <c>dc:creator</c>,
/// <c>dcterms:created</c>, <c>dcterms:modified</c>, <c>dc:description</c>), read from the part itself: the package's
/// relationship LibreOffice writes is not the one the OpenXml SDK looks for.
/// </summary>
/// <param name="Title">The title.</param>
/// <param name="Creator">The author(s).</param>
/// <param name="Created">The creation date.</param>
/// <param name="Modified">The last modification date.</param>
/// <param name="Description">The description.</param>
internal sealed record CoreProperties(string? Title, string? Creator, DateOnly? Created, DateOnly? Modified, string? Description)
{
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace Terms = "http://purl.org/dc/terms/";

    /// <summary>The properties of a Word file's bytes, or empty ones when the part is missing or broken.</summary>
    public static CoreProperties Read(byte[] docx)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(docx, writable: false), ZipArchiveMode.Read);
            var entry = zip.GetEntry(PartName(zip)) ?? zip.GetEntry("docProps/core.xml");
            if (entry is null || entry.Length > 1_000_000)
            {
                return Empty;
            }

            using var stream = entry.Open();
            var xml = XDocument.Load(stream);
            string? Value(XName name) => xml.Descendants(name).FirstOrDefault()?.Value is { } v && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;
            return new CoreProperties(
                Value(Dc + "title"), Value(Dc + "creator"), MetadataDates.Parse(Value(Terms + "created")), MetadataDates.Parse(Value(Terms + "modified")),
                Value(Dc + "description"));
        }
        catch (Exception ex) when (ex is XmlException or InvalidDataException or IOException)
        {
            return Empty;
        }
    }

    private static CoreProperties Empty => new(null, null, null, null, null);

    // The package's relationships name the part. LibreOffice spells the relationship type "officedocument/2006/...
    // /metadata/core-properties" rather than the standard "package/2006/...", which the OpenXml SDK does not follow.
    private static string PartName(ZipArchive zip)
    {
        if (zip.GetEntry("_rels/.rels") is not { Length: < 1_000_000 } rels)
        {
            return "docProps/core.xml";
        }

        using var stream = rels.Open();
        var target = XDocument.Load(stream).Root?.Elements()
            .FirstOrDefault(r => (r.Attribute("Type")?.Value ?? string.Empty).EndsWith("/metadata/core-properties", StringComparison.OrdinalIgnoreCase))
            ?.Attribute("Target")?.Value;
        return target?.TrimStart('/') ?? "docProps/core.xml";
    }
}
