using Triangulate.Core.Documents;
using Triangulate.Core.Text;

namespace Triangulate.Core.Claims;

/// <summary>
/// Trains the <see cref="CueModel"/>: an averaged perceptron (Collins 2002) over every verb and adjective of documents
/// whose attribution cues are annotated, each labelled a cue when its characters overlap an annotated cue.
/// </summary>
public static class CueTrainer
{
    /// <summary>Trains a model.</summary>
    /// <param name="documents">Documents with tokens, sentences and syntax, each with its annotated cues' character spans.</param>
    /// <param name="epochs">Passes over the examples.</param>
    /// <param name="threshold">The score above which the model calls a token a cue (stored in the model).</param>
    /// <param name="minCount">Features seen fewer times than this get no weight.</param>
    /// <param name="seed">Shuffle seed.</param>
    public static CueModel Train(
        IEnumerable<(Document Document, IReadOnlyList<(int Start, int End)> Cues)> documents, int epochs, float threshold, int minCount = 2, int seed = 1)
    {
        var examples = new List<(string[] Features, int Label)>();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (document, cues) in documents)
        {
            var tokens = document.Get<Token>();
            foreach (var (token, features) in new ClaimScanner(document, ClaimLexicon.Default).CandidateFeatures())
            {
                var t = tokens[token];
                var label = cues.Any(c => c.Start < t.End && t.Start < c.End) ? 1 : -1;
                examples.Add(([.. features], label));
                foreach (var f in features)
                {
                    counts[f] = counts.GetValueOrDefault(f) + 1;
                }
            }
        }

        var weights = new Dictionary<string, (double W, double U)>(StringComparer.Ordinal);
        var random = new Random(seed);
        var step = 1L;
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(examples));
            foreach (var (features, label) in examples)
            {
                var score = 0.0;
                foreach (var f in features)
                {
                    score += weights.TryGetValue(f, out var w) ? w.W : 0;
                }

                if (score * label <= 0)
                {
                    foreach (var f in features)
                    {
                        if (counts[f] < minCount)
                        {
                            continue;
                        }

                        var (w, u) = weights.GetValueOrDefault(f);
                        weights[f] = (w + label, u + (step * label));
                    }
                }

                step++;
            }
        }

        // The averaged weight is w - u / c (Daumé's trick for averaging without summing after every example).
        var averaged = weights
            .Select(p => (p.Key, Weight: (float)(p.Value.W - (p.Value.U / step))))
            .Where(p => Math.Abs(p.Weight) >= 1e-3f)
            .ToDictionary(p => p.Key, p => p.Weight, StringComparer.Ordinal);
        return new CueModel(averaged, threshold);
    }
}
