using Triangulate.Core.Documents;

namespace Triangulate.Readers.Formats;

/// <summary>
/// One input to read: a file given by the user, or an entry of a container (a zip entry, a web archive's record, a
/// message of a mailbox, an attachment). Entries are held in memory; nothing is unpacked to disk.
/// </summary>
/// <param name="Location">Where it is, for messages: the path, with <c>/entry</c> for each container level.</param>
/// <param name="Name">The name its documents get (the file name, or <c>archive.zip/entry</c>).</param>
/// <param name="Length">Its size in bytes.</param>
/// <param name="Open">Opens it for reading from the start.</param>
/// <param name="Depth">0 for a file given by the user, 1 for an entry of it, and so on.</param>
internal sealed record Input(string Location, string Name, long Length, Func<Stream> Open, int Depth)
{
    /// <summary>The container's name, for an entry.</summary>
    public string? Parent { get; init; }

    /// <summary>The container's document id, when the container is itself a document (an e-mail).</summary>
    public string? ParentId { get; init; }

    /// <summary>Where inside the container it was.</summary>
    public string? PathInParent { get; init; }

    /// <summary>An input of a file on disk.</summary>
    public static Input OfFile(string path, long length) =>
        new(path, Path.GetFileName(path), length, () => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16), 0);

    /// <summary>An input of bytes in memory (a container's entry).</summary>
    public static Input OfBytes(string location, string name, byte[] bytes, int depth) =>
        new(location, name, bytes.Length, () => new MemoryStream(bytes, writable: false), depth);

    /// <summary>The whole input as bytes (the caller has checked its size against the limits).</summary>
    public byte[] ReadAll()
    {
        using var stream = Open();
        if (stream is MemoryStream memory && memory.TryGetBuffer(out var buffer) && buffer.Offset == 0 && buffer.Count == buffer.Array!.Length)
        {
            return buffer.Array;
        }

        using var copy = new MemoryStream(Length is > 0 and < int.MaxValue ? (int)Length : 0);
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>The metadata with this input's container fields set (when a reader left them unset).</summary>
    public DocumentMetadata Stamp(DocumentMetadata metadata) =>
        Parent is null || metadata.Parent is not null
            ? metadata
            : metadata with { Parent = Parent, ParentId = metadata.ParentId ?? ParentId, PathInParent = PathInParent };
}
