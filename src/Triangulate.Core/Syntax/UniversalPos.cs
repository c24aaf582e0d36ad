namespace Triangulate.Core.Syntax;

/// <summary>The seventeen universal part-of-speech tags of Universal Dependencies.</summary>
public enum UniversalPos : byte
{
    /// <summary>Adjective.</summary>
    ADJ,

    /// <summary>Adposition (preposition or postposition).</summary>
    ADP,

    /// <summary>Adverb.</summary>
    ADV,

    /// <summary>Auxiliary verb.</summary>
    AUX,

    /// <summary>Coordinating conjunction.</summary>
    CCONJ,

    /// <summary>Determiner.</summary>
    DET,

    /// <summary>Interjection.</summary>
    INTJ,

    /// <summary>Noun.</summary>
    NOUN,

    /// <summary>Numeral.</summary>
    NUM,

    /// <summary>Particle ("not", infinitival "to", possessive "'s").</summary>
    PART,

    /// <summary>Pronoun.</summary>
    PRON,

    /// <summary>Proper noun.</summary>
    PROPN,

    /// <summary>Punctuation.</summary>
    PUNCT,

    /// <summary>Subordinating conjunction.</summary>
    SCONJ,

    /// <summary>Symbol.</summary>
    SYM,

    /// <summary>Verb.</summary>
    VERB,

    /// <summary>Other.</summary>
    X,
}

/// <summary>Helpers for <see cref="UniversalPos"/>.</summary>
public static class UniversalPosTags
{
    /// <summary>How many tags there are.</summary>
    public const int Count = 17;

    /// <summary>The tag named <paramref name="name"/> (as CoNLL-U writes it), or <see cref="UniversalPos.X"/>.</summary>
    public static UniversalPos Parse(string name) =>
        Enum.TryParse<UniversalPos>(name, ignoreCase: false, out var tag) && Enum.IsDefined(tag) ? tag : UniversalPos.X;

    /// <summary>Whether the tag is a verb or an auxiliary.</summary>
    public static bool IsVerbal(this UniversalPos tag) => tag is UniversalPos.VERB or UniversalPos.AUX;

    /// <summary>Whether the tag is a noun, proper noun or pronoun.</summary>
    public static bool IsNominal(this UniversalPos tag) => tag is UniversalPos.NOUN or UniversalPos.PROPN or UniversalPos.PRON;
}
