using System.Text.RegularExpressions;
using Triangulate.Core.Data;

namespace Triangulate.Resolution;

/// <summary>The word lists resolution knows the world by, read once from the <c>resolution-*</c> data files.</summary>
internal sealed class ResolutionData
{
    private static readonly Lazy<ResolutionData> Instance = new(Load);

    private ResolutionData(
        HashSet<string> corporateSuffixes,
        HashSet<string> leadingWords,
        IReadOnlyList<string> hyphenPrefixes,
        IReadOnlyList<(string From, string To)> transliteration,
        IReadOnlyDictionary<char, char> skeletonClasses,
        IReadOnlyList<(Regex Gap, Regex? After)> aliasPatterns,
        HashSet<string> stopWords,
        IReadOnlyList<Regex> relativeTimeCues,
        HashSet<string> pronouns,
        HashSet<string> qualifiers,
        IReadOnlyDictionary<char, string> diacritics,
        IReadOnlyDictionary<string, string> abbreviations,
        IReadOnlyDictionary<string, string> givenNames)
    {
        GivenNames = givenNames;
        CorporateSuffixes = corporateSuffixes;
        LeadingWords = leadingWords;
        HyphenPrefixes = hyphenPrefixes;
        Transliteration = transliteration;
        SkeletonClasses = skeletonClasses;
        AliasPatterns = aliasPatterns;
        StopWords = stopWords;
        RelativeTimeCues = relativeTimeCues;
        Pronouns = pronouns;
        Qualifiers = qualifiers;
        Diacritics = diacritics;
        Abbreviations = abbreviations;
    }

    /// <summary>The shared instance.</summary>
    public static ResolutionData Default => Instance.Value;

    public HashSet<string> CorporateSuffixes { get; }

    public HashSet<string> LeadingWords { get; }

    public IReadOnlyList<string> HyphenPrefixes { get; }

    public IReadOnlyList<(string From, string To)> Transliteration { get; }

    public IReadOnlyDictionary<char, char> SkeletonClasses { get; }

    public IReadOnlyList<(Regex Gap, Regex? After)> AliasPatterns { get; }

    public HashSet<string> StopWords { get; }

    public IReadOnlyList<Regex> RelativeTimeCues { get; }

    public HashSet<string> Pronouns { get; }

    public HashSet<string> Qualifiers { get; }

    /// <summary>Letter with diacritics → plain letters.</summary>
    public IReadOnlyDictionary<char, string> Diacritics { get; }

    /// <summary>Short form of a given name → its full form ("bill" → "william"; a full form maps to itself).</summary>
    public IReadOnlyDictionary<string, string> GivenNames { get; }

    /// <summary>Abbreviated word → full word.</summary>
    public IReadOnlyDictionary<string, string> Abbreviations { get; }

    private static ResolutionData Load()
    {
        var suffixes = new HashSet<string>(DataFile.ReadLines("resolution-corporate-suffixes.txt"), StringComparer.Ordinal);
        var leading = new HashSet<string>(StringComparer.Ordinal);
        var hyphen = new List<string>();
        foreach (var line in DataFile.ReadLines("resolution-name-prefixes.txt"))
        {
            if (line.EndsWith('-'))
            {
                hyphen.Add(line);
            }
            else
            {
                leading.Add(line);
            }
        }

        var translit = new List<(string, string)>();
        foreach (var line in DataFile.ReadLines("resolution-transliteration.txt"))
        {
            var parts = line.Split('>', 2, StringSplitOptions.TrimEntries);
            if (parts.Length == 2)
            {
                translit.Add((parts[0], parts[1]));
            }
        }

        var classes = new Dictionary<char, char>();
        foreach (var line in DataFile.ReadLines("resolution-skeleton.txt"))
        {
            var parts = line.Split('>', 2, StringSplitOptions.TrimEntries);
            if (parts.Length == 2 && parts[1].Length == 1)
            {
                foreach (var letter in parts[0].Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    classes[letter[0]] = parts[1][0];
                }
            }
        }

        const RegexOptions options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
        var aliases = new List<(Regex, Regex?)>();
        foreach (var line in DataFile.ReadLines("resolution-alias-patterns.txt"))
        {
            var parts = line.Split("|||", 2, StringSplitOptions.TrimEntries);
            aliases.Add((new Regex(parts[0], options), parts.Length == 2 ? new Regex(parts[1], options) : null));
        }

        var stop = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in DataFile.ReadLines("resolution-stopwords.txt"))
        {
            foreach (var word in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                stop.Add(word);
            }
        }

        var cues = DataFile.ReadLines("resolution-relative-time-cues.txt").Select(l => new Regex(l, options)).ToList();
        var pronouns = new HashSet<string>(
            DataFile.ReadLines("resolution-pronouns.txt").SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)),
            StringComparer.Ordinal);
        var qualifiers = new HashSet<string>(
            DataFile.ReadLines("resolution-name-qualifiers.txt").SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)),
            StringComparer.Ordinal);
        var diacritics = new Dictionary<char, string>();
        foreach (var line in DataFile.ReadLines("resolution-diacritics.txt"))
        {
            var parts = line.Split(' ', 2, StringSplitOptions.TrimEntries);
            if (parts.Length == 2)
            {
                foreach (var c in parts[1])
                {
                    diacritics.TryAdd(c, parts[0]);
                }
            }
        }

        var abbreviations = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in DataFile.ReadLines("resolution-abbreviations.txt"))
        {
            var parts = line.Split(' ', 2, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 2)
            {
                abbreviations.TryAdd(parts[0], parts[1]);
            }
        }

        var givenNames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in DataFile.ReadLines("resolution-nicknames.txt"))
        {
            var names = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            foreach (var name in names)
            {
                givenNames.TryAdd(name, names[0]);
            }
        }

        return new ResolutionData(suffixes, leading, hyphen, translit, classes, aliases, stop, cues, pronouns, qualifiers, diacritics, abbreviations, givenNames);
    }
}
