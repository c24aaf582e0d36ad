using System.Globalization;
using Triangulate.Core.Text;

namespace Triangulate.Core.Quantities;

/// <summary>
/// Finds amounts in a sentence's tokens: a qualifier ("at least"), a currency before ("$", "€", "US$", "EUR"), a
/// number in digits or words ("7,500", "1.5bn", "six", "a dozen"), magnitudes ("million", "bn"), a currency or unit
/// after ("euros", "percent"), and what is counted ("100 Kestrel-7 reconnaissance drones"). Hand-written over the Token
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

        if (currency is null && TryVaguePlural(i, found) is var vague && vague > i)
        {
            return vague;
        }

        var kind = q < _end ? _tokens[q].Kind : TokenKind.Punctuation;
        if (kind == TokenKind.Punctuation || (kind == TokenKind.Word && lexicon.Written(Word(q)) < 0 && !IsWord(q, "a", "an")))
        {
            return i;
        }

        var (qualifier, qualifierStart) = Qualifier(i);

        // "at least one": a phrase of two words or more; a bare "under one" or "over one" is rarely a bound.
        var numberStart = q;
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

        // "5,000 to 7,500 drones", "between 10 and 20 million euros": two bounds sharing the unit or counted thing.
        // "rose from 2% to 3%" is a change between two exact values, not a range.
        if (IsRangeJoin(q, i) && !(start > _first && IsWord(start - 1, "from")) && q + 1 < _end && !_taken(_tokens[q + 1].Start))
        {
            var second = new List<Quantity>(1);
            var after = TryAmount(q + 1, second);
            if (second.Count == 1 && second[0].Start == _tokens[q + 1].Start)
            {
                var upper = second[0];
                var lowerUnit = unit ?? upper.Unit;
                // "10 to 20 million": the first bound takes the magnitude of the second.
                var bare = afterNumber == numberStart + 1 && _tokens[numberStart].Kind == TokenKind.Number;
                var lowerValue = value * (bare ? MagnitudeAfter(q + 1) : 1);
                var startCharRange = _tokens[start].Start;
                var lowerEnd = _tokens[q - 1].End;
                found.Add(new Quantity(startCharRange, lowerEnd, _text[startCharRange..lowerEnd], lowerValue / 1.000000000000000000000000000000000m,
                    lowerUnit, qualifierStart >= 0 ? qualifier : QuantityQualifiers.AtLeast, upper.Counted));
                found.Add(upper with { Qualifier = upper.Qualifier == QuantityQualifiers.Exact ? QuantityQualifiers.AtMost : upper.Qualifier });
                return after;
            }
        }

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

    /// <summary>Digits or written number, then magnitudes: "7,500", "1.5bn", "250 million", "six", "a dozen", "a million".</summary>
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

    /// <summary>"to", a dash, or "and" after "between ... ": the join of a range.</summary>
    private bool IsRangeJoin(int q, int start) =>
        q < _end && (IsWord(q, "to") || (_tokens[q].Kind == TokenKind.Punctuation && _text[_tokens[q].Start] is '-' or '\u2013') ||
        (IsWord(q, "and") && start > _first && IsWord(start - 1, "between")));

    /// <summary>The product of the magnitude words after the number at <paramref name="q"/> ("20 million": 1,000,000), or 1.</summary>
    private decimal MagnitudeAfter(int q)
    {
        if (q < _end && _tokens[q].Kind == TokenKind.Punctuation)
        {
            q++;
        }

        if (q >= _end || _tokens[q].Kind != TokenKind.Number)
        {
            return 1;
        }

        var product = 1m;
        for (var k = q + 1; k < _end && Word(k).Length > 2 && lexicon.Magnitude(Word(k)) is > 0 and var m && product <= decimal.MaxValue / m; k++)
        {
            product *= m;
        }

        return product;
    }

    /// <summary>"thousands of people", "tens of thousands of drones", "millions of dollars": a lower bound.</summary>
    private int TryVaguePlural(int i, List<Quantity> found)
    {
        var q = i;
        decimal value = 1;
        if (IsWord(q, "tens") && IsWord(q + 1, "of"))
        {
            value = 10;
            q += 2;
        }

        var m = IsWord(q, "dozens") ? 12 : Word(q).Length > 5 && Word(q)[^1] == 's' ? lexicon.Magnitude(Word(q)) : 0;
        if (m == 0 || !IsWord(q + 1, "of") || q + 2 >= _end)
        {
            return i;
        }

        // At least two of the unit: "hundreds" is 200 or more; "hundreds of millions of" multiplies on.
        value = value * m * 2;
        q += 2;
        while (q + 1 < _end && Word(q).Length > 5 && Word(q)[^1] == 's' && lexicon.Magnitude(Word(q)) is > 0 and var more &&
            IsWord(q + 1, "of") && value <= decimal.MaxValue / more)
        {
            value *= more;
            q += 2;
        }

        string? unit = null;
        string? counted = null;
        var end = q;
        if (lexicon.Currency(Word(q)) is { } currency && _tokens[q].Kind == TokenKind.Word)
        {
            unit = currency;
            end = q + 1;
        }
        else
        {
            (counted, end) = Counted(q);
            if (counted is null)
            {
                return i;
            }
        }

        var startChar = _tokens[i].Start;
        var endChar = _tokens[end - 1].End;
        found.Add(new Quantity(startChar, endChar, _text[startChar..endChar], value, unit, QuantityQualifiers.AtLeast, counted));
        return end;
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

    private bool IsWord(int i, params ReadOnlySpan<string> words) => i < _end && TokenText.EqualsAny(Word(i), words);
}
