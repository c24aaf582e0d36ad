namespace Triangulate.Eval.Formats;

/// <summary>Word F1 in order: the longest common subsequence of the two texts' words, so a column read out of order
/// or a paragraph moved costs what the bag-of-words F1 does not see.</summary>
public static class SequenceOverlap
{
    /// <summary>F1 of the longest common subsequence of lower-cased words.</summary>
    public static double F1(string system, string gold)
    {
        var a = Html.WordOverlap.Words(system);
        var b = Html.WordOverlap.Words(gold);
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        var previous = new int[b.Count + 1];
        var current = new int[b.Count + 1];
        for (var i = 1; i <= a.Count; i++)
        {
            for (var j = 1; j <= b.Count; j++)
            {
                current[j] = a[i - 1] == b[j - 1] ? previous[j - 1] + 1 : Math.Max(previous[j], current[j - 1]);
            }

            (previous, current) = (current, previous);
        }

        var common = previous[b.Count];
        double precision = (double)common / a.Count, recall = (double)common / b.Count;
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
}
