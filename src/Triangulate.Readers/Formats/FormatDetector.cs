using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace Triangulate.Readers.Formats;

/// <summary>
/// Chooses a format by content: magic bytes (<c>%PDF-</c>, <c>PK</c>, gzip, <c>WARC/</c>), the root element of XML,
/// the header block of a message; the extension is only a hint, where content alone cannot tell (plain text and
/// JSON lines look alike; a text with a few tags may be either).
/// </summary>
public static partial class FormatDetector
{
    /// <summary>How many leading bytes detection reads.</summary>
    public const int HeadLength = 8192;

    private static readonly HashSet<string> TextExtensions = new(StringComparer.OrdinalIgnoreCase) { ".txt", ".text", ".md", ".markdown", "" };
    private static readonly HashSet<string> JsonLinesExtensions = new(StringComparer.OrdinalIgnoreCase) { ".jsonl", ".ndjson" };

    /// <summary>Whether a format holds other documents (read entry by entry, with the container limits).</summary>
    public static bool IsContainer(InputFormat format) => format is InputFormat.Zip or InputFormat.Warc or InputFormat.Mbox;

    /// <summary>The format of an input from its first bytes, its name, and (for zip files) its entry list.</summary>
    /// <param name="head">The first <see cref="HeadLength"/> bytes (fewer for a short input).</param>
    /// <param name="name">The file or entry name; its extension is a hint.</param>
    /// <param name="open">Opens the whole input, to tell a Word document from another zip file.</param>
    public static InputFormat Detect(ReadOnlySpan<byte> head, string name, Func<Stream>? open = null)
    {
        var extension = Extension(name);
        if (head.IndexOf("%PDF-"u8) is >= 0 and < 1024)
        {
            return InputFormat.Pdf;
        }

        if (head.StartsWith("PK\x03\x04"u8) || head.StartsWith("PK\x05\x06"u8))
        {
            return open is not null && IsWordDocument(open) ? InputFormat.Docx : InputFormat.Zip;
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0x1f, 0x8b]))
        {
            return open is not null && GzipHoldsWarc(open) ? InputFormat.Warc : InputFormat.Unknown;
        }

        if (head.StartsWith("WARC/"u8))
        {
            return InputFormat.Warc;
        }

        if (LooksBinary(head))
        {
            return InputFormat.Unknown;
        }

        var text = Decode(head).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (text.StartsWith("From ", StringComparison.Ordinal) && MessageHeader().IsMatch(text[(text.IndexOf('\n', StringComparison.Ordinal) + 1)..]))
        {
            return InputFormat.Mbox;
        }

        if (MessageHeader().IsMatch(text) && HasMessageFields(text))
        {
            return InputFormat.Email;
        }

        if (text.StartsWith('<'))
        {
            return Markup(text, extension);
        }

        if (text.StartsWith('{') && (JsonLinesExtensions.Contains(extension) || text.Contains("\"text\"", StringComparison.Ordinal)))
        {
            return InputFormat.JsonLines;
        }

        if (HtmlExtension(extension) && HtmlTag().IsMatch(text))
        {
            return InputFormat.Html;
        }

        return TextExtensions.Contains(extension) || HtmlExtension(extension) ? InputFormat.Text : InputFormat.Unknown;
    }

    /// <summary>
    /// The format an extension names, for an input whose content no reader recognises: the reader of the format the
    /// user named says what is wrong with it (binary, broken) rather than the input being skipped unnamed.
    /// </summary>
    public static InputFormat FromExtension(string name) => Extension(name) switch
    {
        ".txt" or ".text" or ".md" or ".markdown" => InputFormat.Text,
        ".html" or ".htm" or ".xhtml" => InputFormat.Html,
        ".rss" or ".atom" or ".xml" => InputFormat.Feed,
        ".jsonl" or ".ndjson" => InputFormat.JsonLines,
        ".pdf" => InputFormat.Pdf,
        ".docx" => InputFormat.Docx,
        ".eml" => InputFormat.Email,
        ".mbox" => InputFormat.Mbox,
        ".warc" => InputFormat.Warc,
        ".gz" when name.EndsWith(".warc.gz", StringComparison.OrdinalIgnoreCase) => InputFormat.Warc,
        ".zip" => InputFormat.Zip,
        _ => InputFormat.Unknown,
    };

    private static InputFormat Markup(string text, string extension)
    {
        var root = RootElement().Match(text);
        var name = root.Success ? root.Groups[1].Value.ToLowerInvariant() : string.Empty;
        return name switch
        {
            "rss" or "feed" or "rdf:rdf" => InputFormat.Feed,
            "html" or "!doctype" or "head" or "body" => InputFormat.Html,
            _ when HtmlTag().IsMatch(text) => InputFormat.Html,
            _ when TextExtensions.Contains(extension) => InputFormat.Text,
            _ => InputFormat.Unknown,
        };
    }

    private static bool IsWordDocument(Func<Stream> open)
    {
        try
        {
            using var stream = open();
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read);
            return zip.GetEntry("word/document.xml") is not null && zip.GetEntry("[Content_Types].xml") is not null;
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or NotSupportedException)
        {
            return false;
        }
    }

    private static bool GzipHoldsWarc(Func<Stream> open)
    {
        try
        {
            using var stream = open();
            using var gzip = new GZipStream(stream, CompressionMode.Decompress);
            Span<byte> start = stackalloc byte[5];
            gzip.ReadAtLeast(start, 5, throwOnEndOfStream: false);
            return start.SequenceEqual("WARC/"u8);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException)
        {
            return false;
        }
    }

    private static bool LooksBinary(ReadOnlySpan<byte> head)
    {
        // UTF-16 text has NULs in every other byte and starts with a byte-order mark.
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return false;
        }

        return head.IndexOf((byte)0) >= 0;
    }

    private static string Decode(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Encoding.Unicode.GetString(head[2..]);
        }

        return head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) ? Encoding.BigEndianUnicode.GetString(head[2..]) : Encoding.Latin1.GetString(head);
    }

    private static bool HasMessageFields(string text)
    {
        var end = text.IndexOf("\n\n", StringComparison.Ordinal) is var blank and > 0 ? blank : text.Length;
        var header = text[..end];
        return header.Contains("\nFrom:", StringComparison.OrdinalIgnoreCase) || header.StartsWith("From:", StringComparison.OrdinalIgnoreCase)
            ? header.Contains("Date:", StringComparison.OrdinalIgnoreCase) || header.Contains("Subject:", StringComparison.OrdinalIgnoreCase) || header.Contains("Message-ID:", StringComparison.OrdinalIgnoreCase)
            : false;
    }

    private static bool HtmlExtension(string extension) => extension is ".html" or ".htm" or ".xhtml";

    private static string Extension(string name)
    {
        var extension = Path.GetExtension(name).ToLowerInvariant();
        return extension.Length > 8 ? string.Empty : extension;
    }

    // A message starts with header fields: "Name: value" lines (a first line such as "Received:" or "Return-Path:").
    [GeneratedRegex(@"^(?:[A-Za-z][A-Za-z0-9-]{0,40}:[^\n]*\r?\n(?:[ \t][^\n]*\r?\n)*){2,}", RegexOptions.CultureInvariant)]
    private static partial Regex MessageHeader();

    [GeneratedRegex(@"<(?:\?xml[^>]*\?>\s*)?(?:<!--.*?-->\s*)*<?([!A-Za-z][A-Za-z0-9:]*)", RegexOptions.Singleline)]
    private static partial Regex RootElement();

    [GeneratedRegex(@"<(?:html|head|body|p|div|article|h1|title)[\s>]", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlTag();
}
