using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Triangulate.Export;

/// <summary>Writes and reads the case file as JSON (snake_case names, as in DESIGN.md).</summary>
public static class CaseFileJson
{
    /// <summary>The serializer settings of schema <c>triangulate/1</c>.</summary>
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NumberHandling = JsonNumberHandling.Strict,
    };

    /// <summary>Writes the case file to a stream.</summary>
    public static void Write(CaseFile caseFile, Stream stream) => JsonSerializer.Serialize(stream, caseFile, Options);

    /// <summary>The case file as a JSON string.</summary>
    public static string ToJson(CaseFile caseFile) => JsonSerializer.Serialize(caseFile, Options);

    /// <summary>Reads a case file.</summary>
    public static CaseFile Read(Stream stream) =>
        JsonSerializer.Deserialize<CaseFile>(stream, Options) ?? throw new JsonException("empty case file");
}
