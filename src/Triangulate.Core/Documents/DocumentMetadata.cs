namespace Triangulate.Core.Documents;

/// <summary>What a reader knows about a document besides its text.</summary>
/// <param name="Name">The file name it came from; <c>file.jsonl#12</c> for a line of a JSON-lines file; <c>archive.zip/dir/a.txt</c>
/// for an entry of a container.</param>
/// <param name="Title">The headline, when the input has one.</param>
/// <param name="Source">The outlet or author that published it, when known.</param>
/// <param name="Url">Where it was published (the canonical address when the page states one), when known.</param>
/// <param name="Published">The publication date from metadata, when the input carries one.</param>
/// <param name="Language">An ISO 639-1 language code.</param>
public sealed record DocumentMetadata(
    string Name,
    string? Title = null,
    string? Source = null,
    string? Url = null,
    DateOnly? Published = null,
    string Language = "en")
{
    /// <summary>The people who wrote it, in the order the input names them.</summary>
    public IReadOnlyList<string> Authors { get; init; } = [];

    /// <summary>The date it was last changed, when the input states one.</summary>
    public DateOnly? Modified { get; init; }

    /// <summary>The date it was retrieved (a web archive's capture date), when known.</summary>
    public DateOnly? Retrieved { get; init; }

    /// <summary>The outlet as the input names it (a site name, a publisher), apart from <see cref="Source"/>'s fallback.</summary>
    public string? Outlet { get; init; }

    /// <summary>The summary the input gives of itself.</summary>
    public string? Description { get; init; }

    /// <summary>The section or desk it was published in.</summary>
    public string? Section { get; init; }

    /// <summary>The format it was read as: <c>text</c>, <c>html</c>, <c>feed</c>, <c>jsonl</c>, <c>pdf</c>, <c>docx</c>, <c>email</c>.</summary>
    public string? Format { get; init; }

    /// <summary>The container it was read from (a zip file, a web archive, an e-mail), by name; null for a file of its own.</summary>
    public string? Parent { get; init; }

    /// <summary>The document id of the container when the container is itself a document (an e-mail's attachment).</summary>
    public string? ParentId { get; init; }

    /// <summary>Where inside <see cref="Parent"/> it was: an entry path, a record's address, an attachment's file name.</summary>
    public string? PathInParent { get; init; }
}
