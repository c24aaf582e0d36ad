namespace Triangulate.Readers;

/// <summary>Limits that protect a batch from one bad input; all are enforced by <c>Formats/ReadContext</c>.</summary>
/// <param name="MaxDocumentBytes">Inputs larger than this are rejected (a report is rarely over 1 MB; 10 MB by default).</param>
public sealed record ReaderOptions(long MaxDocumentBytes = 10L * 1024 * 1024)
{
    /// <summary>The defaults.</summary>
    public static ReaderOptions Default { get; } = new();

    /// <summary>The largest container file (zip, web archive, mailbox) read; it is streamed, never held whole. 4 GB by default.</summary>
    public long MaxContainerBytes { get; init; } = 4L * 1024 * 1024 * 1024;

    /// <summary>The largest entry of a container held in memory (a nested container, an attachment). 64 MB by default.</summary>
    public long MaxEntryBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>The most entries read from one file, at every depth together. 100,000 by default.</summary>
    public int MaxEntries { get; init; } = 100_000;

    /// <summary>The most bytes unpacked from one file, at every depth together. 2 GB by default.</summary>
    public long MaxUnpackedBytes { get; init; } = 2L * 1024 * 1024 * 1024;

    /// <summary>The largest ratio of an entry's unpacked to packed size (for entries over 1 MB). 100 by default.</summary>
    public int MaxCompressionRatio { get; init; } = 100;

    /// <summary>How deep containers may nest (a zip in a zip is 2). 3 by default.</summary>
    public int MaxDepth { get; init; } = 3;
}
