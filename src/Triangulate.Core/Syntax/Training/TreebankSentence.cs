namespace Triangulate.Core.Syntax.Training;

/// <summary>
/// One sentence of a treebank: its syntactic words (multi-word tokens already split, as UD's word lines give them)
/// with gold tags, lemmas and a tree. Heads are 0-based word indices, -1 for the root.
/// </summary>
/// <param name="Forms">Word forms.</param>
/// <param name="Lemmas">Gold lemmas.</param>
/// <param name="Tags">Gold universal parts of speech.</param>
/// <param name="Heads">Gold heads (-1: root).</param>
/// <param name="Relations">Gold relations, subtypes included.</param>
/// <param name="Text">The sentence's raw text from its <c># text</c> comment, when it has one.</param>
public sealed record TreebankSentence(
    string[] Forms, string[] Lemmas, UniversalPos[] Tags, int[] Heads, string[] Relations, string? Text)
{
    /// <summary>Number of words.</summary>
    public int Count => Forms.Length;
}
