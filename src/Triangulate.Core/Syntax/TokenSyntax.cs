namespace Triangulate.Core.Syntax;

/// <summary>
/// The syntax of one token, in a layer parallel to the document's tokens (the i-th entry belongs to the i-th token):
/// its universal part of speech, its lemma, and its arc in the sentence's dependency tree.
/// </summary>
/// <param name="Pos">Universal part of speech.</param>
/// <param name="Head">Document index of the head token, or -1 for the root of the sentence.</param>
/// <param name="Relation">Universal Dependencies relation to the head, subtype included ("nsubj:pass"); "root" for the root.</param>
/// <param name="Lemma">Dictionary form ("say" for "said"); shared strings, so the layer allocates little.</param>
public readonly record struct TokenSyntax(UniversalPos Pos, int Head, string Relation, string Lemma)
{
    /// <summary>The relation without its subtype ("nsubj" for "nsubj:pass").</summary>
    public string BaseRelation
    {
        get
        {
            var colon = Relation.IndexOf(':', StringComparison.Ordinal);
            return colon < 0 ? Relation : Relation[..colon];
        }
    }

    /// <summary>Whether the relation is <paramref name="relation"/> or one of its subtypes.</summary>
    public bool Is(string relation) =>
        Relation.StartsWith(relation, StringComparison.Ordinal) &&
        (Relation.Length == relation.Length || Relation[relation.Length] == ':');
}
