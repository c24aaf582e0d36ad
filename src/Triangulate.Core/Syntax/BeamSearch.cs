namespace Triangulate.Core.Syntax;

/// <summary>
/// Arc-hybrid parsing with a beam (Zhang and Clark 2008; Zhang and Nivre 2011): the <see cref="Width"/> best
/// configurations by the sum of their transitions' scores are kept at each step, instead of the single best, so a
/// choice that looked worse early can win once later words are read. Every arc-hybrid parse of n words takes 2n
/// steps, so the items stay in step. A relation is still chosen greedily for each arc an item makes. The steps of
/// each item are kept (parent and transition) so that training can replay the best item's history. Not
/// thread-safe: one per analyser.
/// </summary>
internal sealed class BeamSearch
{
    private ParserState[] _items = [];
    private ParserState[] _next = [];
    private float[] _scores = [];
    private float[] _nextScores = [];
    private Candidate[] _candidates = [];
    private Step[] _history = [];
    private bool[] _gold = [];
    private bool[] _nextGold = [];

    /// <summary>Makes a beam of <paramref name="width"/> items.</summary>
    public BeamSearch(int width)
    {
        Width = width;
        _items = NewStates(width);
        _next = NewStates(width);
        _scores = new float[width];
        _nextScores = new float[width];
        _candidates = new Candidate[width * ParserState.Transitions];
        _gold = new bool[width];
        _nextGold = new bool[width];
    }

    /// <summary>Configurations kept at each step.</summary>
    public int Width { get; }

    /// <summary>Items in the beam now.</summary>
    public int Count { get; private set; }

    /// <summary>Steps taken so far.</summary>
    public int Steps { get; private set; }

    /// <summary>The best item now (the items are kept best first).</summary>
    public ParserState Best => _items[0];

    /// <summary>The score of item <paramref name="k"/>.</summary>
    public float Score(int k) => _scores[k];

    /// <summary>Whether item <paramref name="k"/> has followed the gold path so far (training).</summary>
    public bool IsGold(int k) => _gold[k];

    /// <summary>Starts a sentence of <paramref name="count"/> words.</summary>
    public void Reset(int count)
    {
        _items[0].Reset(count);
        _scores[0] = 0;
        _gold[0] = true;
        Count = 1;
        Steps = 0;
        var steps = 2 * count;
        if (_history.Length < steps * Width)
        {
            _history = new Step[Math.Max(steps * Width, _history.Length * 2)];
        }
    }

    /// <summary>Whether the parse is complete.</summary>
    public bool IsTerminal => _items[0].IsTerminal;

    /// <summary>
    /// Expands every item by each transition it allows and keeps the best <see cref="Width"/>. In training,
    /// <paramref name="goldTransition"/> (else -1) marks which new items still follow the gold path.
    /// </summary>
    public void Advance(IWeights transitions, IWeights labels, WordFeatures words, ReadOnlySpan<UniversalPos> tags, Span<ulong> features, Span<float> scores, Span<float> labelScores, int goldTransition = -1)
    {
        var candidates = 0;
        for (var k = 0; k < Count; k++)
        {
            var state = _items[k];
            if (!state.CanLeft && !state.CanRight)
            {
                _candidates[candidates++] = new Candidate(k, ParserState.Shift, _scores[k]);
                continue;
            }

            if (!state.CanShift && !state.CanLeft)
            {
                _candidates[candidates++] = new Candidate(k, ParserState.Right, _scores[k]);
                continue;
            }

            scores.Clear();
            var n = ParserFeatures.Extract(state, words, tags, features);
            transitions.Score(features[..n], scores);
            for (var t = 0; t < ParserState.Transitions; t++)
            {
                if (state.CanApply(t))
                {
                    _candidates[candidates++] = new Candidate(k, t, _scores[k] + scores[t]);
                }
            }
        }

        // Partial selection sort: the beam is small.
        var kept = Math.Min(Width, candidates);
        for (var j = 0; j < kept; j++)
        {
            var best = j;
            for (var c = j + 1; c < candidates; c++)
            {
                if (_candidates[c].Score > _candidates[best].Score)
                {
                    best = c;
                }
            }

            (_candidates[j], _candidates[best]) = (_candidates[best], _candidates[j]);
            var candidate = _candidates[j];
            var parent = _items[candidate.Parent];
            var item = _next[j];
            item.CopyFrom(parent);
            var label = candidate.Transition == ParserState.Shift ? 0 : Label(labels, parent, candidate.Transition, words, tags, features, labelScores);
            item.Apply(candidate.Transition, label);
            _nextScores[j] = candidate.Score;
            _nextGold[j] = goldTransition >= 0 && _gold[candidate.Parent] && candidate.Transition == goldTransition;
            _history[(Steps * Width) + j] = new Step(candidate.Parent, candidate.Transition, label);
        }

        (_items, _next) = (_next, _items);
        (_scores, _nextScores) = (_nextScores, _scores);
        (_gold, _nextGold) = (_nextGold, _gold);
        Count = kept;
        Steps++;
    }

    /// <summary>The transitions and relations item <paramref name="k"/> took after <paramref name="step"/> steps, from the first.</summary>
    public void History(int step, int k, Span<(int Transition, int Label)> path)
    {
        for (var s = step - 1; s >= 0; s--)
        {
            var entry = _history[(s * Width) + k];
            path[s] = (entry.Transition, entry.Label);
            k = entry.Parent;
        }
    }

    /// <summary>The relation of the arc <paramref name="transition"/> would make in <paramref name="state"/>.</summary>
    public static int Label(IWeights labels, ParserState state, int transition, WordFeatures words, ReadOnlySpan<UniversalPos> tags, Span<ulong> features, Span<float> labelScores)
    {
        labelScores.Clear();
        var n = LabelFeatures.Extract(state, words, tags, state.HeadFor(transition == ParserState.Left), state.Stack(0), features);
        labels.Score(features[..n], labelScores);
        return PosTagger.ArgMax(labelScores[..labels.ClassCount]);
    }

    private static ParserState[] NewStates(int width)
    {
        var states = new ParserState[width];
        for (var k = 0; k < width; k++)
        {
            states[k] = new ParserState();
        }

        return states;
    }

    private readonly record struct Candidate(int Parent, int Transition, float Score);

    private readonly record struct Step(int Parent, int Transition, int Label);
}
