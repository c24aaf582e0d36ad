using Triangulate.Core.Text;

namespace Triangulate.Core.Entities.Recognition;

/// <summary>
/// Trains the recogniser as an averaged structured perceptron (Collins, 2002) with the same beam search the
/// tagger uses, so the previous-label and document-history features see at training time what they will see when
/// tagging. The update covers, by default, the prefix of the sentence where the beam's best path outscores the
/// gold one by most (max-violation, Huang, Fayong and Guo 2012), which stays a valid perceptron update when the
/// gold path fell out of the beam. Written by hand because no package on the mirror trains a sequence labeller over custom hashed
/// features; the algorithm is a few dozen lines.
/// </summary>
public sealed partial class NerTrainer(EntityLexicon lexicon)
{
    private readonly Dictionary<ulong, int> _rows = [];
    private float[] _weights = new float[1 << 20];
    private double[] _totals = new double[1 << 20];
    private long _clock = 1;
    private Dictionary<ulong, int> _clusters = [];
    private NameGazetteer _names = NameGazetteer.Empty;
    private readonly NerBeam _beam = new();
    private byte[] _path = new byte[256];

    /// <summary>Passes over the training data.</summary>
    public int Epochs { get; init; } = 10;

    /// <summary>Number of fine word clusters to induce (0: no cluster features).</summary>
    public int FineClusters { get; init; } = 512;

    /// <summary>Number of coarse word clusters.</summary>
    public int CoarseClusters { get; init; } = 64;

    /// <summary>Whether the names of the training data become a gazetteer feature.</summary>
    public bool UseNameGazetteer { get; init; } = true;

    /// <summary>Paths the beam search keeps while training and, stored in the model, while tagging (1: greedy).</summary>
    public int BeamWidth { get; init; } = 8;

    /// <summary>Sentences whose annotated names join the name gazetteer (never trained on as sentences).</summary>
    public IReadOnlyList<LabeledSentence> GazetteerSentences { get; init; } = [];

    /// <summary>Independent training runs (shuffle seeds Seed, Seed+1, ...) whose weights are averaged.</summary>
    public int Runs { get; init; } = 1;

    /// <summary>Which prefix of a sentence the perceptron update covers (by default up to the point of maximum violation).</summary>
    public NerUpdate UpdateMode { get; init; } = NerUpdate.MaxViolation;

    /// <summary>Progress messages, may be null.</summary>
    public Action<string>? Log { get; init; }

    /// <summary>Seed of the document shuffle, for reproducible models.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Trains on documents (lists of sentences); <paramref name="afterEpoch"/> sees each epoch's model.</summary>
    /// <param name="documents">Training documents, sentences in order.</param>
    /// <param name="unlabeledText">Extra raw text to learn which words are usually lower case.</param>
    /// <param name="afterEpoch">Called with the epoch number and its averaged model (for a dev score), may be null.</param>
    public NerModel Train(
        IReadOnlyList<IReadOnlyList<LabeledSentence>> documents,
        IEnumerable<string> unlabeledText,
        Action<int, NerModel>? afterEpoch)
    {
        var raw = unlabeledText.Select(t =>
        {
            var (tokens, sentences) = Tokenizer.Default.Split(t);
            return sentences.Select(s => (IReadOnlyList<string>)[.. tokens.Skip(s.FirstToken).Take(s.TokenCount).Select(k => t[k.Start..k.End])]);
        }).SelectMany(s => s).ToList();
        var labelled = documents.SelectMany(d => d).Select(s => (IReadOnlyList<string>)s.Words).ToList();
        var lowercase = CommonLowercase(labelled.Concat(raw));
        _clusters = FineClusters > 0
            ? WordClusters.Induce(labelled.Concat(raw), FineClusters, CoarseClusters, minCount: 3, Seed, Log)
            : [];
        var texts = documents.Select(d => d.Select(s => s.ToText()).ToArray()).ToArray();
        var orders = texts.Select(d => Enumerable.Range(0, d.Length)
            .OrderBy(s => TokenForms.IsHeadline(d[s].Text, d[s].Tokens) ? 1 : 0).ToArray()).ToArray();
        var tags = documents.Select(d => d.Select(s => NerTags.FromBio(s.Labels)).ToArray()).ToArray();
        var documentNames = documents.Select(d => NameGazetteer.Build(d.SelectMany(Names))).ToArray();
        _names = UseNameGazetteer ? NameGazetteer.Build(documents.SelectMany(d => d).Concat(GazetteerSentences).SelectMany(Names)) : NameGazetteer.Empty;
        var forms = new TokenForms();
        var labels = new byte[256];
        var current = Snapshot(lowercase, average: false);
        var mixed = new Dictionary<ulong, float[]>();
        for (var run = 0; run < Runs; run++)
        {
            _rows.Clear();
            Array.Clear(_weights);
            Array.Clear(_totals);
            _clock = 1;
            var order = Enumerable.Range(0, documents.Count).ToArray();
            var random = new Random(Seed + run);
            for (var epoch = 1; epoch <= Epochs; epoch++)
            {
                random.Shuffle(order);
                foreach (var d in order)
                {
                    var history = new NerHistory();
                    forms.LeaveOut = documentNames[d];
                    foreach (var s in orders[d])
                    {
                        labels = Learn(texts[d][s], tags[d][s], forms, history, labels, current);
                    }
                }

                afterEpoch?.Invoke((run * Epochs) + epoch, Mix(mixed, run, Snapshot(lowercase, average: true), lowercase));
            }

            Accumulate(mixed, Snapshot(lowercase, average: true));
        }

        return Mix(mixed, Runs, null, lowercase);
    }

