using System.Collections.Frozen;
using System.Globalization;
using Triangulate.Core.Data;

namespace Triangulate.Core.Quantities;

/// <summary>
/// The words of amounts, all from data files a user can extend: <c>currencies.txt</c> (symbols, names and ISO
/// codes), <c>magnitudes.txt</c> ("million", "bn"), <c>numbers.txt</c> (written numbers), <c>units.txt</c>
/// (units of measure) and <c>qualifiers.txt</c> ("at least", "up to", "about").
/// </summary>
internal sealed class QuantityLexicon
{
    private readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _currencies;
    private readonly FrozenDictionary<string, decimal>.AlternateLookup<ReadOnlySpan<char>> _magnitudes;
    private readonly FrozenDictionary<string, decimal>.AlternateLookup<ReadOnlySpan<char>> _numbers;
    private readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _units;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _pastVerbs;

    /// <summary>Loads the built-in and user data files.</summary>
    public QuantityLexicon()
    {
        _currencies = Pairs("currencies.txt").ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        _units = Pairs("units.txt").ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        _magnitudes = Numbers("magnitudes.txt").GetAlternateLookup<ReadOnlySpan<char>>();
        _numbers = Numbers("numbers.txt").GetAlternateLookup<ReadOnlySpan<char>>();
        _pastVerbs = DataFile.ReadLines("past-verbs.txt").ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        var qualifiers = new List<(string[] Words, string Qualifier)>();
        foreach (var line in DataFile.ReadLines("qualifiers.txt"))
        {
            var bar = line.IndexOf('|', StringComparison.Ordinal);
            if (bar > 0)
            {
                var words = line[..bar].Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                qualifiers.Add((words, line[(bar + 1)..].Trim()));
            }
        }

        // Longest phrases first, so "no more than" wins over "more than".
        Qualifiers = qualifiers.OrderByDescending(q => q.Words.Length).ToArray();
    }

    /// <summary>The shared instance.</summary>
    public static QuantityLexicon Default { get; } = new();

    /// <summary>Qualifier phrases as word sequences, longest first.</summary>
    public (string[] Words, string Qualifier)[] Qualifiers { get; }

    /// <summary>The ISO code of a currency symbol, name or code, or null.</summary>
    public string? Currency(ReadOnlySpan<char> word) => _currencies.TryGetValue(word, out var code) ? code : null;

    /// <summary>The unit of measure of a word ("km", "percent"), or null.</summary>
    public string? Unit(ReadOnlySpan<char> word) => _units.TryGetValue(word, out var unit) ? unit : null;

    /// <summary>The multiplier of a magnitude word ("million"), or 0.</summary>
    public decimal Magnitude(ReadOnlySpan<char> word) => _magnitudes.TryGetValue(word, out var m) ? m : 0;

    /// <summary>Whether the word is an irregular past-tense verb ("sent"), which ends a counted phrase.</summary>
    public bool IsPastVerb(ReadOnlySpan<char> word) => _pastVerbs.Contains(word);

    /// <summary>The value of a written number ("six", "twenty-five", "dozen"), or -1.</summary>
    public decimal Written(ReadOnlySpan<char> word)
    {
        if (_numbers.TryGetValue(word, out var n))
        {
            return n;
        }

        var dash = word.IndexOf('-');
        if (dash > 0 && _numbers.TryGetValue(word[..dash], out var tens) && tens is >= 20 and <= 90 && tens % 10 == 0 &&
            _numbers.TryGetValue(word[(dash + 1)..], out var ones) && ones is >= 1 and <= 9)
        {
            return tens + ones;
        }

        return -1;
    }

    private static IEnumerable<KeyValuePair<string, string>> Pairs(string file)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in DataFile.ReadLines(file))
        {
            var space = line.LastIndexOfAny([' ', '\t']);
            if (space > 0 && seen.Add(line[..space].Trim()))
            {
                yield return new KeyValuePair<string, string>(line[..space].Trim(), line[(space + 1)..].Trim());
            }
        }
    }

    private static FrozenDictionary<string, decimal> Numbers(string file)
    {
        var result = new Dictionary<string, decimal>(StringComparer.OrdinalIgnoreCase);
        foreach (var (word, value) in Pairs(file))
        {
            if (decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var n))
            {
                result[word] = n;
            }
        }

        return result.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
