using System.Collections.Frozen;
using Triangulate.Core.Text;

namespace Triangulate.Core.Claims;

/// <summary>
/// Finds the longest phrase from a word list that starts at a given token, comparing token texts case-insensitively
/// without allocating: phrases are grouped by their first word in a frozen dictionary read through a span lookup.
/// Written by hand because matching a few hundred short phrases on token boundaries needs no library, and a regular
/// expression over the whole document would be slower and could backtrack.
/// </summary>
/// <typeparam name="TValue">What a phrase carries (a stance, a modality).</typeparam>
internal sealed class PhraseMatcher<TValue>
{
    private readonly FrozenDictionary<string, (string[] Words, TValue Value)[]> _byFirstWord;
    private readonly FrozenDictionary<string, (string[] Words, TValue Value)[]>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <summary>Creates a matcher over phrases (words separated by spaces) and their values.</summary>
    public PhraseMatcher(IEnumerable<(string Phrase, TValue Value)> phrases)
    {
        var groups = new Dictionary<string, List<(string[] Words, TValue Value)>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (phrase, value) in phrases)
        {
            var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0)
            {
                continue;
            }

            if (!groups.TryGetValue(words[0], out var list))
            {
                groups[words[0]] = list = [];
            }

            // A later line for the same phrase (a user's file) replaces the earlier one.
            list.RemoveAll(p => p.Words.AsSpan().SequenceEqual(words, StringComparer.OrdinalIgnoreCase));
            list.Add((words, value));
        }

        _byFirstWord = groups.ToFrozenDictionary(
            g => g.Key,
            g => g.Value.OrderByDescending(p => p.Words.Length).ToArray(),
            StringComparer.OrdinalIgnoreCase);
        _lookup = _byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Reads a tab-separated data file: phrase, then value columns parsed by <paramref name="parse"/>.</summary>
    public static PhraseMatcher<TValue> FromDataFile(string name, Func<string[], TValue> parse) =>
        new(Data.DataFile.ReadLines(name).Select(line =>
        {
            var columns = line.Split('\t', StringSplitOptions.TrimEntries);
            return (columns[0], parse(columns));
        }));

    /// <summary>
    /// The longest phrase starting at token <paramref name="index"/> and ending before token <paramref name="limit"/>:
    /// its token count (0 when none) and value.
    /// </summary>
    public (int Length, TValue? Value) Match(string text, IReadOnlyList<Token> tokens, int index, int limit)
    {
        var first = tokens[index];
        if (!_lookup.TryGetValue(text.AsSpan(first.Start, first.Length), out var candidates))
        {
            return (0, default);
        }

        foreach (var (words, value) in candidates)
        {
            if (index + words.Length > limit)
            {
                continue;
            }

            var all = true;
            for (var k = 1; k < words.Length && all; k++)
            {
                var t = tokens[index + k];
                all = text.AsSpan(t.Start, t.Length).Equals(words[k], StringComparison.OrdinalIgnoreCase);
            }

            if (all)
            {
                return (words.Length, value);
            }
        }

        return (0, default);
    }

    /// <summary>The first phrase found in tokens [<paramref name="from"/>, <paramref name="to"/>): its token index, or -1.</summary>
    public (int Index, TValue? Value) FindFirst(string text, IReadOnlyList<Token> tokens, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            var (length, value) = Match(text, tokens, i, to);
            if (length > 0)
            {
                return (i, value);
            }
        }

        return (-1, default);
    }
}

/// <summary>A set of single words looked up by token text, case-insensitively and without allocating.</summary>
internal sealed class WordSet
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <summary>Creates the set from words.</summary>
    public WordSet(IEnumerable<string> words) =>
        _lookup = words.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether the token's text is in the set.</summary>
    public bool Contains(string text, Token token) => _lookup.Contains(text.AsSpan(token.Start, token.Length));

    /// <summary>Whether the word is in the set.</summary>
    public bool Contains(ReadOnlySpan<char> word) => _lookup.Contains(word);
}
