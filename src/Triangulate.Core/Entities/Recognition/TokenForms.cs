using Triangulate.Core.Text;

namespace Triangulate.Core.Entities.Recognition;

/// <summary>
/// The per-token hashes of one sentence that features are built from (word, lower-cased word, shapes, affixes,
/// gazetteer bits, flags). Reused across sentences so tagging allocates only when a longer sentence arrives.
/// </summary>
internal sealed class TokenForms
{
    public const int CapitalFlag = 1;
    public const int AllCapsFlag = 2;
    public const int DigitFlag = 4;
    public const int HyphenFlag = 8;
    public const int PeriodFlag = 16;
    public const int LowerSeenFlag = 32;
    public const int LetterFlag = 64;

    public ulong[] Exact = new ulong[64];
    public ulong[] Lower = new ulong[64];
    public ulong[] Shape = new ulong[64];
    public ulong[] Short = new ulong[64];
    public ulong[] Affix = new ulong[64 * 8];
    public int[] Flags = new int[64];
    public int[] Gazetteer = new int[64];
    public int[] Cluster = new int[64];
    public int[] Names = new int[64];

    /// <summary>While training: the names of the current document, left out of the name gazetteer.</summary>
    public NameGazetteer? LeaveOut { get; set; }

    /// <summary>Number of tokens filled.</summary>
    public int Count { get; private set; }

    /// <summary>True when every token with letters is upper case (a headline).</summary>
    public bool AllCapsSentence { get; private set; }

    /// <summary>Fills the forms of <paramref name="tokens"/> in <paramref name="text"/>.</summary>
    public void Fill(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, NerModel model)
    {
        Ensure(tokens.Length);
        Count = tokens.Length;
        var lettered = 0;
        var capsWords = 0;
        Span<char> shape = stackalloc char[32];
        Span<char> shortShape = stackalloc char[32];
        for (var i = 0; i < tokens.Length; i++)
        {
            var word = text[tokens[i].Start..tokens[i].End];
            Exact[i] = FeatureHash.Of(word, lower: false, foldDigits: true);
            Lower[i] = FeatureHash.Of(word, lower: true, foldDigits: true);
            var flags = 0;
            int shapeLength = 0, shortLength = 0, run = 0;
            var letters = 0;
            var uppers = 0;
            var previousClass = '\0';
            foreach (var c in word)
            {
                char cls;
                if (char.IsUpper(c))
                {
                    cls = 'X';
                    uppers++;
                    letters++;
                }
                else if (char.IsLetter(c))
                {
                    cls = 'x';
                    letters++;
                }
                else if (char.IsDigit(c))
                {
                    cls = 'd';
                    flags |= DigitFlag;
                }
                else
                {
                    cls = c;
                    flags |= c == '-' ? HyphenFlag : c == '.' ? PeriodFlag : 0;
                }

                run = cls == previousClass ? run + 1 : 1;
                if (run <= 4 && shapeLength < shape.Length)
                {
                    shape[shapeLength++] = cls;
                }

                if (run == 1 && shortLength < shortShape.Length)
                {
                    shortShape[shortLength++] = cls;
                }

                previousClass = cls;
            }

            if (letters > 0)
            {
                flags |= LetterFlag;
                lettered++;
                if (char.IsUpper(word[0]))
                {
                    flags |= CapitalFlag;
                }

                if (uppers == letters)
                {
                    flags |= AllCapsFlag;
                    capsWords++;
                }
            }

            if (model.IsCommonLowercase(Lower[i]))
            {
                flags |= LowerSeenFlag;
            }

            Shape[i] = FeatureHash.Of(shape[..shapeLength], false, false);
            Short[i] = FeatureHash.Of(shortShape[..shortLength], false, false);
            for (var k = 1; k <= 4; k++)
            {
                var n = Math.Min(k, word.Length);
                Affix[(i * 8) + k - 1] = FeatureHash.Of(word[..n], lower: false, foldDigits: true);
                Affix[(i * 8) + 3 + k] = FeatureHash.Of(word[^n..], lower: true, foldDigits: true);
            }

            Flags[i] = flags;
            Gazetteer[i] = model.Lexicon.BitsOf(Lower[i]);
            Cluster[i] = model.ClusterOf(Exact[i]);
        }

        AllCapsSentence = lettered >= 2 && capsWords == lettered;
        model.Names.Mark(Exact.AsSpan(0, tokens.Length), Names.AsSpan(0, tokens.Length), LeaveOut);
    }

    /// <summary>True when every token with letters is upper case and there are at least two (a headline).</summary>
    public static bool IsHeadline(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens)
    {
        var lettered = 0;
        foreach (var token in tokens)
        {
            var hasLetter = false;
            foreach (var c in text[token.Start..token.End])
            {
                if (char.IsLower(c))
                {
                    return false;
                }

                hasLetter |= char.IsLetter(c);
            }

            lettered += hasLetter ? 1 : 0;
        }

        return lettered >= 2;
    }

    private void Ensure(int n)
    {
        if (Exact.Length >= n)
        {
            return;
        }

        var size = Math.Max(n, Exact.Length * 2);
        Exact = new ulong[size];
        Lower = new ulong[size];
        Shape = new ulong[size];
        Short = new ulong[size];
        Affix = new ulong[size * 8];
        Flags = new int[size];
        Gazetteer = new int[size];
        Cluster = new int[size];
        Names = new int[size];
    }
}
