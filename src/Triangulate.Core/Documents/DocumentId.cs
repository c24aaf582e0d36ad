using System.Security.Cryptography;
using System.Text;

namespace Triangulate.Core.Documents;

/// <summary>
/// A document's identity: a hash of its normalised text, so the same report added twice (with other line endings,
/// trailing spaces or a different file name) is recognised as the same document.
/// </summary>
public static class DocumentId
{
    /// <summary>Returns 16 lowercase hex digits (64 bits of SHA-256) of the normalised text.</summary>
    public static string For(string text)
    {
        var normalised = Normalise(text);
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(normalised));
        return Convert.ToHexStringLower(bytes, 0, 8);
    }

    /// <summary>Unicode NFC, every run of white space collapsed to one space, trimmed.</summary>
    public static string Normalise(string text)
    {
        var nfc = text.Normalize(NormalizationForm.FormC);
        var sb = new StringBuilder(nfc.Length);
        var pendingSpace = false;
        foreach (var c in nfc)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }
}
