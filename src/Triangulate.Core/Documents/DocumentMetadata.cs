namespace Triangulate.Core.Documents;

/// <summary>What a reader knows about a document besides its text.</summary>
/// <param name="Name">The file name it came from; <c>file.jsonl#12</c> for a line of a JSON-lines file.</param>
/// <param name="Title">The headline, when the input has one.</param>
/// <param name="Source">The outlet or author that published it, when known.</param>
/// <param name="Url">Where it was published, when known.</param>
/// <param name="Published">The publication date from metadata, when the input carries one.</param>
/// <param name="Language">An ISO 639-1 language code.</param>
/// <param name="Author">The byline (the person who wrote it), when the input names one.</param>
public sealed record DocumentMetadata(
    string Name,
    string? Title = null,
    string? Source = null,
    string? Url = null,
    DateOnly? Published = null,
    string Language = "en",
    string? Author = null);
