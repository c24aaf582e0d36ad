using System.Globalization;

namespace Triangulate.Core.Claims;

/// <summary>
/// A linear classifier that says whether a verb or adjective is an attribution cue its word lists do not know
/// ("pledged to", "is frustrated that", "agreed that"): weights over named features of the token in its dependency
/// tree (<see cref="ClaimScanner"/> extracts them), learnt by an averaged perceptron from PolNeAR
/// (<c>triangulate train attribution</c>). Stored as text, one <c>feature TAB weight</c> a line after a
/// <c>threshold</c> line, in <c>Resources/attribution-cues.model</c>.
/// </summary>
public sealed class CueModel
{
    private const string ResourceName = "attribution-cues.model";

    private static readonly Lazy<CueModel?> BuiltIn = new(LoadBuiltIn);

    private readonly Dictionary<string, float> _weights;

    /// <summary>Creates a model from its weights and decision threshold.</summary>
    /// <param name="weights">Weight of each feature.</param>
    /// <param name="threshold">The score above which a token is a cue.</param>
    public CueModel(IReadOnlyDictionary<string, float> weights, float threshold)
    {
        _weights = new Dictionary<string, float>(weights, StringComparer.Ordinal);
        Threshold = threshold;
    }

    /// <summary>The model shipped with the library, or null when the build has none.</summary>
    public static CueModel? Default => BuiltIn.Value;

    /// <summary>The score above which a token is a cue.</summary>
    public float Threshold { get; }

    /// <summary>Number of features with a weight.</summary>
    public int FeatureCount => _weights.Count;

    /// <summary>The score of a token with these features (the sum of their weights).</summary>
    /// <param name="features">The token's features.</param>
    public float Score(IEnumerable<string> features)
    {
        var score = 0f;
        foreach (var feature in features)
        {
            if (_weights.TryGetValue(feature, out var w))
            {
                score += w;
            }
        }

        return score;
    }

    /// <summary>Reads a model written by <see cref="Save"/>.</summary>
    /// <param name="reader">The model text.</param>
    /// <exception cref="InvalidDataException">A line is not <c>feature TAB weight</c>.</exception>
    public static CueModel Load(TextReader reader)
    {
        var threshold = 0f;
        var weights = new Dictionary<string, float>(StringComparer.Ordinal);
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            var tab = line.LastIndexOf('\t');
            if (tab <= 0 || !float.TryParse(line.AsSpan(tab + 1), NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                throw new InvalidDataException($"Cue model line {number}: expected 'feature<TAB>weight'.");
            }

            var name = line[..tab];
            if (number == 1 && name == "threshold")
            {
                threshold = value;
            }
            else
            {
                weights[name] = value;
            }
        }

        return new CueModel(weights, threshold);
    }

    /// <summary>Writes the model as text, features in ordinal order so that a retrained model diffs cleanly.</summary>
    /// <param name="writer">Where to write.</param>
    public void Save(TextWriter writer)
    {
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"threshold\t{Threshold:R}"));
        foreach (var (name, weight) in _weights.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}\t{weight:G6}"));
        }
    }

    private static CueModel? LoadBuiltIn()
    {
        using var stream = typeof(CueModel).Assembly.GetManifestResourceStream("Triangulate.Core.Resources." + ResourceName);
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return Load(reader);
    }
}
