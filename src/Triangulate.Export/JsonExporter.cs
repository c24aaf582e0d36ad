namespace Triangulate.Export;

/// <summary>The case file itself, schema <c>triangulate/1</c> (every span with its document and offsets).</summary>
public sealed class JsonExporter : ICaseExporter
{
    /// <inheritdoc />
    public string Format => "json";

    /// <inheritdoc />
    public string Description => "the case file, schema triangulate/1 (schemas/triangulate-1.schema.json)";

    /// <inheritdoc />
    public void Write(CaseFile caseFile, Stream output)
    {
        CaseFileJson.Write(caseFile, output);
        output.WriteByte((byte)'\n');
    }
}
