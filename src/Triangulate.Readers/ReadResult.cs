using Triangulate.Core.Documents;

namespace Triangulate.Readers;

/// <summary>What reading one input produced: a document, or a rejection saying why not.</summary>
public abstract record ReadResult
{
    private ReadResult()
    {
    }

    /// <summary>A document was read.</summary>
    /// <param name="Document">The document.</param>
    /// <param name="Warnings">What was changed to read it within the limits (markup flattened), one line each.</param>
    public sealed record Read(Document Document, IReadOnlyList<string>? Warnings = null) : ReadResult;

    /// <summary>The input is not of a format any reader handles (or is a message already read); it is counted, not an error.</summary>
    /// <param name="Location">The file, with <c>/entry</c> inside a container.</param>
    /// <param name="Reason">One line saying why it was skipped.</param>
    public sealed record Skipped(string Location, string Reason) : ReadResult
    {
        /// <inheritdoc />
        public override string ToString() => $"{Location}: {Reason}";
    }

    /// <summary>The input (or one line or item of it) was rejected.</summary>
    /// <param name="Location">The file, with <c>:line</c> for a line of a JSON-lines file or a feed.</param>
    /// <param name="Reason">One line saying what is wrong.</param>
    public sealed record Rejected(string Location, string Reason) : ReadResult
    {
        /// <inheritdoc />
        public override string ToString() => $"{Location}: {Reason}";
    }
}
