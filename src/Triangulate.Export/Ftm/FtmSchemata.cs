using System.Text.RegularExpressions;
using Triangulate.Core.Data;

namespace Triangulate.Export.Ftm;

/// <summary>
/// Which FollowTheMoney schema each entity type becomes, and the codes FollowTheMoney writes for countries and
/// languages. What it knows of the world (company and public-body words, country names, language codes) lives in
/// the data files <c>ftm-*.txt</c>, which a user extends through <c>TRIANGULATE_DATA</c>.
/// </summary>
public static class FtmSchemata
{
    private static readonly Lazy<HashSet<string>> CompanyWords = new(() =>
        new HashSet<string>(DataFile.ReadLines("ftm-company-words.txt").Select(w => w.TrimEnd('.')), StringComparer.OrdinalIgnoreCase));

    private static readonly Lazy<Regex> PublicBodyWords = new(() => new Regex(
        @"\b(?:" + string.Join('|', DataFile.ReadLines("ftm-public-body-words.txt").Select(Regex.Escape)) + @")\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant));

    private static readonly Lazy<Dictionary<string, string>> Countries = new(() => ReadPairs("ftm-countries.txt", keyFirst: false));

    private static readonly Lazy<Dictionary<string, string>> Languages = new(() => ReadPairs("ftm-languages.txt", keyFirst: true));

    /// <summary>
    /// The schema of an entity, or null when FollowTheMoney has none for its type (products, nationalities and groups
    /// are written as names mentioned by the reports instead).
    /// </summary>
    public static string? SchemaOf(CaseEntity entity) => entity.Type switch
    {
        "PERSON" => "Person",
        "ORG" => OrganisationSchema(entity),
        "MEDIA" => "Organization",
        "GPE" or "LOC" or "FAC" => "Address",
        "EVENT" => "Event",
        _ => null,
    };

    /// <summary>Whether a schema can be the <c>resolved</c> entity of a FollowTheMoney <c>Mention</c> (a legal entity).</summary>
    public static bool IsLegalEntity(string schema) => schema is "Person" or "Organization" or "Company" or "PublicBody";

    /// <summary>The ISO 3166-1 code of a place named like a country (any of its spellings), or null.</summary>
    public static string? CountryCode(CaseEntity entity) =>
        entity.Aliases.Prepend(entity.Name).Select(n => Countries.Value.GetValueOrDefault(Normalise(n))).FirstOrDefault(c => c is not null);

    /// <summary>The FollowTheMoney (ISO 639-2/3) code of an ISO 639-1 language, or null.</summary>
    public static string? LanguageCode(string language) => Languages.Value.GetValueOrDefault(language.Trim());

    private static string OrganisationSchema(CaseEntity entity)
    {
        var names = entity.Aliases.Prepend(entity.Name).ToList();
        if (names.Any(n => n.Split(' ', StringSplitOptions.RemoveEmptyEntries) is [.., var last] && CompanyWords.Value.Contains(last.TrimEnd('.', ','))))
        {
            return "Company";
        }

        return names.Any(n => PublicBodyWords.Value.IsMatch(n)) ? "PublicBody" : "Organization";
    }

    // "the United Kingdom" and "United Kingdom" name one country.
    private static string Normalise(string name)
    {
        var trimmed = name.Trim();
        return trimmed.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? trimmed[4..] : trimmed;
    }

    private static Dictionary<string, string> ReadPairs(string file, bool keyFirst)
    {
        var pairs = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in DataFile.ReadLines(file))
        {
            var parts = line.Split('\t', 2, StringSplitOptions.TrimEntries);
            if (parts.Length == 2 && parts[0].Length > 0 && parts[1].Length > 0)
            {
                // A user's line (read after the built-in ones) replaces a built-in one.
                pairs[keyFirst ? parts[0] : parts[1]] = keyFirst ? parts[1] : parts[0];
            }
        }

        return pairs;
    }
}
