using Triangulate.Core.Text;

namespace Triangulate.Core.Syntax;

/// <summary>
/// The form the syntax model reads for a document token. The tokenizer and Universal Dependencies agree on most
/// splits ("Iran's" is "Iran" + "'s" in both; "U.S.-led" is one token of ours and the model reads it as one word),
/// but not on negative contractions: the tokenizer splits "don't" as "don" + "'t", UD as "do" + "n't". Since the
/// tokens must stay the document's own, the model reads "do" and "n't" for those two tokens, and the tree it draws
/// covers them one for one. Curly apostrophes are read as straight ones, as the treebanks mostly write them.
/// </summary>
internal static class TreebankForms
{
    private const string Negation = "n't";

    /// <summary>The form of token <paramref name="i"/> of the sentence whose first token is <paramref name="first"/>.</summary>
    public static ReadOnlySpan<char> Form(string text, IReadOnlyList<Token> tokens, int first, int count, int i)
    {
        var token = tokens[first + i];
        var form = text.AsSpan(token.Start, token.Length);
        if (IsNegativeClitic(form))
        {
            return Negation;
        }

        if (i + 1 < count && form.Length > 1 && (form[^1] is 'n' or 'N'))
        {
            var next = tokens[first + i + 1];
            if (next.Start == token.End && IsNegativeClitic(text.AsSpan(next.Start, next.Length)))
            {
                return form[..^1];
            }
        }

        if (form.Length > 1 && form[0] == '\u2019')
        {
            return string.Concat("'", form[1..]);
        }

        return form;
    }

    private static bool IsNegativeClitic(ReadOnlySpan<char> form) =>
        form.Length == 2 && (form[0] is '\'' or '\u2019') && (form[1] is 't' or 'T');
}
