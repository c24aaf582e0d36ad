using System.Collections.Frozen;
using System.Globalization;
using Triangulate.Core.Data;

namespace Triangulate.Core.Times;

/// <summary>What a word means to the time grammar.</summary>
internal enum TimeWord : byte
{
    None,
    Month,
    Weekday,
    Number,
    Ordinal,
    Unit,
    Season,
    PartOfDay,
    Last,
    Next,
    This,
    Past,
    Coming,
    Ago,
    Earlier,
    Later,
    Every,
    Each,
    Today,
    Tonight,
    Yesterday,
    Tomorrow,
    Now,
    Recently,
    Soon,
    Future,
    Early,
    Late,
    Mid,
    The,
    A,
    Of,
    Fiscal,
    Frequency,
    Vague,
    Before,
    After,
    To,
    And,
    From,
    Between,
    Latest,
    Same,
    Half,
    Noon,
    Midnight,
    Than,
}

/// <summary>A token's meaning: its class and a number (month 1-12, weekday 1-7, a count, a unit code index).</summary>
internal readonly record struct TimeLex(TimeWord Word, int Value);

/// <summary>
/// The words of dates and times: months, weekdays, written numbers, ordinals, units and seasons come from data files a
/// user can extend (<c>months.txt</c>, <c>weekdays.txt</c>, <c>numbers.txt</c>, <c>ordinals.txt</c>,
/// <c>time-units.txt</c>, <c>seasons.txt</c>); the closed class of grammar words ("last", "ago", "every") is here.
/// </summary>
internal sealed class TimeLexicon
{
    /// <summary>Unit codes, indexed by <see cref="TimeLex.Value"/> for <see cref="TimeWord.Unit"/>.</summary>
    public static readonly string[] UnitCodes = ["Y", "Q", "M", "W", "D", "H", "MIN", "S", "DE", "CE", "WE", "FN"];

    /// <summary>Season codes, indexed by <see cref="TimeLex.Value"/> for <see cref="TimeWord.Season"/>.</summary>
    public static readonly string[] SeasonCodes = ["SP", "SU", "FA", "WI"];

    /// <summary>Part-of-day codes, indexed by <see cref="TimeLex.Value"/> for <see cref="TimeWord.PartOfDay"/>.</summary>
    public static readonly string[] PartOfDayCodes = ["MO", "AF", "EV", "NI"];

    private static readonly (string Word, TimeWord Kind, int Value)[] Grammar =
    [
        ("last", TimeWord.Last, -1), ("previous", TimeWord.Last, -1), ("preceding", TimeWord.Last, -1),
        ("next", TimeWord.Next, 1), ("following", TimeWord.Next, 1), ("this", TimeWord.This, 0),
        ("current", TimeWord.This, 0), ("past", TimeWord.Past, 0), ("coming", TimeWord.Coming, 1),
        ("ago", TimeWord.Ago, 0), ("earlier", TimeWord.Earlier, 0), ("later", TimeWord.Later, 0),
        ("every", TimeWord.Every, 0), ("each", TimeWord.Each, 0), ("today", TimeWord.Today, 0),
        ("tonight", TimeWord.Tonight, 0), ("yesterday", TimeWord.Yesterday, -1), ("tomorrow", TimeWord.Tomorrow, 1),
        ("now", TimeWord.Now, 0), ("currently", TimeWord.Now, 0), ("nowadays", TimeWord.Now, 0),
        ("recently", TimeWord.Recently, 0), ("lately", TimeWord.Recently, 0), ("soon", TimeWord.Soon, 0),
        ("future", TimeWord.Future, 0), ("early", TimeWord.Early, 0), ("late", TimeWord.Late, 0),
        ("mid", TimeWord.Mid, 0), ("the", TimeWord.The, 0), ("a", TimeWord.A, 1), ("an", TimeWord.A, 1),
        ("one", TimeWord.A, 1), ("of", TimeWord.Of, 0), ("fiscal", TimeWord.Fiscal, 0),
        ("daily", TimeWord.Frequency, 4), ("weekly", TimeWord.Frequency, 3), ("monthly", TimeWord.Frequency, 2),
        ("annually", TimeWord.Frequency, 0), ("yearly", TimeWord.Frequency, 0), ("hourly", TimeWord.Frequency, 5),
         ("several", TimeWord.Vague, 0), ("few", TimeWord.Vague, 0),
        ("many", TimeWord.Vague, 0), ("some", TimeWord.Vague, 0), ("couple", TimeWord.Vague, 2),
        ("before", TimeWord.Before, 0), ("after", TimeWord.After, 0), ("since", TimeWord.After, 1),
        ("until", TimeWord.Before, 1), ("till", TimeWord.Before, 1), ("to", TimeWord.To, 0),
        ("through", TimeWord.To, 0), ("and", TimeWord.And, 0), ("from", TimeWord.From, 0),
        ("between", TimeWord.Between, 0), ("latest", TimeWord.Latest, 0), ("same", TimeWord.Same, 0),
        ("half", TimeWord.Half, 0), ("noon", TimeWord.Noon, 12), ("midday", TimeWord.Noon, 12),
        ("midnight", TimeWord.Midnight, 0), ("than", TimeWord.Than, 0), ("morning", TimeWord.PartOfDay, 0),
        ("afternoon", TimeWord.PartOfDay, 1), ("evening", TimeWord.PartOfDay, 2), ("night", TimeWord.PartOfDay, 3),
    ];

    private readonly FrozenDictionary<string, TimeLex>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _pastVerbs;
    private readonly FrozenDictionary<string, ForwardCue>.AlternateLookup<ReadOnlySpan<char>> _forwardCues;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _numberedNames;

