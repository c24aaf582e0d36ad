using System.Text;

namespace Triangulate.Readers;

/// <summary>
/// Decodes the bytes of a text file: UTF-8 (with or without BOM), UTF-16 with BOM, and legacy 8-bit text as
/// Windows-1252 (a superset of Latin-1 for printable text). Written by hand rather than with a charset detector
/// because the decision news archives need is narrow and must be explainable: valid UTF-8 is UTF-8; bytes that are
/// not valid UTF-8 anywhere are a legacy single-byte encoding; a file that mixes valid multi-byte UTF-8 with broken
/// sequences is corrupt and rejected rather than silently garbled; NUL bytes or many control characters mean binary.
/// </summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Decodes <paramref name="bytes"/>, or returns the reason it is not text.</summary>
    public static (string? Text, string? Error) Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return DecodeUtf8(bytes[3..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return CheckText(Encoding.Unicode.GetString(bytes[2..]));
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return CheckText(Encoding.BigEndianUnicode.GetString(bytes[2..]));
        }

        if (bytes.Contains((byte)0))
        {
            return (null, "binary content (NUL bytes), not text");
        }

        return DecodeUtf8(bytes);
    }

    private static (string? Text, string? Error) DecodeUtf8(ReadOnlySpan<byte> bytes)
    {
        try
        {
            return CheckText(StrictUtf8.GetString(bytes));
        }
        catch (DecoderFallbackException ex)
        {
            if (HasValidMultiByteSequence(bytes))
            {
                var at = ex.Index >= 0 ? $" at byte {ex.Index}" : string.Empty;
                return (null, $"invalid UTF-8{at} in a file that is otherwise UTF-8");
            }

            return CheckText(Encoding.GetEncoding(1252).GetString(bytes));
        }
    }

    private static bool HasValidMultiByteSequence(ReadOnlySpan<byte> bytes)
    {
        for (var i = 0; i + 1 < bytes.Length; i++)
        {
            var b = bytes[i];
            var length = b >= 0xF0 && b <= 0xF4 ? 4 : b >= 0xE0 ? 3 : b >= 0xC2 && b <= 0xDF ? 2 : 0;
            if (b >= 0xF5)
            {
                length = 0;
            }

            if (length == 0 || i + length > bytes.Length)
            {
                continue;
            }

            var ok = true;
            for (var k = 1; k < length; k++)
            {
                ok &= (bytes[i + k] & 0xC0) == 0x80;
            }

            if (ok)
            {
                return true;
            }
        }

        return false;
    }

    private static (string? Text, string? Error) CheckText(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, "empty: no text");
        }

        var control = 0;
        foreach (var c in text)
        {
            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f'))
            {
                control++;
            }
        }

        // Real text has almost no control characters; binary data decoded as text has many.
        if (control > 8 && control > text.Length / 100)
        {
            return (null, $"binary content ({control} control characters), not text");
        }

        return (text, null);
    }
}
