using System.Globalization;
using System.Text;

namespace Triangulate.Export.Graph;

/// <summary>The attributes GraphML and GEXF write for nodes and edges, with their types, and XML-safe text.</summary>
internal static class GraphAttributes
{
    /// <summary>Node attributes: name, type (<c>string</c>, <c>int</c>) and value.</summary>
    public static IReadOnlyList<(string Name, string Type, Func<GraphNode, string?> Value)> Node { get; } =
    [
        ("kind", "string", n => n.Kind),
        ("type", "string", n => n.Type),
        ("mentions", "int", n => Int(n.Mentions)),
        ("reports", "int", n => Int(n.Reports)),
        ("claims", "int", n => Int(n.Claims)),
        ("documents", "string", n => n.Documents),
        ("aliases", "string", n => n.Aliases),
    ];

    /// <summary>Edge attributes (the weight is written as each format's own weight).</summary>
    public static IReadOnlyList<(string Name, string Type, Func<GraphEdge, string?> Value)> Edge { get; } =
    [
        ("kind", "string", e => e.Kind),
        ("stance", "string", e => e.Stance),
        ("claims", "string", e => e.Claims),
        ("documents", "string", e => e.Documents),
        ("explanation", "string", e => e.Explanation),
    ];

    /// <summary>A number as XML writes it.</summary>
    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Text with the characters XML 1.0 cannot hold (control characters, lone surrogates) left out.</summary>
    public static string Clean(string text)
    {
        StringBuilder? clean = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var valid = c is '\t' or '\n' or '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                clean?.Append(c).Append(text[i + 1]);
                i++;
                continue;
            }

            if (!valid && clean is null)
            {
                clean = new StringBuilder(text.Length).Append(text, 0, i);
            }
            else if (valid)
            {
                clean?.Append(c);
            }
        }

        return clean?.ToString() ?? text;
    }
}
