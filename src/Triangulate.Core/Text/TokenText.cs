namespace Triangulate.Core.Text;

/// <summary>Comparisons on the text of one token, shared by the recognisers that walk the token layer.</summary>
internal static class TokenText
{
    /// <summary>Whether <paramref name="word"/> equals one of <paramref name="words"/>, ignoring case.</summary>
    public static bool EqualsAny(ReadOnlySpan<char> word, params ReadOnlySpan<string> words)
    {
        foreach (var candidate in words)
        {
            if (word.Equals(candidate, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
