using System.Globalization;
using Triangulate.Core.Data;

namespace Triangulate.Resolution.Propositions;

/// <summary>
/// Logistic regression over <see cref="ClaimPairFeatures"/>: the probability that two claims state one proposition.
/// Trained on ECB+ event coreference (<c>triangulate train clusters</c>) and shipped as <c>claim-pairs.model</c>, a
/// text file of weights by feature name, with the link threshold chosen on held-out topics.
/// </summary>
public sealed class ClaimPairModel
{
    /// <summary>The name of the built-in model file.</summary>
    public const string FileName = "claim-pairs.model";

    /// <summary>A model of the given weights (by feature name), bias and thresholds.</summary>
    public ClaimPairModel(IReadOnlyDictionary<string, double> weights, double bias, double threshold, double joinThreshold)
    {
        Weights = ClaimPairFeatures.Names.Select(n => weights.GetValueOrDefault(n)).ToArray();
        Bias = bias;
        Threshold = threshold;
        JoinThreshold = joinThreshold;
    }

    /// <summary>The model in use: the built-in file (or the user's, in the data folder); replaced while training.</summary>
    public static ClaimPairModel Current { get; set; } = Load(DataFile.ReadLines(FileName));

    /// <summary>Weights in the order of <see cref="ClaimPairFeatures.Names"/>.</summary>
    public double[] Weights { get; }

    /// <summary>The intercept.</summary>
    public double Bias { get; }

    /// <summary>Probability at or above which a pair of claims is linked.</summary>
    public double Threshold { get; }

    /// <summary>Probability the first claims of two clusters must reach for the clusters to join through a link.</summary>
    public double JoinThreshold { get; }

    /// <summary>This model with other thresholds (to choose them on held-out data).</summary>
    public ClaimPairModel WithThresholds(double threshold, double joinThreshold) =>
        new(ClaimPairFeatures.Names.Select((n, i) => (n, Weights[i])).ToDictionary(x => x.n, x => x.Item2), Bias, threshold, joinThreshold);

    /// <summary>The probability that a pair with features <paramref name="features"/> states one proposition.</summary>
    public double Probability(double[] features)
    {
        var z = Bias;
        for (var i = 0; i < features.Length; i++)
        {
            z += Weights[i] * features[i];
        }

        return 1 / (1 + Math.Exp(-z));
    }

    /// <summary>Reads a model file: <c>bias</c>, <c>threshold</c>, <c>join-threshold</c> and one weight per feature name, a name and a number a line.</summary>
    public static ClaimPairModel Load(IEnumerable<string> lines)
    {
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            var parts = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 2 && double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var v))
            {
                values[parts[0]] = v;
            }
            else
            {
                throw new FormatException($"{FileName}: not a name and a number: \"{line}\"");
            }
        }

        return new ClaimPairModel(values, values.GetValueOrDefault("bias"), values.GetValueOrDefault("threshold", 0.5), values.GetValueOrDefault("join-threshold", 0.3));
    }

    /// <summary>The model file's text (with a header of comment lines).</summary>
    public string Write(IEnumerable<string> header)
    {
        var inv = CultureInfo.InvariantCulture;
        var lines = header.Select(h => "# " + h).ToList();
        lines.Add(string.Create(inv, $"bias {Bias:0.######}"));
        lines.Add(string.Create(inv, $"threshold {Threshold:0.###}"));
        lines.Add(string.Create(inv, $"join-threshold {JoinThreshold:0.###}"));
        lines.AddRange(ClaimPairFeatures.Names.Select((n, i) => string.Create(inv, $"{n} {Weights[i]:0.######}")));
        return string.Join('\n', lines) + "\n";
    }

    /// <summary>
    /// Fits the weights by gradient descent on the log loss with a small L2 penalty, positives weighted to balance
    /// the classes (most candidate pairs are not one proposition); deterministic.
    /// </summary>
    /// <param name="samples">Feature vectors with their labels.</param>
    /// <param name="epochs">Passes over the data.</param>
    public static ClaimPairModel Train(IReadOnlyList<(double[] Features, bool Same)> samples, int epochs = 3000)
    {
        var n = ClaimPairFeatures.Names.Length;
        var w = new double[n];
        var bias = 0.0;
        var positives = Math.Max(1, samples.Count(s => s.Same));
        var negatives = Math.Max(1, samples.Count - positives);
        var positiveWeight = (double)negatives / positives;
        const double rate = 0.5;
        const double l2 = 1e-4;
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            var gradient = new double[n];
            var gradientBias = 0.0;
            var total = 0.0;
            foreach (var (x, same) in samples)
            {
                var z = bias;
                for (var i = 0; i < n; i++)
                {
                    z += w[i] * x[i];
                }

                var p = 1 / (1 + Math.Exp(-z));
                var weight = same ? positiveWeight : 1;
                var error = weight * (p - (same ? 1 : 0));
                for (var i = 0; i < n; i++)
                {
                    gradient[i] += error * x[i];
                }

                gradientBias += error;
                total += weight;
            }

            for (var i = 0; i < n; i++)
            {
                w[i] -= rate * ((gradient[i] / total) + (l2 * w[i]));
            }

            bias -= rate * gradientBias / total;
        }

        return new ClaimPairModel(ClaimPairFeatures.Names.Select((name, i) => (name, w[i])).ToDictionary(x => x.name, x => x.Item2), bias, 0.5, 0.3);
    }
}
