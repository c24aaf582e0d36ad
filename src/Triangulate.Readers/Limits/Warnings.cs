namespace Triangulate.Readers.Limits;

/// <summary>The one-line warnings readers give when a limit changed what they read.</summary>
internal static class Warnings
{
    /// <summary>The warning for markup nested <paramref name="deepest"/> levels, or null when it was within the cap.</summary>
    public static string? Depth(int deepest) =>
        deepest > MarkupDepth.MaxDepth
            ? $"markup nested {deepest:N0} levels deep: elements past {MarkupDepth.MaxDepth} levels were flattened to their text"
            : null;
}
