namespace Triangulate.Core.Syntax;

/// <summary>Scores features for every class: the trained weights, or the weights being trained.</summary>
internal interface IWeights
{
    /// <summary>Number of classes.</summary>
    int ClassCount { get; }

    /// <summary>Adds the weights of <paramref name="features"/> to <paramref name="scores"/> (one entry per class).</summary>
    void Score(ReadOnlySpan<ulong> features, Span<float> scores);
}
