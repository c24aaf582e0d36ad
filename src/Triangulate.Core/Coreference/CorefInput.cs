using Triangulate.Core.Syntax;
using Triangulate.Core.Text;

namespace Triangulate.Core.Coreference;

/// <summary>A name the recogniser found, as a token range with its type.</summary>
/// <param name="FirstToken">First token.</param>
/// <param name="EndToken">One past the last token.</param>
/// <param name="Type">News type (<see cref="Entities.EntityTypes"/>).</param>
public readonly record struct NameSpan(int FirstToken, int EndToken, string Type);

/// <summary>What the coreference model reads of a document: its text, tokens, sentences, syntax layer and names.</summary>
/// <param name="Text">The document's text.</param>
/// <param name="Tokens">Its tokens.</param>
/// <param name="Sentences">Its sentences.</param>
/// <param name="Syntax">The syntax layer, parallel to the tokens.</param>
/// <param name="Names">The names found, in text order.</param>
public sealed record CorefInput(string Text, IReadOnlyList<Token> Tokens, IReadOnlyList<Sentence> Sentences, IReadOnlyList<TokenSyntax> Syntax, IReadOnlyList<NameSpan> Names);

/// <summary>One mention of the result: its tokens, its kind and its chain (mentions of one chain share it).</summary>
/// <param name="FirstToken">First token.</param>
/// <param name="EndToken">One past the last token.</param>
/// <param name="Head">The head token.</param>
/// <param name="Kind">Pronoun, name or nominal.</param>
/// <param name="Chain">The chain's number; a mention no other refers to has a chain of its own.</param>
/// <param name="NameIndex">Index into <see cref="CorefInput.Names"/> when the mention is that name (-1: none).</param>
/// <param name="Margin">How far the mention's choice (its antecedent, or none) scored above the best choice that would put it in another chain.</param>
public readonly record struct ResolvedMention(int FirstToken, int EndToken, int Head, MentionKind Kind, int Chain, int NameIndex, float Margin);
