namespace Triangulate.Export;

/// <summary>
/// One export format: writes the case file as another tool reads it. Every format carries provenance (the report,
/// the span or claim, the source chain) so a reader can go back from any row, entity, slide or edge to the text.
/// Output is deterministic: the same case gives the same bytes (stable order, no timestamps).
/// </summary>
public interface ICaseExporter
{
    /// <summary>The name given to <c>--format</c>, lower case.</summary>
    string Format { get; }

    /// <summary>One line saying what the export is and which tool reads it.</summary>
    string Description { get; }

    /// <summary>Whether the export can go to a stream (standard output); false for one that writes a folder or a zip.</summary>
    bool WritesStream => true;

    /// <summary>Writes the export to a stream.</summary>
    void Write(CaseFile caseFile, Stream output);

    /// <summary>Writes the export to a path (a file by default; an exporter of several files may write a folder).</summary>
    void WriteTo(CaseFile caseFile, string path)
    {
        using var file = File.Create(path);
        Write(caseFile, file);
    }
}
