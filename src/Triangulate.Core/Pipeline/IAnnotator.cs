namespace Triangulate.Core.Pipeline;

using Triangulate.Core.Documents;

/// <summary>
/// One stage of the per-document pipeline. It reads the layers it <see cref="Requires"/> and writes the layers it
/// <see cref="Produces"/>; a layer is named by the type of its annotations (for example <c>typeof(Token)</c>).
/// Annotators are pure: no I/O, and safe to run on many documents in parallel.
/// </summary>
public interface IAnnotator
{
    /// <summary>A short name for progress, benchmarks and errors.</summary>
    string Name { get; }

    /// <summary>The layers that must exist before this stage runs.</summary>
    IReadOnlyList<Type> Requires { get; }

    /// <summary>The layers this stage adds.</summary>
    IReadOnlyList<Type> Produces { get; }

    /// <summary>Adds this stage's layers to the document.</summary>
    void Annotate(Document document);
}
