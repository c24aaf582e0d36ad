using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Triangulate.Core.Documents;
using Triangulate.Readers.Html;
using UglyToad.PdfPig;

namespace Triangulate.Readers.Pdf;

/// <summary>
/// A PDF's title, authors and dates: the document information dictionary first (what the producing program wrote),
/// then XMP (<c>dc:title</c>, <c>dc:creator</c>, <c>xmp:CreateDate</c>, <c>xmp:ModifyDate</c>).
/// </summary>
internal static partial class PdfMetadata
{
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace Xmp = "http://ns.adobe.com/xap/1.0/";
    private static readonly XNamespace Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";

    /// <summary>The metadata of an open PDF.</summary>
    public static DocumentMetadata Read(PdfDocument pdf, string name)
    {
        var info = pdf.Information;
        XDocument? xmp = null;
        try
        {
            if (pdf.TryGetXmpMetadata(out var metadata))
            {
                xmp = metadata.GetXDocument();
            }
        }
        catch (Exception ex) when (ex is System.Xml.XmlException or InvalidOperationException or ArgumentException)
        {
            // Broken XMP loses only itself.
        }

        var title = Blank(info.Title) ?? Blank(XmpFirst(xmp, Dc + "title"));
        var authorText = Blank(info.Author);
        var authors = authorText is not null
            ? Bylines.Clean(authorText.Split(';', ','))
            : Bylines.Clean(xmp?.Descendants(Dc + "creator").SelectMany(c => c.Descendants(Rdf + "li")).Select(l => l.Value) ?? []);
        var created = PdfDate(info.CreationDate) ?? MetadataDates.Parse(XmpFirst(xmp, Xmp + "CreateDate"));
        var modified = PdfDate(info.ModifiedDate) ?? MetadataDates.Parse(XmpFirst(xmp, Xmp + "ModifyDate"));
        return new DocumentMetadata(name, Title: title, Source: authors.Count > 0 ? authors[0] : null, Published: created)
        {
            Authors = authors,
            Modified = modified,
            Description = Blank(info.Subject),
            Format = "pdf",
        };
    }

    /// <summary>A PDF date string (<c>D:20240507093000+02'00'</c>) as the calendar date it states.</summary>
    internal static DateOnly? PdfDate(string? value)
    {
        if (value is null || PdfDatePattern().Match(value) is not { Success: true } match)
        {
            return null;
        }

        var year = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var month = match.Groups[2].Success ? int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture) : 1;
        var day = match.Groups[3].Success ? int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture) : 1;
        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) && year >= 1980 ? new DateOnly(year, month, day) : null;
    }

    private static string? XmpFirst(XDocument? xmp, XName name)
    {
        var element = xmp?.Descendants(name).FirstOrDefault();
        if (element is null)
        {
            return null;
        }

        return element.Descendants(Rdf + "li").FirstOrDefault()?.Value ?? element.Value;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    [GeneratedRegex(@"^(?:D:)?(\d{4})(\d{2})?(\d{2})?")]
    private static partial Regex PdfDatePattern();
}
