namespace Triangulate.Core.Coreference;

/// <summary>
/// The candidate antecedents of each mention of one document, nearest first, asked for in document order: every
/// mention within <see cref="CorefFeatures.MentionWindow"/> mentions before it (for a pronoun, within
/// <see cref="CorefFeatures.PronounSentenceWindow"/> sentences), and, further back, the nearest earlier mention of
/// each form (its words) that shares the mention's head or words. Beyond the window the distance features are
/// saturated, so two earlier mentions of one form score alike; keeping the nearest only makes a name repeated a
/// thousand times in a long story one candidate, not a thousand, and the cost per mention stays bounded.
/// </summary>
internal sealed class CandidateFinder(List<CorefMention> mentions)
{
    // head -> (words -> the nearest mention of that form that is beyond the window)
    private readonly Dictionary<ulong, Dictionary<ulong, int>> _far = [];

    // words -> the nearest mention with those words beyond the window, whatever its head
    private readonly Dictionary<ulong, int> _farWords = [];
    private readonly List<int> _farFound = [];
    private int _indexed;
    private int _last = -1;

    /// <summary>Fills <paramref name="into"/> with the candidates of mention <paramref name="j"/>.</summary>
    public void For(int j, List<int> into)
    {
        if (j <= _last)
        {
            throw new InvalidOperationException("candidates are asked for in document order");
        }

        _last = j;
        into.Clear();
        var m = mentions[j];
        var windowStart = Math.Max(0, j - CorefFeatures.MentionWindow);
        for (var i = j - 1; i >= windowStart; i--)
        {
            var a = mentions[i];
            if (m.Kind == MentionKind.Pronoun && m.Sentence - a.Sentence > CorefFeatures.PronounSentenceWindow)
            {
                return;
            }

            if (!a.Overlaps(m))
            {
                into.Add(i);
            }
        }

        for (; _indexed < windowStart; _indexed++)
        {
            var a = mentions[_indexed];
            if (!_far.TryGetValue(a.HeadHash, out var forms))
            {
                _far[a.HeadHash] = forms = [];
            }

            forms[a.WordsHash] = _indexed;
            _farWords[a.WordsHash] = _indexed;
        }

        if (m.Kind == MentionKind.Pronoun)
        {
            return;
        }

        _farFound.Clear();
        if (_far.TryGetValue(m.HeadHash, out var sameHead))
        {
            _farFound.AddRange(sameHead.Values);
        }

        // the same words under another head (the head is found from the tree, which can differ between two mentions)
        if (_farWords.TryGetValue(m.WordsHash, out var same) && mentions[same].HeadHash != m.HeadHash)
        {
            _farFound.Add(same);
        }

        _farFound.Sort((x, y) => y.CompareTo(x));
        foreach (var i in _farFound)
        {
            if (!mentions[i].Overlaps(m))
            {
                into.Add(i);
            }
        }
    }
}
