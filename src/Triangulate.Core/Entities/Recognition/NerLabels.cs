namespace Triangulate.Core.Entities.Recognition;

/// <summary>
/// The labels the statistical recogniser reads and returns: BIO tags over the four CoNLL-2003 types, the types the
/// training data has (inside the model the beam scores finer BILOU tags, mapped to these). The news types of <see cref="EntityTypes"/> are derived from these after tagging.
/// </summary>
public static class NerLabels
{
    /// <summary>The CoNLL types, in label order.</summary>
    public static readonly IReadOnlyList<string> Types = ["PER", "ORG", "LOC", "MISC"];

    /// <summary>Number of labels: O plus B- and I- for each type.</summary>
    public const int Count = 9;

    /// <summary>The label outside any name.</summary>
    public const byte Outside = 0;

    /// <summary>The label name of <paramref name="label"/>: "O", "B-PER", "I-PER", ...</summary>
    public static string Name(byte label) =>
        label == Outside ? "O" : (IsBegin(label) ? "B-" : "I-") + Types[TypeIndex(label)];

    /// <summary>The B- label of type index <paramref name="type"/> (0 = PER).</summary>
    public static byte Begin(int type) => (byte)(1 + (2 * type));

    /// <summary>The I- label of type index <paramref name="type"/>.</summary>
    public static byte Inside(int type) => (byte)(2 + (2 * type));

    /// <summary>Whether the label starts a name.</summary>
    public static bool IsBegin(byte label) => label != Outside && (label & 1) == 1;

    /// <summary>Type index of a non-O label.</summary>
    public static int TypeIndex(byte label) => (label - 1) / 2;

    /// <summary>The type index of a CoNLL type name, or -1.</summary>
    public static int TypeOf(string type) => type switch
    {
        "PER" => 0,
        "ORG" => 1,
        "LOC" => 2,
        "MISC" => 3,
        _ => -1,
    };

    /// <summary>Whether <paramref name="label"/> may follow <paramref name="previous"/> in BIO.</summary>
    public static bool Allowed(byte previous, byte label) =>
        label == Outside || IsBegin(label) || (previous != Outside && TypeIndex(previous) == TypeIndex(label));
}
