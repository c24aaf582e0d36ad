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

    /// <summary>Writes the export to a stream; <see cref="ExportException"/> when the format cannot hold the case.</summary>
    void Write(CaseFile caseFile, Stream output);

    /// <summary>
    /// Writes the export to a path (a file by default; an exporter of several files may write a folder). The file
    /// appears whole or not at all: it is written beside the path and moved there once complete.
    /// </summary>
    void WriteTo(CaseFile caseFile, string path)
    {
        var partial = path + ".partial";
        try
        {
            using (var file = File.Create(partial))
            {
                Write(caseFile, file);
            }

            File.Move(partial, path, overwrite: true);
        }
        finally
        {
            File.Delete(partial);
        }
    }
}
