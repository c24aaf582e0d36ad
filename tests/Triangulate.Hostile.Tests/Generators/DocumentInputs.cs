using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Triangulate.Hostile.Tests.Generators;

/// <summary>
/// Generators of documents and containers, whole and damaged: PDF (PdfPig's writer), Word (the Open XML SDK), e-mail,
/// mailboxes, web archives and zip files built byte by byte, so no blob is checked in.
/// </summary>
internal static class DocumentInputs
{
    public const string Sentence = "The harbour authority said on Monday that the port would reopen to ships within a week.";

    /// <summary>A one-page PDF with a text layer.</summary>
    public static byte[] Pdf(string text = Sentence)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
        page.AddText(text, 11, new PdfPoint(40, 760), font);
        return builder.Build();
    }

    /// <summary>The first <paramref name="fraction"/> of some bytes, as a download cut short leaves them.</summary>
    public static byte[] Truncated(byte[] bytes, double fraction) => bytes[..(int)(bytes.Length * fraction)];

    /// <summary>A PDF header followed by random bytes.</summary>
    public static byte[] GarbagePdf(int length) => [.. "%PDF-1.7\n"u8, .. HostileInput.Binary(length, seed: 3)];

    /// <summary>A Word document of one paragraph.</summary>
    public static byte[] Docx(string text = Sentence)
    {
        using var memory = new MemoryStream();
        using (var word = WordprocessingDocument.Create(memory, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            main.Document = new Document(new Body(new Paragraph(new Run(new Text(text)))));
            main.Document.Save();
        }

        return memory.ToArray();
    }

    /// <summary>
    /// A Word document whose body part is replaced by <paramref name="documentXml"/> (an external entity, markup that
    /// never closes...).
    /// </summary>
    public static byte[] DocxWithBody(string documentXml) => ReplaceEntry(Docx(), "word/document.xml", Encoding.UTF8.GetBytes(documentXml));

    /// <summary>
    /// A Word document whose body unpacks to <paramref name="megabytes"/> MB (a paragraph of spaces): a few hundred
    /// kB packed, as a decompression bomb is.
    /// </summary>
    public static byte[] DocxBomb(int megabytes)
    {
        var original = Entries(Docx());
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in original)
            {
                using var stream = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
                if (name != "word/document.xml")
                {
                    stream.Write(content);
                    continue;
                }

                stream.Write("<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>"u8);
                var spaces = new byte[1 << 20];
                Array.Fill(spaces, (byte)' ');
                for (var i = 0; i < megabytes; i++)
                {
                    stream.Write(spaces);
                }

                stream.Write("</w:t></w:r></w:p></w:body></w:document>"u8);
            }
        }

        return memory.ToArray();
    }

    /// <summary>One e-mail message with a plain-text body.</summary>
    public static string Email(string id, string body = Sentence) =>
        $"From: Ana Reyes <ana@example.org>\r\nTo: desk@example.org\r\nSubject: Port to reopen\r\nDate: Mon, 3 Mar 2025 10:00:00 +0000\r\n" +
        $"Message-ID: <{id}@example.org>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n";

    /// <summary>A message whose MIME structure is broken: a multipart without its boundary, a part of bad base64.</summary>
    public static string BrokenMime() =>
        "From: Ana Reyes <ana@example.org>\r\nSubject: Broken\r\nMessage-ID: <broken@example.org>\r\nMIME-Version: 1.0\r\n" +
        "Content-Type: multipart/mixed\r\n\r\n--\r\nContent-Type: application/pdf\r\nContent-Transfer-Encoding: base64\r\n\r\n%%%not base64%%%\r\n--";

    /// <summary>A mailbox of <paramref name="count"/> messages.</summary>
    public static string Mbox(int count) =>
        string.Concat(Enumerable.Range(0, count).Select(i => $"From ana@example.org Mon Mar  3 10:00:00 2025\n{Email($"m{i}", $"Message {i}: {Sentence}").Replace("\r\n", "\n", StringComparison.Ordinal)}\n"));

    /// <summary>A web archive of <paramref name="count"/> HTML responses, gzip-compressed record by record.</summary>
    public static byte[] WarcGz(int count)
    {
        using var memory = new MemoryStream();
        for (var i = 0; i < count; i++)
        {
            var story = new NewsText(i);
            var paragraphs = string.Concat(Enumerable.Range(0, 5).Select(_ => $"<p>{story.Text(300).Trim()}</p>"));
            var html = $"<html><head><title>Port {i}</title></head><body><article><h1>Port {i}</h1>{paragraphs}</article></body></html>";
            var http = $"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {Encoding.UTF8.GetByteCount(html)}\r\n\r\n{html}";
            var block = Encoding.UTF8.GetBytes(http);
            var header = $"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-{i:000000000000}>\r\n" +
                $"WARC-Date: 2025-03-03T10:00:00Z\r\nWARC-Target-URI: https://example.org/port/{i}\r\nContent-Type: application/http; msgtype=response\r\n" +
                $"Content-Length: {block.Length}\r\n\r\n";
            using var gzip = new GZipStream(memory, CompressionLevel.Fastest, leaveOpen: true);
            gzip.Write(Encoding.UTF8.GetBytes(header));
            gzip.Write(block);
            gzip.Write("\r\n\r\n"u8);
        }

        return memory.ToArray();
    }

    /// <summary>A zip of the given entries (a null content makes a symbolic link to <c>Target</c>).</summary>
    public static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var stream = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
                stream.Write(content);
            }
        }

        return memory.ToArray();
    }

    /// <summary>A zip holding one symbolic link (Unix mode in the entry's attributes) named <paramref name="name"/> to <paramref name="target"/>.</summary>
    public static byte[] ZipWithSymlink(string name, string target, params (string Name, byte[] Content)[] others)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            var link = zip.CreateEntry(name, CompressionLevel.NoCompression);
            link.ExternalAttributes = unchecked((int)0xA1FF0000); // S_IFLNK | 0777, as Info-ZIP stores a link
            using (var stream = link.Open())
            {
                stream.Write(Encoding.UTF8.GetBytes(target));
            }

            foreach (var (entryName, content) in others)
            {
                using var stream = zip.CreateEntry(entryName, CompressionLevel.Fastest).Open();
                stream.Write(content);
            }
        }

        return memory.ToArray();
    }

    /// <summary>A zip holding <paramref name="megabytes"/> MB of zeros in one entry.</summary>
    public static byte[] ZerosZip(int megabytes, string name = "zeros.txt")
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var stream = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
            var zeros = new byte[1 << 20];
            for (var i = 0; i < megabytes; i++)
            {
                stream.Write(zeros);
            }
        }

        return memory.ToArray();
    }

    /// <summary>
    /// A zip of zeros whose headers lie: the local header and the central directory both state an unpacked size of
    /// <paramref name="statedSize"/> bytes, so only counting what is actually unpacked stops it.
    /// </summary>
    public static byte[] LyingZip(int megabytes, uint statedSize)
    {
        var bytes = ZerosZip(megabytes, "small.txt");
        for (var i = 0; i + 30 < bytes.Length; i++)
        {
            var signature = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(i));
            if (signature == 0x04034b50)
            {
                BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i + 22), statedSize); // local header: uncompressed size
            }
            else if (signature == 0x02014b50)
            {
                BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i + 24), statedSize); // central directory: uncompressed size
            }
        }

        return bytes;
    }

    /// <summary>Zips nested <paramref name="depth"/> deep, <paramref name="width"/> to a level, a report at each leaf.</summary>
    public static byte[] NestedZips(int depth, int width)
    {
        var inner = Zip(("leaf.txt", Encoding.UTF8.GetBytes(Sentence)));
        for (var level = 0; level < depth - 1; level++)
        {
            var copy = inner;
            inner = Zip([.. Enumerable.Range(0, width).Select(i => ($"level{level}-{i}.zip", copy))]);
        }

        return inner;
    }

    private static List<(string Name, byte[] Content)> Entries(byte[] zipBytes)
    {
        using var zip = new ZipArchive(new MemoryStream(zipBytes), ZipArchiveMode.Read);
        return [.. zip.Entries.Select(e =>
        {
            using var stream = e.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return (e.FullName, copy.ToArray());
        })];
    }

    private static byte[] ReplaceEntry(byte[] zipBytes, string name, byte[] content) =>
        Zip([.. Entries(zipBytes).Select(e => e.Name == name ? (e.Name, content) : e)]);
}
