namespace Triangulate.Core.Syntax.Training;

/// <summary>
/// A multi-class averaged perceptron (Collins 2002; Freund and Schapire's averaging) whose rows are sparse: each
/// feature keeps entries only for the classes an update has touched. Averaging is lazy: each weight remembers when it
/// last changed and its running total, so an update costs only the entries it touches.
/// </summary>
internal sealed class AveragedPerceptron(int classCount) : IWeights
{
    private readonly Dictionary<ulong, Row> _rows = [];
    private readonly Dictionary<ulong, int> _seen = [];
    private int _now = 1;

    public int ClassCount { get; } = classCount;

    /// <summary>
    /// A feature gets weights only once <see cref="Count"/> has seen it this often: features seen once are mostly
    /// noise the perceptron memorises, and they would make the model larger and slower.
    /// </summary>
    public int MinimumCount { get; init; } = 1;

    /// <summary>Counts the occurrences of <paramref name="features"/> (the trainer calls it in the first pass).</summary>
    public void Count(ReadOnlySpan<ulong> features)
    {
        if (MinimumCount <= 1)
        {
            return;
        }

        foreach (var f in features)
        {
            _seen[f] = _seen.GetValueOrDefault(f) + 1;
        }
    }

    /// <summary>Counts one decision: the averages weigh each weight by the decisions it stood for.</summary>
    public void Tick() => _now++;

    /// <summary>Counts <paramref name="decisions"/> decisions at once (a sentence of a beam's training).</summary>
    public void Tick(int decisions) => _now += decisions;

    /// <summary>Adds <paramref name="delta"/> to the weight of class <paramref name="cls"/> for each of <paramref name="features"/> (a global update, step by step).</summary>
    public void Add(ReadOnlySpan<ulong> features, int cls, float delta)
    {
        foreach (var f in features)
        {
            RowOf(f)?.Add(cls, delta, _now);
        }
    }

    /// <summary>The row of weights of a feature, made on its first update; null for a feature seen too rarely to learn.</summary>
    private Row? RowOf(ulong f)
    {
        if (!_rows.TryGetValue(f, out var row))
        {
            if (MinimumCount > 1 && _seen.GetValueOrDefault(f) < MinimumCount)
            {
                return null;
            }

            row = new Row();
            _rows[f] = row;
        }

        return row;
    }

    /// <summary>Adds the current weights of <paramref name="features"/> to <paramref name="scores"/>.</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        foreach (var f in features)
        {
            if (_rows.TryGetValue(f, out var row))
            {
                for (var k = 0; k < row.Count; k++)
                {
                    scores[row.Classes[k]] += row.Weights[k];
                }
            }
        }
    }

    /// <summary>Moves the weights of <paramref name="features"/> towards <paramref name="truth"/> and away from <paramref name="guess"/>.</summary>
    public void Update(ReadOnlySpan<ulong> features, int truth, int guess)
    {
        if (truth == guess)
        {
            return;
        }

        foreach (var f in features)
        {
            if (RowOf(f) is { } row)
            {
                row.Add(truth, 1, _now);
                row.Add(guess, -1, _now);
            }
        }
    }

    /// <summary>The averaged weights, dropping those too small to matter.</summary>
    public SparseWeights Average(float minimum = 1e-3f)
    {
        var keys = new List<ulong>();
        var starts = new List<int> { 0 };
        var classes = new List<ushort>();
        var weights = new List<float>();
        foreach (var (key, row) in _rows.OrderBy(r => r.Key))
        {
            var before = classes.Count;
            for (var k = 0; k < row.Count; k++)
            {
                var total = row.Totals[k] + ((double)(_now - row.Stamps[k]) * row.Weights[k]);
                var average = (float)(total / _now);
                if (Math.Abs(average) >= minimum)
                {
                    classes.Add(row.Classes[k]);
                    weights.Add(average);
                }
            }

            if (classes.Count > before)
            {
                keys.Add(key);
                starts.Add(classes.Count);
            }
        }

        return new SparseWeights(ClassCount, [.. keys], [.. starts], [.. classes], [.. weights]);
    }

    private sealed class Row
    {
        public ushort[] Classes = new ushort[2];
        public float[] Weights = new float[2];
        public double[] Totals = new double[2];
        public int[] Stamps = new int[2];
        public int Count;

        public void Add(int cls, float delta, int now)
        {
            var k = 0;
            while (k < Count && Classes[k] != cls)
            {
                k++;
            }

            if (k == Count)
            {
                if (Count == Classes.Length)
                {
                    Array.Resize(ref Classes, Count * 2);
                    Array.Resize(ref Weights, Count * 2);
                    Array.Resize(ref Totals, Count * 2);
                    Array.Resize(ref Stamps, Count * 2);
                }

                Classes[k] = (ushort)cls;
                Stamps[k] = now;
                Count++;
            }

            Totals[k] += (double)(now - Stamps[k]) * Weights[k];
            Stamps[k] = now;
            Weights[k] += delta;
        }
    }
}
