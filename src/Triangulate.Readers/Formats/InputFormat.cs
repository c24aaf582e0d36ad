namespace Triangulate.Readers.Formats;

/// <summary>The formats the readers know, chosen by content (<see cref="FormatDetector"/>).</summary>
public enum InputFormat
{
    /// <summary>Not a format any reader handles; skipped with a count.</summary>
    Unknown,

    /// <summary>Plain text.</summary>
    Text,

    /// <summary>An HTML page.</summary>
    Html,

    /// <summary>An RSS 2.0 or Atom feed.</summary>
    Feed,

    /// <summary>JSON lines, one document a line.</summary>
    JsonLines,

    /// <summary>A PDF file.</summary>
    Pdf,

    /// <summary>A Word (OOXML) document.</summary>
    Docx,

    /// <summary>One e-mail message (RFC 5322, <c>.eml</c>).</summary>
    Email,

    /// <summary>A mailbox of messages (<c>.mbox</c>).</summary>
    Mbox,

    /// <summary>A web archive (ISO 28500), plain or gzip-compressed.</summary>
    Warc,

    /// <summary>A zip file.</summary>
    Zip,
}
