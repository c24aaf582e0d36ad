namespace Triangulate.Readers.Formats;

/// <summary>
/// Reads one format. A reader of a single document returns one result; a container's reader hands each entry to
/// <see cref="ReadContext.ReadEntry"/>, which enforces the limits and reads the entry with the reader of its own format.
/// </summary>
internal interface IFormatReader
{
    /// <summary>The format this reader reads.</summary>
    InputFormat Format { get; }

    /// <summary>Every document of the input; a failure is a rejection naming the input (or its entry), never an exception.</summary>
    IEnumerable<ReadResult> Read(Input input, ReadContext context);
}