    // Adds a model's weights to the running sum of the finished runs.
    private static void Accumulate(Dictionary<ulong, float[]> sum, NerModel model)
    {
        var keys = model.Weights.Keys;
        for (var k = 0; k < keys.Length; k++)
        {
            if (!sum.TryGetValue(keys[k], out var row))
            {
                sum[keys[k]] = row = new float[NerTags.Count];
            }

            var w = model.Weights.Weights.AsSpan(k * NerTags.Count, NerTags.Count);
            for (var l = 0; l < row.Length; l++)
            {
                row[l] += w[l];
            }
        }
    }

    // The mean of the finished runs' weights and, if given, the current run's (parameter mixing).
    private NerModel Mix(Dictionary<ulong, float[]> finished, int runs, NerModel? latest, HashSet<ulong> lowercase)
    {
        if (runs == 0 && latest is not null)
        {
            return latest;
        }

        var sum = new Dictionary<ulong, float[]>(finished.Count);
        foreach (var (key, row) in finished)
        {
            sum[key] = (float[])row.Clone();
        }

        if (latest is not null)
        {
            Accumulate(sum, latest);
        }

        var count = runs + (latest is null ? 0 : 1);
        var keys = sum.Keys.Order().ToArray();
        var weights = new float[keys.Length * NerTags.Count];
        for (var k = 0; k < keys.Length; k++)
        {
            var row = sum[keys[k]];
            for (var l = 0; l < row.Length; l++)
            {
                weights[(k * NerTags.Count) + l] = row[l] / count;
            }
        }

        return new NerModel(new WeightTable(keys, weights), lowercase, _clusters, _names, lexicon, BeamWidth);
    }

