namespace Triangulate.Core.Text;

/// <summary>A token: a span of the text, stored compactly as offsets.</summary>
/// <param name="Start">First UTF-16 code unit.</param>
/// <param name="End">One past the last code unit.</param>
/// <param name="Kind">What kind of characters it is made of.</param>
public readonly record struct Token(int Start, int End, TokenKind Kind)
{
    /// <summary>Length in code units.</summary>
    public int Length => End - Start;
}

/// <summary>The shape class of a token.</summary>
public enum TokenKind : byte
{
    /// <summary>Letters, possibly with inner apostrophes, hyphens or periods ("U.S.", "Kestrel-7" is <see cref="Mixed"/>).</summary>
    Word,

    /// <summary>Digits, possibly with separators and a decimal point ("7,500", "3.5").</summary>
    Number,

    /// <summary>Letters and digits together ("An-124", "Q3", "2022-11-08").</summary>
    Mixed,

    /// <summary>Punctuation and symbols, one character each.</summary>
    Punctuation,
}
