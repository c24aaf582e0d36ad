namespace Triangulate.Core.Text;

/// <summary>A sentence: a span of the text and the range of its tokens.</summary>
/// <param name="Start">First UTF-16 code unit.</param>
/// <param name="End">One past the last code unit.</param>
/// <param name="FirstToken">Index of its first token in the document's token layer.</param>
/// <param name="TokenCount">How many tokens it has.</param>
public readonly record struct Sentence(int Start, int End, int FirstToken, int TokenCount);