    /// <summary>Loads the built-in and user data files.</summary>
    public TimeLexicon()
    {
        var words = new Dictionary<string, TimeLex>(StringComparer.OrdinalIgnoreCase);
        foreach (var (word, kind, value) in Grammar)
        {
            words[word] = new TimeLex(kind, value);
        }

        AddNumbered(words, "months.txt", TimeWord.Month);
        AddNumbered(words, "weekdays.txt", TimeWord.Weekday);
        AddNumbered(words, "ordinals.txt", TimeWord.Ordinal);
        foreach (var line in DataFile.ReadLines("numbers.txt"))
        {
            var (word, value) = SplitLast(line);
            if (decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) &&
                number == decimal.Truncate(number) && !words.ContainsKey(word))
            {
                words[word] = new TimeLex(TimeWord.Number, (int)number);
            }
        }

        AddCoded(words, "time-units.txt", TimeWord.Unit, UnitCodes);
        AddCoded(words, "seasons.txt", TimeWord.Season, SeasonCodes);
        _lookup = words.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        _pastVerbs = DataFile.ReadLines("past-verbs.txt").ToFrozenSet(StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();
        var cues = new Dictionary<string, ForwardCue>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in DataFile.ReadLines("forward-cues.txt"))
        {
            var (word, kind) = SplitLast(line);
            if (Enum.TryParse<ForwardCue>(kind, ignoreCase: true, out var cue) && cue != ForwardCue.None)
            {
                cues[word.Replace('\u2019', '\'')] = cue;
            }
        }

        _numberedNames = DataFile.ReadLines("numbered-names.txt").ToFrozenSet(StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();
        _forwardCues = cues.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Holidays as word sequences (longest first) and their rule ("12-25", "11-W4-4", "easter+1").</summary>
    public (string[] Words, string Rule)[] Holidays { get; } = DataFile.ReadLines("holidays.txt")
        .Select(l => l.Split('|', StringSplitOptions.TrimEntries))
        .Where(p => p.Length == 2)
        .Select(p => (p[0].Replace("\u2019", "'", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries), p[1]))
        .OrderByDescending(h => h.Item1.Length)
        .ToArray();

    /// <summary>Whether a word begins a holiday name.</summary>
    public bool StartsHoliday(ReadOnlySpan<char> word)
    {
        foreach (var (words, _) in Holidays)
        {
            if (word.Equals(words[0], StringComparison.OrdinalIgnoreCase) ||
                (words[0].Contains('\'') && word.Equals(words[0].AsSpan(0, words[0].IndexOf('\'')), StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The shared instance.</summary>
    public static TimeLexicon Default { get; } = new();

    /// <summary>The meaning of a word (a trailing period, as in "Jan.", is ignored).</summary>
    public TimeLex Lookup(ReadOnlySpan<char> word)
    {
        if (word.Length > 1 && word[^1] == '.')
        {
            word = word[..^1];
        }

        return word.Length <= 12 && _lookup.TryGetValue(word, out var lex) ? lex : default;
    }

    /// <summary>Whether the word is an irregular past-tense verb from <c>past-verbs.txt</c>.</summary>
    public bool IsPastVerb(ReadOnlySpan<char> word) => _pastVerbs.Contains(word);

    /// <summary>Whether a number after this word identifies rather than dates ("flight 1549"), from <c>numbered-names.txt</c>.</summary>
    public bool IsNumberedName(ReadOnlySpan<char> word) => _numberedNames.Contains(word);

    /// <summary>How a word looks ahead, from <c>forward-cues.txt</c> (curly apostrophes read as straight ones).</summary>
    public ForwardCue ForwardCueOf(ReadOnlySpan<char> word)
    {
        if (word.Length is > 0 and <= 16 && word[0] == '\u2019')
        {
            Span<char> straight = stackalloc char[16];
            word.CopyTo(straight);
            straight[0] = '\'';
            return _forwardCues.TryGetValue(straight[..word.Length], out var s) ? s : ForwardCue.None;
        }

        return _forwardCues.TryGetValue(word, out var cue) ? cue : ForwardCue.None;
    }

    private static void AddNumbered(Dictionary<string, TimeLex> words, string file, TimeWord kind)
    {
        foreach (var line in DataFile.ReadLines(file))
        {
            var (word, value) = SplitLast(line);
            if (int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
            {
                words[word] = new TimeLex(kind, number);
            }
        }
    }

    private static void AddCoded(Dictionary<string, TimeLex> words, string file, TimeWord kind, string[] codes)
    {
        foreach (var line in DataFile.ReadLines(file))
        {
            var (word, code) = SplitLast(line);
            var index = Array.IndexOf(codes, code.ToUpperInvariant());
            if (index >= 0 && !words.ContainsKey(word))
            {
                words[word] = new TimeLex(kind, index);
            }
        }
    }

    private static (string Word, string Value) SplitLast(string line)
    {
        var space = line.LastIndexOfAny([' ', '\t']);
        return space < 0 ? (line, string.Empty) : (line[..space].Trim(), line[(space + 1)..].Trim());
    }
}

/// <summary>How a word of <c>forward-cues.txt</c> looks ahead from the document date.</summary>
internal enum ForwardCue : byte
{
    /// <summary>Not a cue.</summary>
    None,

    /// <summary>The clause is about what is to come ("will", "plans", "scheduled").</summary>
    Future,

    /// <summary>A word naming a date still ahead ("deadline", "due"); it wins over a participle beside it.</summary>
    Deadline,

    /// <summary>A preposition of a limit ("by", "until"): ahead unless the clause is told in the past.</summary>
    Limit,

    /// <summary>A verb that moves a date ahead ("postponed", "extended"): ahead before a limit, no cue otherwise.</summary>
    Push,
}
