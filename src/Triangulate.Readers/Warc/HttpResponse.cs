using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Triangulate.Readers.Warc;

/// <summary>An HTTP response as a web archive keeps it: status, header fields, and the body as the server sent it,
/// undone here (chunked transfer coding, then gzip, deflate or Brotli content coding).</summary>
/// <param name="Status">The status code.</param>
/// <param name="ContentType">The <c>Content-Type</c> field, lower-cased, or empty.</param>
/// <param name="Body">The decoded body.</param>
internal sealed record HttpResponse(int Status, string ContentType, byte[] Body)
{
    /// <summary>Parses a response record's block.</summary>
    public static HttpResponse Parse(byte[] block, long maxBodyBytes)
    {
        var end = block.AsSpan().IndexOf("\r\n\r\n"u8);
        var separator = 4;
        if (end < 0)
        {
            end = block.AsSpan().IndexOf("\n\n"u8);
            separator = 2;
        }

        if (end < 0)
        {
            throw new InvalidDataException("HTTP response without the end of its header");
        }

        var header = Encoding.Latin1.GetString(block, 0, end).Split('\n');
        var statusParts = header[0].Split(' ', 3);
        if (statusParts.Length < 2 || !statusParts[0].StartsWith("HTTP/", StringComparison.Ordinal) || !int.TryParse(statusParts[1], CultureInfo.InvariantCulture, out var status))
        {
            throw new InvalidDataException($"not an HTTP status line: '{header[0].Trim()}'");
        }

        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in header.Skip(1))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                fields[line[..colon].Trim()] = line[(colon + 1)..].Trim();
            }
        }

        var body = block[(end + separator)..];
        if (fields.GetValueOrDefault("Transfer-Encoding")?.Contains("chunked", StringComparison.OrdinalIgnoreCase) == true)
        {
            body = Dechunk(body);
        }

        body = Decode(body, fields.GetValueOrDefault("Content-Encoding")?.Trim().ToLowerInvariant(), maxBodyBytes);
        return new HttpResponse(status, (fields.GetValueOrDefault("Content-Type") ?? string.Empty).ToLowerInvariant(), body);
    }

    private static byte[] Dechunk(byte[] body)
    {
        using var output = new MemoryStream(body.Length);
        var position = 0;
        while (position < body.Length)
        {
            var lineEnd = body.AsSpan(position).IndexOf((byte)'\n');
            if (lineEnd < 0)
            {
                break;
            }

            var sizeText = Encoding.Latin1.GetString(body, position, lineEnd).Split(';')[0].Trim();
            position += lineEnd + 1;
            if (!int.TryParse(sizeText, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var size) || size < 0)
            {
                throw new InvalidDataException($"broken chunked transfer coding (chunk size '{sizeText}')");
            }

            if (size == 0)
            {
                break;
            }

            size = Math.Min(size, body.Length - position);
            output.Write(body, position, size);
            position += size;
            // The CRLF after each chunk.
            while (position < body.Length && body[position] is (byte)'\r' or (byte)'\n')
            {
                position++;
            }
        }

        return output.ToArray();
    }

    private static byte[] Decode(byte[] body, string? encoding, long maxBodyBytes)
    {
        Stream? decoder = encoding switch
        {
            "gzip" or "x-gzip" => new GZipStream(new MemoryStream(body), CompressionMode.Decompress),
            "deflate" => new ZLibStream(new MemoryStream(body), CompressionMode.Decompress),
            "br" => new BrotliStream(new MemoryStream(body), CompressionMode.Decompress),
            _ => null,
        };
        if (decoder is null)
        {
            return body;
        }

        using (decoder)
        {
            using var output = new MemoryStream();
            var buffer = new byte[81920];
            int read;
            while ((read = decoder.Read(buffer)) > 0)
            {
                output.Write(buffer, 0, read);
                if (output.Length > maxBodyBytes)
                {
                    throw new InvalidDataException($"body expands past {maxBodyBytes / 1e6:0.#} MB");
                }
            }

            return output.ToArray();
        }
    }
}
