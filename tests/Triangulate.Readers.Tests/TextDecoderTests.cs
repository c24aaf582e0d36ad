using System.Text;
using Triangulate.Readers;

namespace Triangulate.Readers.Tests;

public sealed class TextDecoderTests
{
    private const string Sample = "Café in Zürich: “quoted” — 5 €";

    public static TheoryData<string, byte[]> Encodings() => new()
    {
        { "UTF-8", Encoding.UTF8.GetBytes(Sample) },
        { "UTF-8 with BOM", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Sample)] },
        { "UTF-16 LE with BOM", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Sample)] },
        { "UTF-16 BE with BOM", [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(Sample)] },
    };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Unicode_encodings_decode_to_the_same_text(string encoding, byte[] bytes)
    {
        // Given the same text in an encoding
        // When it is decoded
        var (text, error) = TextDecoder.Decode(bytes);

        // Then the text comes back unchanged
        Assert.True(error is null, $"{encoding}: {error}");
        Assert.Equal(Sample, text);
    }

    [Fact]
    public void Latin1_text_falls_back_to_windows_1252()
    {
        // Given Latin-1 bytes (not valid UTF-8 anywhere)
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.Latin1.GetBytes("Jos\u00e9 Mour\u00ednho said 'na\u00efve' \u00a35m");

        // When it is decoded
        var (text, error) = TextDecoder.Decode(bytes);

        // Then the accented letters survive
        Assert.Null(error);
        Assert.Equal("Jos\u00e9 Mour\u00ednho said 'na\u00efve' \u00a35m", text);
    }

    [Fact]
    public void Utf8_with_broken_sequences_is_rejected_with_the_byte()
    {
        // Given UTF-8 text with a valid "é" and then a stray continuation byte
        byte[] bytes = [.. Encoding.UTF8.GetBytes("café "), 0x80, .. Encoding.UTF8.GetBytes(" more")];

        // When it is decoded
        var (text, error) = TextDecoder.Decode(bytes);

        // Then it is rejected, saying where
        Assert.Null(text);
        Assert.Contains("invalid UTF-8 at byte 6", error);
    }

    [Theory]
    [InlineData(new byte[] { 0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00 }, "NUL")]
    [InlineData(new byte[] { 0x20, 0x20, 0x0A }, "empty")]
    public void Binary_and_blank_input_are_rejected(byte[] bytes, string reason)
    {
        // Given binary or blank bytes
        // When they are decoded
        var (text, error) = TextDecoder.Decode(bytes);

        // Then the reason is given
        Assert.Null(text);
        Assert.Contains(reason, error);
    }
}
