namespace Triangulate.Resolution.Names;

/// <summary>
/// What a name's words say about its referent, before the words are normalised: where a place phrase starts
/// ("X in Y", "X, Y": the name is X) and whether it lists several names ("Egypt and India": neither alone).
/// </summary>
internal static class NameForms
{
    // A name followed by one of these words and more text is placed somewhere: "Sam's Club in Bloomington".
    private static readonly string[] PlaceWords = [" in ", " at ", " near ", " off ", " outside ", " inside ", " between ", " on "];

    private static readonly string[] ListSeparators = [", ", " and ", " & "];

    /// <summary>The text up to a place phrase or an apposition after a comma (the whole text when there is none).</summary>
    public static string ReferentOf(string text)
    {
        var firstSpace = text.IndexOf(' ', StringComparison.Ordinal);
        if (firstSpace < 0)
        {
            return text;
        }

        var cut = text.Length;
        foreach (var word in PlaceWords)
        {
            var i = text.IndexOf(word, firstSpace, StringComparison.Ordinal);
            if (i > 0 && i < cut)
            {
                cut = i;
            }
        }

        // "Mannheim, Germany" is Mannheim; "Europe, Africa and Asia" is a list, cut only at a place word.
        var comma = text.IndexOf(", ", StringComparison.Ordinal);
        if (comma > 0 && comma < cut && !IsList(text[comma..cut]))
        {
            cut = comma;
        }

        var referent = text[..cut].TrimEnd();
        return referent.Any(char.IsLetter) ? referent : text;
    }

    /// <summary>The names of a list ("Egypt and India", "Europe, Africa and Asia"), or none.</summary>
    public static IReadOnlyList<string> ConjunctsOf(string referent)
    {
        if (!IsList(referent))
        {
            return PlacePairOf(referent);
        }

        var parts = referent.Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return parts.Length > 1 && parts.All(p => p.Any(char.IsUpper)) ? parts : [];
    }

    private static readonly Lazy<HashSet<string>> Places = new(() =>
        new HashSet<string>(Core.Data.DataFile.ReadLines("entities-places.txt"), StringComparer.OrdinalIgnoreCase));

    /// <summary>
    /// "Peru-Chile" (a deal, talks, a border): places joined by hyphens, each a known place, name the pair and neither
    /// alone; a hyphenated name whose parts are not all places ("Hewlett-Packard", "Guinea-Bissau" as one listed
    /// place) is one name.
    /// </summary>
    private static IReadOnlyList<string> PlacePairOf(string referent)
    {
        if (referent.Contains(' ', StringComparison.Ordinal) || !referent.Contains('-', StringComparison.Ordinal)
            || Places.Value.Contains(referent))
        {
            return [];
        }

        var parts = referent.Split('-', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length > 1 && parts.All(Places.Value.Contains) ? parts : [];
    }

    private static bool IsList(string text) =>
        text.Contains(" and ", StringComparison.Ordinal) || text.Contains(" & ", StringComparison.Ordinal);
}
