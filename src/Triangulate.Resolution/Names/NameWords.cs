using Triangulate.Core.Data;

namespace Triangulate.Resolution.Names;

/// <summary>
/// What the words of a name say about it, for telling a short form of a name ("Lockheed" of "Lockheed Martin") from
/// a qualified form that is another thing ("Royal Air Force" beside "Air Force"): places, nationalities,
/// organisation heads (<c>entities-org-suffixes.txt</c>), descriptors (<c>resolution-name-descriptors.txt</c>) and
/// generic words (<c>resolution-generic-name-words.txt</c>), all normalised as <see cref="NameForm"/> normalises.
/// </summary>
internal sealed class NameWords
{
    private static readonly Lazy<NameWords> Instance = new(Load);

    private NameWords(HashSet<string> places, HashSet<string> placeWords, HashSet<string> nationalities, HashSet<string> orgHeads, HashSet<string> descriptors, HashSet<string> generic)
    {
        Places = places;
        PlaceWords = placeWords;
        Nationalities = nationalities;
        OrgHeads = orgHeads;
        Descriptors = descriptors;
        Generic = generic;
    }

    /// <summary>The shared instance.</summary>
    public static NameWords Default => Instance.Value;

    /// <summary>Normalised place names ("hong kong").</summary>
    public HashSet<string> Places { get; }

    /// <summary>Words of place names.</summary>
    public HashSet<string> PlaceWords { get; }

    /// <summary>Nationality words ("russian").</summary>
    public HashSet<string> Nationalities { get; }

    /// <summary>Last words that mark an organisation ("bank", "force", "corps").</summary>
    public HashSet<string> OrgHeads { get; }

    /// <summary>Words that say what kind of thing a name is ("index", "airlines").</summary>
    public HashSet<string> Descriptors { get; }

    /// <summary>Generic words of institution names ("air", "central", "capital").</summary>
    public HashSet<string> Generic { get; }

    /// <summary>A word that identifies nothing by itself.</summary>
    public bool IsGeneric(string token, ResolutionData data) =>
        Generic.Contains(token) || OrgHeads.Contains(token) || Descriptors.Contains(token) || Nationalities.Contains(token)
        || data.Qualifiers.Contains(token) || data.CorporateSuffixes.Contains(token);

    /// <summary>A country or nationality word, which may qualify a name without making another thing of it ("Russian RTS").</summary>
    public bool IsCountryWord(string token) => Nationalities.Contains(token) || PlaceWords.Contains(token);

    private static NameWords Load()
    {
        var data = ResolutionData.Default;
        string Norm(string line) => string.Join(' ', NameForm.Words(line, data));
        var places = DataFile.ReadLines("entities-places.txt").Select(Norm).Where(p => p.Length > 0).ToHashSet(StringComparer.Ordinal);
        var placeWords = places.SelectMany(p => p.Split(' ')).Where(w => w.Length > 1).ToHashSet(StringComparer.Ordinal);
        HashSet<string> Words(string file) =>
            DataFile.ReadLines(file).SelectMany(l => NameForm.Words(l, data)).ToHashSet(StringComparer.Ordinal);
        return new NameWords(places, placeWords, Words("entities-nationalities.txt"), Words("entities-org-suffixes.txt"), Words("resolution-name-descriptors.txt"), Words("resolution-generic-name-words.txt"));
    }
}
