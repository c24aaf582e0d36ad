using Triangulate.Core.Text;

namespace Triangulate.Core.Entities.Recognition;

/// <summary>A sentence of words with one BIO label each (see <see cref="NerLabels"/>), for training and evaluation.</summary>
/// <param name="Words">The words, as tokenised in the data set.</param>
/// <param name="Labels">One label per word.</param>
public sealed record LabeledSentence(string[] Words, byte[] Labels)
{
    /// <summary>The words joined by single spaces, and their tokens in that text.</summary>
    public (string Text, Token[] Tokens) ToText()
    {
        var tokens = new Token[Words.Length];
        var builder = new System.Text.StringBuilder();
        for (var i = 0; i < Words.Length; i++)
        {
            if (i > 0)
            {
                builder.Append(' ');
            }

            tokens[i] = new Token(builder.Length, builder.Length + Words[i].Length, TokenKind.Word);
            builder.Append(Words[i]);
        }

        return (builder.ToString(), tokens);
    }
}