    // Tags one sentence with the current weights (the tagger's beam search) and, where the best path differs from the
    // gold one, adds the gold path's features and subtracts the predicted path's (the structured perceptron update).
    private byte[] Learn((string Text, Token[] Tokens) sentence, byte[] gold, TokenForms forms, NerHistory history, byte[] labels, NerModel current)
    {
        var (text, tokens) = sentence;
        if (labels.Length < tokens.Length)
        {
            labels = new byte[tokens.Length * 2];
        }

        forms.Fill(text, tokens, current);
        _beam.Decode(forms, history, new Scorer(this), BeamWidth, labels);
        if (_path.Length < tokens.Length)
        {
            _path = new byte[tokens.Length * 2];
        }

        // The prefix to update and the predicted path over it: the whole sentence, or up to the step the update
        // mode picks (where the gold prefix left the beam, or where it trails the beam's best by most).
        var stop = UpdateMode == NerUpdate.Full ? -1 : UpdatePoint(forms, history, gold);
        byte[] path;
        if (stop < 0)
        {
            stop = tokens.Length - 1;
            path = labels;
        }
        else
        {
            _beam.Backtrack(stop, 0, _path);
            path = _path;
        }

        Span<ulong> features = stackalloc ulong[NerFeatures.MaxPerToken];
        for (var i = 0; i <= stop; i++)
        {
            var predicted = path[i];
            if (predicted != gold[i])
            {
                var n = NerFeatures.ExtractStatic(forms, i, history.TypeOf(forms, i), features);
                for (var k = 0; k < n; k++)
                {
                    Update(features[k], gold[i], 1f);
                    Update(features[k], predicted, -1f);
                }
            }

            var goldPrevious = i >= 1 ? gold[i - 1] : NerLabels.Outside;
            var goldBefore = i >= 2 ? gold[i - 2] : NerLabels.Outside;
            var previous = i >= 1 ? path[i - 1] : NerLabels.Outside;
            var before = i >= 2 ? path[i - 2] : NerLabels.Outside;
            if (predicted != gold[i] || previous != goldPrevious || before != goldBefore)
            {
                var n = NerFeatures.ExtractDynamic(forms, i, goldPrevious, goldBefore, features);
                for (var k = 0; k < n; k++)
                {
                    Update(features[k], gold[i], 1f);
                }

                n = NerFeatures.ExtractDynamic(forms, i, previous, before, features);
                for (var k = 0; k < n; k++)
                {
                    Update(features[k], predicted, -1f);
                }
            }

            _clock++;
        }

        _clock += tokens.Length - 1 - stop;
        labels.AsSpan(0, tokens.Length).CopyTo(_path);
        NerTags.ToBio(_path.AsSpan(0, tokens.Length));
        history.Record(forms, _path.AsSpan(0, tokens.Length));
        return labels;
    }

    // Scores with the weights being learnt (not averaged).
    private readonly struct Scorer(NerTrainer trainer) : IFeatureScorer
    {
        public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
        {
            for (var k = 0; k < features.Length; k++)
            {
                if (trainer._rows.TryGetValue(features[k], out var row))
                {
                    var w = trainer._weights.AsSpan(row * NerTags.Count, NerTags.Count);
                    for (var l = 0; l < NerTags.Count; l++)
                    {
                        scores[l] += w[l];
                    }
                }
            }
        }
    }

    private void Update(ulong feature, byte label, float delta)
    {
        if (!_rows.TryGetValue(feature, out var row))
        {
            row = _rows.Count;
            _rows[feature] = row;
            if ((row + 1) * NerTags.Count > _weights.Length)
            {
                Array.Resize(ref _weights, _weights.Length * 2);
                Array.Resize(ref _totals, _totals.Length * 2);
            }
        }

        var index = (row * NerTags.Count) + label;
        _weights[index] += delta;
        _totals[index] += _clock * (double)delta;
    }

    // The averaged weights w - totals/clock (Daumé's trick), keeping only features with a non-negligible weight.
    private NerModel Snapshot(HashSet<ulong> lowercase, bool average)
    {
        var keys = new List<ulong>(_rows.Count);
        var weights = new List<float>(_rows.Count * NerTags.Count);
        Span<float> row = stackalloc float[NerTags.Count];
        foreach (var (key, index) in _rows)
        {
            var keep = false;
            for (var l = 0; l < NerTags.Count; l++)
            {
                var i = (index * NerTags.Count) + l;
                row[l] = average ? (float)(_weights[i] - (_totals[i] / _clock)) : _weights[i];
                keep |= Math.Abs(row[l]) >= 1e-3f;
            }

            if (keep)
            {
                keys.Add(key);
                foreach (var w in row)
                {
                    weights.Add(w);
                }
            }
        }

        return new NerModel(new WeightTable([.. keys], [.. weights]), lowercase, _clusters, _names, lexicon, BeamWidth);
    }
}
