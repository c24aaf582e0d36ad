using System.Text;
using System.Text.Json;
using Triangulate.Core.Claims;
using Triangulate.Core.Documents;
using Triangulate.Core.Entities;
using Triangulate.Core.Pipeline;
using Triangulate.Core.Quantities;
using Triangulate.Core.Text;
using Triangulate.Core.Times;

namespace Triangulate.Benchmarks;

/// <summary>
/// Writes every annotation the default pipeline produces on the .txt files of some folders, one JSON line per layer
/// per file, so that two builds can be compared with <c>diff</c>: a speed change must leave this output unchanged.
/// </summary>
public static class AnnotationDump
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = false };

    public static void Run(string output, IEnumerable<string> folders)
    {
        var pipeline = DefaultPipeline.Create();
        using var writer = new StreamWriter(output, append: false, new UTF8Encoding(false));
        var count = 0;
        foreach (var folder in folders)
        {
            foreach (var file in Directory.GetFiles(folder, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var document = pipeline.Run(new Document(File.ReadAllText(file, Encoding.Latin1), new DocumentMetadata(file)));
                writer.WriteLine($"# {Path.GetRelativePath(folder, file)} published={document.Published:yyyy-MM-dd} inferred={document.PublishedInferred}");
                Write(writer, document.GetOrEmpty<Token>());
                Write(writer, document.GetOrEmpty<Sentence>());
                Write(writer, document.GetOrEmpty<EntityMention>());
                Write(writer, document.GetOrEmpty<TimeExpression>());
                Write(writer, document.GetOrEmpty<Quantity>());
                Write(writer, document.GetOrEmpty<Claim>());
                count++;
            }
        }

        Console.WriteLine($"{count} documents dumped to {output}");
    }

    private static void Write<T>(StreamWriter writer, IReadOnlyList<T> layer)
    {
        writer.Write(typeof(T).Name);
        writer.Write(' ');
        writer.WriteLine(JsonSerializer.Serialize(layer, Options));
    }
}
