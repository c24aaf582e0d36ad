using Triangulate.Core.Text;

namespace Triangulate.Core.Entities;

/// <summary>
/// One name, one reading in a report: a name the recogniser found once is a name wherever the report writes it the
/// same way (with its capitals), with the type it was found with. A tagger that reads word by word misses a name in
/// some sentences ("Boeing challenged the award") that it finds in others; the report itself says what the word is.
/// Well-known organisations (<c>entities-organisations.txt</c>) are found so too.
/// </summary>
internal static class NamePropagation
{
    private const int MaxWords = 4;

    /// <summary>The drafts, with a draft added for each uncovered repetition of a found name.</summary>
    public static List<MentionDraft> Propagate(string text, IReadOnlyList<Token> tokens, List<MentionDraft> drafts, IReadOnlySet<string> organisations)
    {

        // The names found, by their text, with the type of their first finding; a text found with two types is left out.
        var names = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var d in drafts)
        {
            var span = text[d.Start..d.End];
            if (d.Type == "MISC" && organisations.Contains(span))
            {
                // The recogniser reads "Boeing" as the miscellaneous name of "Boeing 747"s; alone it is the maker.
                d.Type = "ORG";
            }

            if (d.TokenCount > MaxWords || span.Length < 3 || !char.IsUpper(span[0]))
            {
                continue;
            }

            names[span] = names.TryGetValue(span, out var type) && type != d.Type ? null : d.Type;
        }

        // A well-known organisation (entities-organisations.txt) is one wherever written so, unless found otherwise.
        foreach (var name in organisations)
        {
            if (!names.ContainsKey(name) && text.Contains(name, StringComparison.Ordinal))
            {
                names[name] = "ORG";
            }
        }

        if (names.Count == 0)
        {
            return drafts;
        }

        var covered = new bool[tokens.Count];
        foreach (var d in drafts)
        {
            for (var t = d.FirstToken; t < d.EndToken; t++)
            {
                covered[t] = true;
            }
        }

        var added = new List<MentionDraft>();
        for (var t = 0; t < tokens.Count; t++)
        {
            if (covered[t] || !char.IsUpper(text[tokens[t].Start]))
            {
                continue;
            }

            for (var n = Math.Min(MaxWords, tokens.Count - t); n >= 1; n--)
            {
                var end = t + n;
                if (Enumerable.Range(t, n).Any(i => covered[i]))
                {
                    continue;
                }

                var span = text[tokens[t].Start..tokens[end - 1].End];
                // The name must stand as written: not the start of a longer capitalised run ("Boeing" of "Boeing Field").
                if (names.TryGetValue(span, out var type) && type is not null
                    && (end == tokens.Count || !char.IsUpper(text[tokens[end].Start])))
                {
                    added.Add(new MentionDraft(t, end, tokens[t].Start, tokens[end - 1].End, type));
                    for (var i = t; i < end; i++)
                    {
                        covered[i] = true;
                    }

                    t = end - 1;
                    break;
                }
            }
        }

        if (added.Count == 0)
        {
            return drafts;
        }

        drafts.AddRange(added);
        drafts.Sort((a, b) => a.Start.CompareTo(b.Start));
        return drafts;
    }
}
