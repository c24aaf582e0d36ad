using System.Collections.Frozen;
using Triangulate.Core.Data;

namespace Triangulate.Core.Text;

/// <summary>
/// Splits text into tokens and sentences in one pass over the characters, allocating only the two result lists.
/// Hand-written because no library on the mirror does span-based tokenisation with offsets at this speed: it knows
/// abbreviations ("Gen.", "Jan.", "Mr.", from <c>abbreviations.txt</c>), dotted acronyms ("U.S.", "U.N."), initials
/// ("J."), decimal and grouped numbers ("3.5", "7,500"), hyphenated codes ("An-124", "Kestrel-7") and possessives
/// ("Norway's" is "Norway" + "'s"). A newline always ends a sentence; so does a period glued to a capital ("talks.Officials").
/// </summary>
public sealed class Tokenizer
{
    private readonly FrozenSet<string> _abbreviations;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _abbreviationLookup;

    /// <summary>Creates a tokenizer with the built-in (and user) abbreviation list.</summary>
    public Tokenizer()
        : this(DataFile.ReadLines("abbreviations.txt"))
    {
    }

    /// <summary>Creates a tokenizer with the given abbreviations (without their final period).</summary>
    public Tokenizer(IEnumerable<string> abbreviations)
    {
        _abbreviations = abbreviations.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _abbreviationLookup = _abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The shared default instance.</summary>
    public static Tokenizer Default { get; } = new();

    /// <summary>Tokenises <paramref name="text"/> and groups the tokens into sentences.</summary>
    public (List<Token> Tokens, List<Sentence> Sentences) Split(string text)
    {
        var tokens = new List<Token>(text.Length / 5);
        var sentences = new List<Sentence>(text.Length / 100 + 1);
        var span = text.AsSpan();
        var sentenceFirstToken = 0;
        var i = 0;

        void EndSentence()
        {
            if (tokens.Count > sentenceFirstToken)
            {
                var first = tokens[sentenceFirstToken];
                var last = tokens[^1];
                sentences.Add(new Sentence(first.Start, last.End, sentenceFirstToken, tokens.Count - sentenceFirstToken));
                sentenceFirstToken = tokens.Count;
            }
        }

        while (i < span.Length)
        {
            var c = span[i];
            if (c == '\n' || c == '\u2029')
            {
                EndSentence();
                i++;
                continue;
            }

            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                i++;
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                var (end, kind, endsWithPeriod) = ReadWord(span, i);
                tokens.Add(new Token(i, end, kind));
                i = end;

                // A period glued to the next capital after a real word ends the sentence: "talks.Officials media".
                if (!endsWithPeriod && i + 1 < span.Length && span[i] == '.' && char.IsUpper(span[i + 1]) &&
                    end - tokens[^1].Start > 1)
                {
                    tokens.Add(new Token(i, i + 1, TokenKind.Punctuation));
                    i++;
                    EndSentence();
                }

                continue;
            }

            // Possessive or contraction after a word: "'s", "’s", "n't" handled as a token of its own.
            if ((c == '\'' || c == '\u2019') && tokens.Count > 0 && tokens[^1].End == i && i + 1 < span.Length &&
                char.IsLetter(span[i + 1]))
            {
                var end = i + 1;
                while (end < span.Length && char.IsLetter(span[end]))
                {
                    end++;
                }

                tokens.Add(new Token(i, end, TokenKind.Word));
                i = end;
                continue;
            }

            tokens.Add(new Token(i, i + 1, TokenKind.Punctuation));
            i++;
            if (c is '.' or '!' or '?' or '\u2026')
            {
                // Absorb runs ("?!", "...") and closing quotes/brackets into this sentence.
                while (i < span.Length && (span[i] is '.' or '!' or '?' or '"' or '\'' or ')' or '\u201D' or '\u2019' or '\u00BB'))
                {
                    tokens.Add(new Token(i, i + 1, TokenKind.Punctuation));
                    i++;
                }

                if (i >= span.Length || char.IsWhiteSpace(span[i]) || char.IsUpper(span[i]))
                {
                    EndSentence();
                }
            }
        }

        EndSentence();
        return (tokens, sentences);
    }

