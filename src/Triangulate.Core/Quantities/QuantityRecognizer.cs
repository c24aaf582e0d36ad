using System.Globalization;
using Triangulate.Core.Text;

namespace Triangulate.Core.Quantities;

/// <summary>
/// Finds amounts in a sentence's tokens: a qualifier ("at least"), a currency before ("$", "€", "US$", "EUR"), a
/// number in digits or words ("6,000", "1.5bn", "six", "a dozen"), magnitudes ("million", "bn"), a currency or unit
/// after ("euros", "percent"), and what is counted ("100 Shahed-136 kamikaze drones"). Hand-written over the Token
/// layer for the same reason as the time recogniser: Microsoft.Recognizers.Text NumberWithUnit's currency model ran
/// at 0.036 MB/s per paragraph on every 20th BBC article here (0.23 MB/s in PEERS.md on an idle machine), far below
/// the throughput target, and needs a stand-in package to restore.
/// </summary>
internal sealed partial class QuantityRecognizer(QuantityLexicon lexicon)
{
    private string _text = string.Empty;
    private IReadOnlyList<Token> _tokens = [];
    private int _first;
    private int _end;
    private Func<int, bool> _taken = _ => false;

    /// <summary>Adds the amounts of one sentence; <paramref name="taken"/> tells which characters time expressions own.</summary>
    public void Recognize(string text, IReadOnlyList<Token> tokens, Sentence sentence, Func<int, bool> taken, List<Quantity> found)
    {
        _text = text;
        _tokens = tokens;
        _first = sentence.FirstToken;
        _end = sentence.FirstToken + sentence.TokenCount;
        _taken = taken;
        var i = _first;
        while (i < _end)
        {
            if (taken(tokens[i].Start))
            {
                i++;
                continue;
            }

            var next = TryAmount(i, found);
            i = next > i ? next : i + 1;
        }
    }

    /// <summary>Reads an amount starting at token <paramref name="i"/> (its currency or number); returns the token after it, or <paramref name="i"/>.</summary>
    private int TryAmount(int i, List<Quantity> found)
    {
        var q = i;
        string? currency = null;

        // Currency before the number: "$", "€", "US$", "EUR".
        if (q + 1 < _end && _tokens[q].Kind == TokenKind.Word && _tokens[q].End == _tokens[q + 1].Start && Word(q + 1) is "$" &&
            lexicon.Currency(_text.AsSpan(_tokens[q].Start, _tokens[q + 1].End - _tokens[q].Start)) is { } prefixed)
        {
            currency = prefixed;
            q += 2;
        }
        else if ((_tokens[q].Kind == TokenKind.Punctuation || IsUpperCode(q)) && lexicon.Currency(Word(q)) is { } symbol)
        {
            currency = symbol;
            q++;
        }

        var kind = q < _end ? _tokens[q].Kind : TokenKind.Punctuation;
        if (kind == TokenKind.Punctuation || (kind == TokenKind.Word && lexicon.Written(Word(q)) < 0 && !IsWord(q, "a", "an")))
        {
            return i;
        }

        var (qualifier, qualifierStart) = Qualifier(i);

        // "at least one": a phrase of two words or more; a bare "under one" or "over one" is rarely a bound.
        var (value, afterNumber, written) = ReadNumber(q, currency is not null, qualifierStart >= 0 && i - qualifierStart > 1);
        if (afterNumber == q)
        {
            return i;
        }

        q = afterNumber;
        string? unit = currency;
        if (unit is null && q < _end)
        {
            unit = lexicon.Currency(Word(q)) is { } named && (_tokens[q].Kind == TokenKind.Word || IsUpperCode(q)) ? named : null;
            unit ??= lexicon.Unit(Word(q));
            if (unit is null && IsWord(q, "per") && IsWord(q + 1, "cent"))
            {
                unit = "%";
                q++;
            }

            if (unit is not null)
            {
                q++;
            }
        }

        // A written number without a unit ("one of them") is an amount only when it counts something that follows.
        var start = i;
        if (qualifierStart >= 0)
        {
            start = qualifierStart;
        }

        string? counted = null;
        var end = q;
        if (unit is null)
        {
            (counted, end) = Counted(q);
            if (counted is null && written)
            {
                return afterNumber;
            }
        }

        var startChar = _tokens[start].Start;
        var endChar = _tokens[end - 1].End;
        // Dividing by 1.000... drops the trailing zeros a decimal keeps from "3.10bn".
        value /= 1.000000000000000000000000000000000m;
        found.Add(new Quantity(startChar, endChar, _text[startChar..endChar], value, unit, qualifier, counted));
        return end;
    }

