using Triangulate.Core.Data;

namespace Triangulate.Resolution.Entities;

/// <summary>
/// The type of an entity from the types its mentions were given. A short form ("Osterby") is more often mistyped
/// than the full name ("Osterby Marine Holdings"), so each mention votes with its number of words, ties going to
/// the longest spelling; and a name ending in an organisation word (<c>entities-org-suffixes.txt</c>: "Holdings",
/// "Agency", "Fund") is an organisation, never a place or a person.
/// </summary>
internal static class TypeVote
{
    private static readonly Lazy<HashSet<string>> OrgSuffixes = new(() => new HashSet<string>(
        DataFile.ReadLines("entities-org-suffixes.txt").SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(w => w.TrimEnd('.')),
        StringComparer.OrdinalIgnoreCase));

    /// <summary>The type of an entity whose mentions are <paramref name="mentions"/> (spelling, type as tagged).</summary>
    public static string Choose(IEnumerable<(string Text, string Type)> mentions)
    {
        var votes = new Dictionary<string, (double Weight, int Longest)>(StringComparer.Ordinal);
        string? organisation = null;
        foreach (var (text, type) in mentions)
        {
            var words = Words(text);
            var (weight, best) = votes.GetValueOrDefault(type);
            votes[type] = (weight + words, Math.Max(best, text.Length));
            if (type is Core.Entities.EntityTypes.Org or Core.Entities.EntityTypes.Media && words > 1 && EndsWithOrgWord(text))
            {
                organisation ??= type;
            }
        }

        if (votes.Count == 0)
        {
            return string.Empty;
        }

        var chosen = votes.OrderByDescending(v => v.Value.Weight).ThenByDescending(v => v.Value.Longest)
            .ThenBy(v => v.Key, StringComparer.Ordinal).First().Key;

        // "Osterby Marine Holdings" tagged an organisation somewhere stays one, whatever its short form was taken for.
        return organisation is not null && chosen is Core.Entities.EntityTypes.Gpe or Core.Entities.EntityTypes.Loc or Core.Entities.EntityTypes.Person
            ? organisation
            : chosen;
    }

    private static readonly Lazy<HashSet<string>> Places = new(() => new HashSet<string>(
        DataFile.ReadLines("entities-places.txt"), StringComparer.OrdinalIgnoreCase));

    /// <summary>
    /// A mention's type, corrected: a name of several words ending in a corporate suffix ("Harbour Holdings",
    /// "Trading Company": <c>resolution-corporate-suffixes.txt</c>) is a company whatever a tagger took it for.
    /// </summary>
    public static string MentionType(string text, string type, IReadOnlySet<string> corporateSuffixes)
    {
        if (type is not (Core.Entities.EntityTypes.Gpe or Core.Entities.EntityTypes.Loc or Core.Entities.EntityTypes.Person))
        {
            return type;
        }

        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 1 && corporateSuffixes.Contains(words[^1].TrimEnd('.', ',').ToLowerInvariant())
            ? Core.Entities.EntityTypes.Org
            : type;
    }

    /// <summary>
    /// Within one report, the company whose first word a one-word name repeats ("Osterby" after "Osterby Marine
    /// Holdings"), unless that word is a known place: the index of that company's mention, or -1.
    /// <paramref name="companies"/> is <see cref="CompaniesByFirstWord"/> of the report's mentions.
    /// </summary>
    public static int ShortFormOf(int mention, IReadOnlyList<(string Text, string Type)> mentions, IReadOnlyDictionary<string, int> companies)
    {
        var text = mentions[mention].Text;
        if (text.Contains(' ', StringComparison.Ordinal) || Places.Value.Contains(text))
        {
            return -1;
        }

        return companies.TryGetValue(text, out var company) ? company : -1;
    }

    /// <summary>
    /// The report's company names (several words, the last a corporate suffix, typed ORG) by their first word
    /// (ignoring case), each the first such mention: built once per report, so finding short forms is linear in the
    /// report's mentions, not quadratic.
    /// </summary>
    public static Dictionary<string, int> CompaniesByFirstWord(IReadOnlyList<(string Text, string Type)> mentions, IReadOnlySet<string> corporateSuffixes)
    {
        var companies = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < mentions.Count; i++)
        {
            var words = mentions[i].Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length > 1 && mentions[i].Type == Core.Entities.EntityTypes.Org
                && corporateSuffixes.Contains(words[^1].TrimEnd('.', ',').ToLowerInvariant()))
            {
                companies.TryAdd(words[0], i);
            }
        }

        // A person is named alone by the surname, the last word: a one-word name repeating the first word of a
        // name tagged as a person ("Northrop" after "Northrop Grumman"), when that word is no given name, shows the
        // full name to be an organisation's.
        var data = ResolutionData.Default;
        for (var i = 0; i < mentions.Count; i++)
        {
            var words = mentions[i].Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length > 1 && mentions[i].Type == Core.Entities.EntityTypes.Person && char.IsUpper(words[0][0])
                && words[0].All(char.IsLetter) && !data.GivenNames.ContainsKey(words[0].ToLowerInvariant())
                && !data.LeadingWords.Contains(words[0].ToLowerInvariant()))
            {
                companies.TryAdd(words[0], i);
            }
        }

        return companies;
    }

    /// <summary>The name's last word is an organisation word ("Holdings", "Agency").</summary>
    public static bool EndsWithOrgWord(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && OrgSuffixes.Value.Contains(words[^1].TrimEnd('.', ',', '\'', '’'));
    }

    private static int Words(string text) => Math.Max(1, text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
}
