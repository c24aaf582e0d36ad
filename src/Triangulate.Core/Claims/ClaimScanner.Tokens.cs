using Triangulate.Core.Documents;
using Triangulate.Core.Entities;
using Triangulate.Core.Text;

namespace Triangulate.Core.Claims;

/// <summary>Small questions about tokens.</summary>
internal sealed partial class ClaimScanner
{
    private bool IsLowercaseWord(int i) => _tokens[i].Kind == TokenKind.Word && char.IsLower(_text[_tokens[i].Start]);

    private bool IsPunct(int i, params ReadOnlySpan<char> chars)
    {
        var t = _tokens[i];
        return t.Kind == TokenKind.Punctuation && chars.Contains(_text[t.Start]);
    }

    private bool IsWordToken(int i) => _tokens[i].Kind != TokenKind.Punctuation;

    private bool IsWord(int i, string word) =>
        _text.AsSpan(_tokens[i].Start, _tokens[i].Length).Equals(word, StringComparison.OrdinalIgnoreCase);

    private bool IsCoordinator(int i) => _lexicon.Coordinators.Contains(_text, _tokens[i]);

    private bool IsCapitalized(int i) => IsWordToken(i) && char.IsUpper(_text[_tokens[i].Start]);

    private bool In(WordSet set, int i) => set.Contains(_text, _tokens[i]);
}
