using System.Collections.Frozen;
using Triangulate.Core.Data;
using Triangulate.Core.Entities.Recognition;

namespace Triangulate.Core.Entities;

/// <summary>
/// What the entity layer knows about the world, read from data files a user can open and extend (see
/// <see cref="DataFile"/>): places with governments, regions, nationalities, news outlets, titles and ranks, organisation
/// suffixes, geographic and facility head words, event words, outlet anaphors ("the agency") and codes that look
/// like product designations but are not.
/// </summary>
public sealed class EntityLexicon
{
    private static readonly Lazy<EntityLexicon> Shared = new(() => new EntityLexicon(DataFile.ReadLines));

    private readonly Recognition.HashMap64 _tokenBits;

    /// <summary>Loads every list through <paramref name="readLines"/> (a data file name to its lines).</summary>
    public EntityLexicon(Func<string, IReadOnlyList<string>> readLines)
    {
        Places = Phrases(readLines("entities-places.txt"));
        Nationalities = Phrases(readLines("entities-nationalities.txt"));
        Outlets = Phrases(readLines("entities-outlets.txt"));
        Titles = Phrases(readLines("entities-titles.txt"));
        OrganisationSuffixes = Phrases(readLines("entities-org-suffixes.txt"));
        Regions = Phrases(readLines("entities-regions.txt"));
        GeographicHeads = Phrases(readLines("entities-geographic-heads.txt"));
        FacilityHeads = Phrases(readLines("entities-facility-heads.txt"));
        EventHeads = Phrases(readLines("entities-event-heads.txt"));
        OutletAnaphors = Phrases(readLines("entities-outlet-anaphors.txt"));
        DescriptionAnaphors = Phrases(readLines("entities-description-anaphors.txt"));
        Organisations = readLines("entities-organisations.txt").Select(l => string.Join(' ', l.Split(' ', StringSplitOptions.RemoveEmptyEntries)))
            .Where(l => l.Length > 0).ToFrozenSet(StringComparer.Ordinal);
        OutletHeads = Phrases(readLines("entities-outlet-heads.txt"));
        NotProducts = Phrases(readLines("entities-not-products.txt"));
        ProductOwners = Phrases(readLines("entities-product-owners.txt"));
        ShipPrefixes = readLines("entities-ship-prefixes.txt").Select(l => l.Trim()).ToFrozenSet(StringComparer.Ordinal);
        (ProductHeads, ProductModifiers) = ReadProductHeads(readLines("entities-product-heads.txt"));

        // Each list gives one gazetteer bit to the words of its entries (capitalised words only, so "of" in
        // "Bank of England" does not light up).
        var bits = new Dictionary<ulong, int>();
        FrozenSet<string>[] lists =
            [Places, Regions, Nationalities, Outlets, Titles, OrganisationSuffixes, GeographicHeads, FacilityHeads, EventHeads];
        for (var b = 0; b < lists.Length; b++)
        {
            foreach (var entry in lists[b])
            {
                foreach (var word in entry.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    if (!char.IsUpper(word[0]))
                    {
                        continue;
                    }

                    var key = FeatureHash.Of(word, lower: true, foldDigits: true);
                    bits[key] = bits.GetValueOrDefault(key) | (1 << b);
                }
            }
        }

        _tokenBits = new Recognition.HashMap64(bits);
    }

    /// <summary>The lexicon from the built-in data files and the user's additions.</summary>
    public static EntityLexicon Default => Shared.Value;

    /// <summary>Countries, capitals, regions, provinces: places with a government (GPE).</summary>
    public FrozenSet<string> Places { get; }

    /// <summary>Nationalities, demonyms, religious and political groups (NORP).</summary>
    public FrozenSet<string> Nationalities { get; }

    /// <summary>News outlets: newspapers, broadcasters, agencies (MEDIA).</summary>
    public FrozenSet<string> Outlets { get; }

    /// <summary>Titles and ranks written before a name ("Brigadier General", "Foreign Minister", "Gen.").</summary>
    public FrozenSet<string> Titles { get; }

    /// <summary>Last words that mark an organisation ("Corp", "Ministry", "Corps").</summary>
    public FrozenSet<string> OrganisationSuffixes { get; }

    /// <summary>Continents and regions without a government of their own (LOC).</summary>
    public FrozenSet<string> Regions { get; }

    /// <summary>Last words of geographic features that are not GPEs ("River", "Sea", "Mountains").</summary>
    public FrozenSet<string> GeographicHeads { get; }

    /// <summary>Last words of facilities ("Airport", "Plant", "Bridge").</summary>
    public FrozenSet<string> FacilityHeads { get; }

    /// <summary>Words that make a name an event ("War", "Summit", "Olympics").</summary>
    public FrozenSet<string> EventHeads { get; }

