using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Triangulate.Readers.Warc;

/// <summary>
/// Reads a web archive (ISO 28500) record by record from a stream: the WARC header fields, then the block of
/// <c>Content-Length</c> bytes. A <c>.warc.gz</c> file is a series of gzip members, one per record, which
/// <see cref="GZipStream"/> reads as one stream. Blocks larger than the caller's limit are skipped, not held.
/// </summary>
internal sealed class WarcRecordReader(Stream stream, long maxBlockBytes) : IDisposable
{
    private readonly Stream _stream = new BufferedStream(IsGzip(stream) ? new GZipStream(stream, CompressionMode.Decompress) : stream, 1 << 16);

    /// <summary>The next record, or null at the end of the archive.</summary>
    public WarcRecord? Next()
    {
        string? line;
        do
        {
            line = ReadLine();
            if (line is null)
            {
                return null;
            }
        }
        while (line.Length == 0);

        if (!line.StartsWith("WARC/", StringComparison.Ordinal))
        {
            throw new InvalidDataException($"not a WARC record header: '{Shorten(line)}'");
        }

        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        while ((line = ReadLine()) is { Length: > 0 })
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                fields.TryAdd(line[..colon].Trim(), line[(colon + 1)..].Trim());
            }
        }

        if (!long.TryParse(fields.GetValueOrDefault("Content-Length"), NumberStyles.None, CultureInfo.InvariantCulture, out var length))
        {
            throw new InvalidDataException("WARC record without a Content-Length");
        }

        if (length > maxBlockBytes)
        {
            Skip(length);
            return new WarcRecord(fields, null, length);
        }

        var block = new byte[length];
        var read = _stream.ReadAtLeast(block, block.Length, throwOnEndOfStream: false);
        if (read < length)
        {
            throw new EndOfStreamException($"the archive ends inside a record ({read} of {length} bytes)");
        }

        return new WarcRecord(fields, block, length);
    }

    /// <inheritdoc />
    public void Dispose() => _stream.Dispose();

    private void Skip(long length)
    {
        var buffer = new byte[81920];
        while (length > 0)
        {
            var read = _stream.Read(buffer, 0, (int)Math.Min(buffer.Length, length));
            if (read == 0)
            {
                throw new EndOfStreamException("the archive ends inside a record");
            }

            length -= read;
        }
    }

    private string? ReadLine()
    {
        var bytes = new List<byte>(128);
        int b;
        while ((b = _stream.ReadByte()) >= 0)
        {
            if (b == '\n')
            {
                break;
            }

            if (bytes.Count > 64 * 1024)
            {
                throw new InvalidDataException("a WARC header line over 64 KB");
            }

            bytes.Add((byte)b);
        }

        if (b < 0 && bytes.Count == 0)
        {
            return null;
        }

        return Encoding.UTF8.GetString(bytes.ToArray()).TrimEnd('\r');
    }

    private static bool IsGzip(Stream stream)
    {
        var first = stream.ReadByte();
        var second = stream.ReadByte();
        stream.Seek(0, SeekOrigin.Begin);
        return first == 0x1f && second == 0x8b;
    }

    private static string Shorten(string line) => line.Length > 40 ? line[..40] + "..." : line;
}

/// <summary>One WARC record.</summary>
/// <param name="Fields">Its header fields.</param>
/// <param name="Block">Its content, or null when it was over the size limit and skipped.</param>
/// <param name="Length">The content's length.</param>
internal sealed record WarcRecord(IReadOnlyDictionary<string, string> Fields, byte[]? Block, long Length)
{
    /// <summary>The record type (<c>response</c>, <c>request</c>, <c>warcinfo</c>, ...).</summary>
    public string Type => Fields.GetValueOrDefault("WARC-Type") ?? string.Empty;
}
