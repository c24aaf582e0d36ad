using Triangulate.Core.Entities.Recognition;

namespace Triangulate.Core.Coreference;

/// <summary>What a mention is made of.</summary>
public enum MentionKind : byte
{
    /// <summary>A personal, possessive or reflexive pronoun ("it", "his").</summary>
    Pronoun,

    /// <summary>A name ("Airbus", "the European Commission").</summary>
    Name,

    /// <summary>A noun phrase headed by a common noun ("the company", "its chief executive").</summary>
    Nominal,
}

/// <summary>
/// A mention the coreference model considers: a span of the document's tokens with its head and what the features
/// read of it.
/// </summary>
internal sealed class CorefMention
{
    /// <summary>First token.</summary>
    public int FirstToken { get; init; }

    /// <summary>One past the last token.</summary>
    public int EndToken { get; init; }

    /// <summary>The head token.</summary>
    public int Head { get; init; }

    /// <summary>Sentence index.</summary>
    public int Sentence { get; init; }

    /// <summary>Pronoun, name or nominal.</summary>
    public MentionKind Kind { get; set; }

    /// <summary>The recogniser's type of the name the head belongs to (null when none).</summary>
    public string? NameType { get; set; }

    /// <summary>Index among the name layer's spans when the mention is, or holds at its head, a name (-1: none).</summary>
    public int NameIndex { get; set; } = -1;

    /// <summary>Number.</summary>
    public CorefNumber Number { get; set; }

    /// <summary>Gender.</summary>
    public CorefGender Gender { get; set; }

    /// <summary>Animacy.</summary>
    public CorefAnimacy Animacy { get; set; }

    /// <summary>Grammatical person (pronouns; 3 otherwise).</summary>
    public byte Person { get; set; } = 3;

    /// <summary>Hash of the lower-cased words without a leading determiner.</summary>
    public ulong WordsHash { get; set; }

    /// <summary>Hash of the lower-cased head word (lemma for nouns).</summary>
    public ulong HeadHash { get; set; }

    /// <summary>Hash of the lower-cased first word.</summary>
    public ulong FirstWordHash { get; set; }

    /// <summary>The lower-cased content words (no determiner, no punctuation), to compare spans.</summary>
    public string[] Words
    {
        get;
        set
        {
            field = value;
            WordMask = 0;
            foreach (var w in value)
            {
                WordMask |= 1UL << (int)(FeatureHash.Of(w, lower: false, foldDigits: false) & 63);
            }
        }
    } = [];

    /// <summary>One bit (of 64, by hash) for each of <see cref="Words"/>: two mentions share a word only where their masks share a bit.</summary>
    public ulong WordMask { get; private set; }

    /// <summary>The base relation of the head ("nsubj", "obj", "nmod").</summary>
    public string Role { get; set; } = string.Empty;

    /// <summary>Hash of <see cref="Role"/>, computed once.</summary>
    public ulong RoleHash { get; set; }

    /// <summary>Hash of <see cref="NameType"/> (0 when none), computed once.</summary>
    public ulong TypeHash { get; set; }

    /// <summary>The head's head token (-1: the root).</summary>
    public int Governor { get; set; } = -1;

    /// <summary>0 none, 1 definite ("the"), 2 indefinite, 3 demonstrative, 4 possessive, 5 quantifier.</summary>
    public byte Determiner { get; set; }

    /// <summary>Position in the document's mention order.</summary>
    public int Index { get; set; }

    /// <summary>The hash prefixes of a pronoun's pair features, filled by the first pair that needs them.</summary>
    internal CorefFeatures.PronounPrefixes? PronounPrefixes { get; set; }

    /// <summary>The hash prefix of the head-pair feature, filled by the first pair that needs it.</summary>
    internal ulong? HeadPrefix32 { get; set; }

    /// <summary>The hash prefixes of the features that begin with this mention as a candidate antecedent, filled when first needed.</summary>
    internal ulong[]? AntecedentPrefixes { get; set; }

    /// <summary>The hash prefix of the same-governor feature (template 16), filled when first needed.</summary>
    internal ulong? Prefix16 { get; set; }

    /// <summary>The hash prefix of the head-against-type feature (template 30), filled when first needed.</summary>
    internal ulong? Prefix30 { get; set; }

    /// <summary>Whether the span holds <paramref name="other"/> or overlaps it.</summary>
    public bool Overlaps(CorefMention other) => FirstToken < other.EndToken && other.FirstToken < EndToken;
}
