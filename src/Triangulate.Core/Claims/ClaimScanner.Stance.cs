namespace Triangulate.Core.Claims;

/// <summary>Stance of an attribution, and the working types of the scan.</summary>
internal sealed partial class ClaimScanner
{
    private string StanceOf(Attribution attribution)
    {
        var stance = attribution.Cue.Entry.Stance;
        if (stance == Stances.Assert && attribution.Cue.Negated)
        {
            return Stances.Deny;
        }

        var cueWord = _text.AsSpan(_tokens[attribution.Cue.Start].Start, _tokens[attribution.Cue.Start].Length);
        if (stance == Stances.Assert)
        {
            // "called it fake" is a denial; so is saying that something "was far-fetched" or "is a lie".
            var naming = IsNamingCue(cueWord);
            for (var i = attribution.ContentStart; i < attribution.ContentEnd && i < attribution.ContentStart + 20; i++)
            {
                if (In(_lexicon.DenyWords, i) && (naming || IsPredicateUse(i, attribution.ContentStart)))
                {
                    return Stances.Deny;
                }
            }
        }

        return stance;
    }

    /// <summary>Whether the word at <paramref name="i"/> is predicated: "was false", "is a lie", "were “far-fetched".</summary>
    private bool IsPredicateUse(int i, int start)
    {
        for (var j = i - 1; j >= start && j >= i - 3; j--)
        {
            if (IsWord(j, "was") || IsWord(j, "were") || IsWord(j, "is") || IsWord(j, "are") || IsWord(j, "as"))
            {
                return true;
            }

            if (!IsOpeningQuote(j) && !In(_lexicon.Determiners, j) && !IsLyAdverb(j) && !IsWord(j, "pure") && !IsWord(j, "simply"))
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsNamingCue(ReadOnlySpan<char> word)
    {
        foreach (var naming in NamingCues)
        {
            if (word.Equals(naming, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A reporting cue found in a sentence: its tokens [Start, End).</summary>
    private readonly record struct CueHit(int Start, int End, CueEntry Entry, bool Negated);

    /// <summary>An attribution being built: token spans of its source and content.</summary>
    private sealed class Attribution(CueHit cue)
    {
        public CueHit Cue { get; } = cue;

        public int SourceStart { get; set; } = -1;

        public int SourceEnd { get; set; } = -1;

        public int ContentStart { get; set; }

        public int ContentEnd { get; set; }

        public int RegionStart { get; set; }

        public bool Forward { get; set; }

        public bool Coordinate { get; set; }

        public Attribution? Parent { get; set; }

        public bool HasChild { get; set; }

        public bool Dropped { get; set; }

        public (int Start, int End)? Antecedent { get; set; }

        public string Stance { get; set; } = Stances.Assert;

        public List<(int Start, int End, CueHit Cue)> Inner { get; } = [];

        public List<SourceLink> Links { get; } = [];
    }
}