    /// <summary>Digits or written number, then magnitudes: "6,000", "1.5bn", "140 million", "six", "a dozen", "a million".</summary>
    private (decimal Value, int Next, bool Written) ReadNumber(int q, bool money, bool qualified)
    {
        if (q >= _end)
        {
            return (0, q, false);
        }

        decimal value;
        var written = false;
        var w = Word(q);
        if (_tokens[q].Kind == TokenKind.Number)
        {
            if (!decimal.TryParse(w, NumberStyles.AllowThousands | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
            {
                return (0, q, false);
            }

            q++;
        }
        else if (_tokens[q].Kind == TokenKind.Mixed && GluedMagnitude(w, money || IsFollowedByCurrency(q)) is { } glued)
        {
            // "$1.5bn", "140m euros", "5k": a one-letter magnitude only with money ("100m" alone is a race).
            return (glued, q + 1, false);
        }
        else if (_tokens[q].Kind == TokenKind.Word && IsWord(q, "a", "an") && q + 1 < _end &&
            (lexicon.Magnitude(Word(q + 1)) > 0 || IsWord(q + 1, "dozen")) && Word(q + 1).Length > 2)
        {
            value = 1;
            q++;
            written = !money;
        }
        else if (_tokens[q].Kind == TokenKind.Word && char.IsLower(w[0]) || IsCapitalisedNumber(q))
        {
            value = lexicon.Written(w);
            if (value < 0 || (value == 1 && !money && !qualified))
            {
                return (0, q, false);
            }

            written = true;
            q++;
        }
        else
        {
            return (0, q, false);
        }

        // Magnitudes multiply: "two hundred thousand", "1.5 million"; one-letter forms only with money ("$5 m").
        while (q < _end)
        {
            var m = lexicon.Magnitude(Word(q));
            if (m == 0 && IsWord(q, "dozen"))
            {
                m = 12;
            }

            if (m == 0 || (Word(q).Length <= 2 && !money && !IsFollowedByCurrency(q)))
            {
                break;
            }

            if (value > decimal.MaxValue / m)
            {
                break;
            }

            value *= m;
            q++;
            written = false;
        }

        return (value, q, written);
    }

    private decimal? GluedMagnitude(ReadOnlySpan<char> w, bool money)
    {
        var k = 0;
        while (k < w.Length && (char.IsDigit(w[k]) || w[k] is '.' or ','))
        {
            k++;
        }

        if (k == 0 || k == w.Length)
        {
            return null;
        }

        var m = w.Length - k >= 2 || money ? lexicon.Magnitude(w[k..]) : 0;
        return m > 0 && decimal.TryParse(w[..k], NumberStyles.AllowThousands | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var n) &&
            n <= decimal.MaxValue / m
            ? n * m
            : null;
    }

    private bool IsFollowedByCurrency(int q) => q + 1 < _end && lexicon.Currency(Word(q + 1)) is not null && _tokens[q + 1].Kind == TokenKind.Word;

    private bool IsCapitalisedNumber(int q) =>
        q == _first && _tokens[q].Kind == TokenKind.Word && char.IsUpper(Word(q)[0]) && lexicon.Written(Word(q)) > 1;

    private bool IsUpperCode(int q)
    {
        var w = Word(q);
        return w.Length == 3 && char.IsUpper(w[0]) && char.IsUpper(w[1]) && char.IsUpper(w[2]);
    }

    private ReadOnlySpan<char> Word(int i) => _text.AsSpan(_tokens[i].Start, _tokens[i].Length);

    private bool IsWord(int i, params ReadOnlySpan<string> words)
    {
        if (i >= _end)
        {
            return false;
        }

        var w = Word(i);
        foreach (var word in words)
        {
            if (w.Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