    private (int End, TokenKind Kind, bool EndsWithPeriod) ReadWord(ReadOnlySpan<char> s, int start)
    {
        var i = start;
        var hasLetter = false;
        var hasDigit = false;
        while (i < s.Length)
        {
            var c = s[i];
            if (char.IsLetter(c) || c == '\u00AD')
            {
                hasLetter = true;
                i++;
            }
            else if (char.IsDigit(c))
            {
                hasDigit = true;
                i++;
            }
            else if (i + 1 < s.Length && IsInnerJoiner(s, start, i))
            {
                i++;
            }
            else
            {
                break;
            }
        }

        var kind = hasLetter && hasDigit ? TokenKind.Mixed : hasDigit ? TokenKind.Number : TokenKind.Word;

        // Abbreviation, initial or dotted acronym: the period belongs to the token.
        if (i < s.Length && s[i] == '.' && hasLetter && !hasDigit)
        {
            var word = s[start..i];
            var isInitial = word.Length == 1 && char.IsUpper(word[0]);
            var isDotted = word.Contains('.');
            if (isInitial || isDotted || _abbreviationLookup.Contains(word))
            {
                return (i + 1, kind, true);
            }
        }

        return (i, kind, false);
    }

    private static bool IsInnerJoiner(ReadOnlySpan<char> s, int start, int i)
    {
        var c = s[i];
        var prev = s[i - 1];
        var next = s[i + 1];
        switch (c)
        {
            case '-' or '\u2011':
                // Hyphenated words and codes: "Kestrel-7", "anti-tank", "An-124".
                return char.IsLetterOrDigit(prev) && char.IsLetterOrDigit(next);
            case '.':
                // Decimals "3.5"; dotted acronyms "U.S.A" (single letters between periods); domains "bbc.co.uk".
                if (char.IsDigit(prev) && char.IsDigit(next))
                {
                    return true;
                }

                if (char.IsUpper(prev) && char.IsUpper(next) && (i - start == 1 || s[i - 2] == '.'))
                {
                    return i + 2 >= s.Length || !char.IsLetter(s[i + 2]);
                }

                return char.IsLower(prev) && char.IsLower(next) && i + 2 < s.Length && char.IsLetter(s[i + 2]) &&
                    LooksLikeDomain(s, i);
            case ',':
                // Digit groups: "7,500", "1,250,000" (exactly three digits follow).
                return char.IsDigit(prev) && i + 3 < s.Length + 1 && i + 3 <= s.Length - 0 &&
                    IsDigitGroup(s, i + 1);
            case '\'' or '\u2019':
                // Inner apostrophe in names ("O'Brien"), not a possessive "'s" or "'t".
                return char.IsLetter(prev) && char.IsUpper(next);
            case '&':
                // "AT&T", "S&P".
                return char.IsUpper(prev) && char.IsUpper(next);
            default:
                return false;
        }
    }

    private static bool IsDigitGroup(ReadOnlySpan<char> s, int i) =>
        i + 3 <= s.Length && char.IsDigit(s[i]) && char.IsDigit(s[i + 1]) && char.IsDigit(s[i + 2]) &&
        (i + 3 == s.Length || !char.IsDigit(s[i + 3]));

    private static bool LooksLikeDomain(ReadOnlySpan<char> s, int dot)
    {
        // "bbc.co.uk", "example.com": the part after the dot is a short run of lowercase letters.
        var j = dot + 1;
        while (j < s.Length && char.IsLower(s[j]))
        {
            j++;
        }

        var length = j - dot - 1;
        return length is >= 2 and <= 4;
    }
}
