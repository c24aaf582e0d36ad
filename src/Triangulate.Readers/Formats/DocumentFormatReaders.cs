namespace Triangulate.Readers.Formats;

/// <summary>Plain text (<see cref="PlainTextReader"/>).</summary>
internal sealed class TextFormatReader : IFormatReader
{
    /// <inheritdoc />
    public InputFormat Format => InputFormat.Text;

    /// <inheritdoc />
    public IEnumerable<ReadResult> Read(Input input, ReadContext context) =>
        [PlainTextReader.Read(input.Location, input.Name, input.ReadAll())];
}

/// <summary>HTML pages (<see cref="HtmlReader"/>).</summary>
internal sealed class HtmlFormatReader : IFormatReader
{
    /// <inheritdoc />
    public InputFormat Format => InputFormat.Html;

    /// <inheritdoc />
    public IEnumerable<ReadResult> Read(Input input, ReadContext context) =>
        [HtmlReader.Read(input.Location, input.Name, input.ReadAll())];
}

/// <summary>RSS and Atom feeds (<see cref="FeedReader"/>).</summary>
internal sealed class FeedFormatReader : IFormatReader
{
    /// <inheritdoc />
    public InputFormat Format => InputFormat.Feed;

    /// <inheritdoc />
    public IEnumerable<ReadResult> Read(Input input, ReadContext context) => FeedReader.Read(input.Location, input.Name, input.ReadAll());
}

/// <summary>JSON lines (<see cref="JsonLinesReader"/>).</summary>
internal sealed class JsonLinesFormatReader : IFormatReader
{
    /// <inheritdoc />
    public InputFormat Format => InputFormat.JsonLines;

    /// <inheritdoc />
    public IEnumerable<ReadResult> Read(Input input, ReadContext context) => JsonLinesReader.Read(input.Location, input.Name, input.ReadAll());
}