    /// <summary>Nouns that point back to an outlet after "the" ("publication", "newspaper", "agency").</summary>
    public FrozenSet<string> OutletAnaphors { get; }

    /// <summary>Nouns that, after "the", point back to the organisation named last ("the company", "the automaker").</summary>
    public FrozenSet<string> DescriptionAnaphors { get; }

    /// <summary>Well-known organisations, as written ("Boeing", "General Motors"): organisations wherever named.</summary>
    public FrozenSet<string> Organisations { get; }

    /// <summary>Last words that make an organisation an outlet ("Times", "Post", "News").</summary>
    public FrozenSet<string> OutletHeads { get; }

    /// <summary>Letter-digit codes that are not products ("COVID-19", "G7").</summary>
    public FrozenSet<string> NotProducts { get; }

    /// <summary>
    /// Product nouns by every written form (singular and plural, exact case: "missile", "missiles", "UAVs"): what a
    /// name before them is ("a Falcor missile"), and whether the noun may also come before a vessel's name.
    /// </summary>
    public FrozenDictionary<string, ProductHead> ProductHeads { get; }

    /// <summary>Lower-case words that may stand between a product's name and its noun ("cruise", "air", "defence").</summary>
    public FrozenSet<string> ProductModifiers { get; }

    /// <summary>Makers, users and owners that are not the product before a product noun ("Airbus", "Rheinmetall").</summary>
    public FrozenSet<string> ProductOwners { get; }

    /// <summary>Prefixes of ships' names ("HMS", "USS"), exact case.</summary>
    public FrozenSet<string> ShipPrefixes { get; }

    /// <summary>The gazetteer bits of a lower-cased token hash (one bit per list), for the recogniser's features.</summary>
    internal int BitsOf(ulong lowerHash) => _tokenBits.Get(lowerHash, 0);

    // "tank", "frigate | before", "system | weak", "cruise missile": the last word is the noun (with its plurals), the
    // words before it are modifiers. A noun listed only after modifiers counts as weak on its own (the modifiers make
    // it strong where they are written).
    private static (FrozenDictionary<string, ProductHead>, FrozenSet<string>) ReadProductHeads(IReadOnlyList<string> lines)
    {
        var heads = new Dictionary<string, ProductHead>(StringComparer.Ordinal);
        var modifiers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in lines.OrderBy(l => l.Split('|')[0].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length))
        {
            var bar = line.IndexOf('|', StringComparison.Ordinal);
            var flags = bar >= 0 ? line[(bar + 1)..] : string.Empty;
            var words = (bar >= 0 ? line[..bar] : line).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0)
            {
                continue;
            }

            modifiers.UnionWith(words[..^1]);
            var noun = words[^1];
            var before = flags.Contains("before", StringComparison.Ordinal);
            var weak = words.Length > 1 || flags.Contains("weak", StringComparison.Ordinal);
            foreach (var (form, plural) in Forms(noun))
            {
                heads[form] = heads.TryGetValue(form, out var known)
                    ? new ProductHead(known.Weak && (weak || words.Length > 1), known.BeforeName || before, plural)
                    : new ProductHead(weak, before, plural);
            }
        }

        return (heads.ToFrozenDictionary(StringComparer.Ordinal), modifiers.ToFrozenSet(StringComparer.Ordinal));
    }

    private static IEnumerable<(string Form, bool Plural)> Forms(string noun)
    {
        yield return (noun, false);
        // "aircraft" and an acronym already ending in S ("AWACS") are their own plurals.
        if (noun.EndsWith("craft", StringComparison.Ordinal) || (noun.Length > 2 && noun.All(char.IsUpper) && noun.EndsWith('S')))
        {
            yield break;
        }

        yield return noun switch
        {
            _ when noun.EndsWith('y') && !char.IsUpper(noun[^1]) && noun.Length > 2 && !"aeiou".Contains(noun[^2], StringComparison.Ordinal) => (noun[..^1] + "ies", true),
            _ when noun.EndsWith('s') || noun.EndsWith('x') || noun.EndsWith("ch", StringComparison.Ordinal) || noun.EndsWith("sh", StringComparison.Ordinal) => (noun + "es", true),
            _ => (noun + "s", true),
        };
    }

    private static FrozenSet<string> Phrases(IReadOnlyList<string> lines) =>
        lines.Select(l => string.Join(' ', l.Split(' ', StringSplitOptions.RemoveEmptyEntries)))
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}

/// <summary>What a product noun allows.</summary>
/// <param name="Weak">Too common to outweigh the recogniser ("system"): the name before it must not be a person, organisation or place the recogniser found.</param>
/// <param name="BeforeName">May come right before a vessel's name ("the frigate HMS Example").</param>
/// <param name="Plural">This form is the plural ("missiles").</param>
public readonly record struct ProductHead(bool Weak, bool BeforeName, bool Plural);
