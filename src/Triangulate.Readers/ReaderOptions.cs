namespace Triangulate.Readers;

/// <summary>Limits that protect a batch from one bad input.</summary>
/// <param name="MaxDocumentBytes">Inputs larger than this are rejected (a report is rarely over 1 MB; 10 MB by default).</param>
public sealed record ReaderOptions(long MaxDocumentBytes = 10L * 1024 * 1024)
{
    /// <summary>The defaults.</summary>
    public static ReaderOptions Default { get; } = new();
}
