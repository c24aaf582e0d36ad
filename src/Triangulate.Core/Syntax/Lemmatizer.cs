using Triangulate.Core.Entities.Recognition;

namespace Triangulate.Core.Syntax;

/// <summary>
/// Lemmas from rules learnt on a treebank: every (form, part of speech) seen in training keeps its most frequent
/// lemma (the exception list: "went" VERB is "go", "data" NOUN is "data"), and any other word takes the edit of the
/// longest suffix rule for its part of speech ("-ies" NOUN strips three letters and adds "y"). An edit strips letters
/// from the end and appends others, on the word lower-cased or as written (proper nouns keep their case).
/// </summary>
internal sealed class Lemmatizer
{
    /// <summary>Longest suffix a rule looks at.</summary>
    public const int MaxSuffix = 6;

    private readonly Dictionary<ulong, LemmaEdit> _known;
    private readonly Dictionary<ulong, LemmaEdit> _suffixes;

    // The same edits for lookups: a map from key to index in one slot (one cache miss instead of the two of a
    // dictionary's bucket and entry; up to eight lookups a word), then the edit.
    private readonly HashMap64 _knownIndex;
    private readonly LemmaEdit[] _knownEdits;
    private readonly HashMap64 _suffixIndex;
    private readonly LemmaEdit[] _suffixEdits;

    public Lemmatizer(Dictionary<ulong, LemmaEdit> known, Dictionary<ulong, LemmaEdit> suffixes)
    {
        _known = known;
        _suffixes = suffixes;
        (_knownIndex, _knownEdits) = Index(known);
        (_suffixIndex, _suffixEdits) = Index(suffixes);
    }

    public IReadOnlyDictionary<ulong, LemmaEdit> Known => _known;

    public IReadOnlyDictionary<ulong, LemmaEdit> Suffixes => _suffixes;

    /// <summary>The key of a known (lower-cased form, tag) pair.</summary>
    public static ulong KnownKey(ulong lowerHash, UniversalPos tag) => FeatureHash.Mix(301, lowerHash, (ulong)tag);

    /// <summary>The key of a suffix rule.</summary>
    public static ulong SuffixKey(ReadOnlySpan<char> lowerSuffix, UniversalPos tag) =>
        FeatureHash.Mix(302, FeatureHash.Of(lowerSuffix, lower: false, foldDigits: false), (ulong)tag);

    /// <summary>The lemma of <paramref name="form"/> tagged <paramref name="tag"/>.</summary>
    public string Lemmatize(ReadOnlySpan<char> form, UniversalPos tag)
    {
        Span<char> lower = form.Length <= 64 ? stackalloc char[form.Length] : new char[form.Length];
        form.ToLowerInvariant(lower);
        var known = _knownIndex.Get(KnownKey(FeatureHash.Of(lower, lower: false, foldDigits: false), tag), -1);
        if (known >= 0)
        {
            return _knownEdits[known].Apply(form);
        }

        for (var k = Math.Min(MaxSuffix, form.Length); k >= 0; k--)
        {
            var rule = _suffixIndex.Get(SuffixKey(lower[^k..], tag), -1);
            if (rule >= 0 && _suffixEdits[rule].Strip <= form.Length)
            {
                return _suffixEdits[rule].Apply(form);
            }
        }

        return tag == UniversalPos.PROPN ? form.ToString() : lower.ToString();
    }

    private static (HashMap64 Index, LemmaEdit[] Edits) Index(Dictionary<ulong, LemmaEdit> edits)
    {
        var keys = edits.Keys.ToArray();
        return (new HashMap64(keys.Select((k, i) => KeyValuePair.Create(k, i))), [.. keys.Select(k => edits[k])]);
    }
}

/// <summary>
/// How a lemma is made from its form: strip <paramref name="Strip"/> characters from the end, append
/// <paramref name="Append"/>, on the lower-cased form when <paramref name="Lower"/>. When the whole lemma is known
/// in advance (<paramref name="Whole"/>), it is returned as is, so frequent words allocate nothing.
/// </summary>
internal sealed record LemmaEdit(int Strip, string Append, bool Lower, string? Whole = null)
{
    /// <summary>The edit that turns <paramref name="form"/> into <paramref name="lemma"/> with the least stripped.</summary>
    public static LemmaEdit Learn(string form, string lemma)
    {
        var kept = Between(form, lemma, lower: false);
        var lowered = Between(form.ToLowerInvariant(), lemma, lower: true);
        return kept.Strip < lowered.Strip ? kept : lowered;
    }

    /// <summary>Applies the edit.</summary>
    public string Apply(ReadOnlySpan<char> form)
    {
        if (Whole is not null)
        {
            return Whole;
        }

        var keep = Math.Max(0, form.Length - Strip);
        if (!Lower)
        {
            return string.Concat(form[..keep], Append);
        }

        Span<char> lower = keep <= 64 ? stackalloc char[keep] : new char[keep];
        form[..keep].ToLowerInvariant(lower);
        return string.Concat(lower, Append);
    }

    private static LemmaEdit Between(string form, string lemma, bool lower)
    {
        var p = 0;
        while (p < form.Length && p < lemma.Length && form[p] == lemma[p])
        {
            p++;
        }

        return new LemmaEdit(form.Length - p, lemma[p..], lower);
    }
}
