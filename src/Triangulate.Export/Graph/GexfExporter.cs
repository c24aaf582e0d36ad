using System.Text;
using System.Xml;

namespace Triangulate.Export.Graph;

/// <summary>
/// The case graph (<see cref="CaseGraph"/>) as GEXF 1.3, Gephi's own format. Edges are directed by default;
/// co-occurrence and contradiction edges are <c>type="undirected"</c>; <c>weight</c> counts claims.
/// </summary>
public sealed class GexfExporter : ICaseExporter
{
    private const string Namespace = "http://gexf.net/1.3";

    /// <inheritdoc />
    public string Format => "gexf";

    /// <inheritdoc />
    public string Description => "the network of entities and sources as GEXF 1.3 (Gephi)";

    /// <inheritdoc />
    public void Write(CaseFile caseFile, Stream output)
    {
        var graph = CaseGraph.Of(caseFile);
        using var xml = XmlWriter.Create(output, new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false), NewLineChars = "\n" });
        xml.WriteStartDocument();
        xml.WriteStartElement("gexf", Namespace);
        xml.WriteAttributeString("version", "1.3");
        xml.WriteStartElement("meta", Namespace);
        xml.WriteElementString("creator", Namespace, "Triangulate");
        xml.WriteElementString("description", Namespace, "Entities and sources of a case: who said what about whom, co-occurrence in claims, contradictions.");
        xml.WriteEndElement();

        xml.WriteStartElement("graph", Namespace);
        xml.WriteAttributeString("defaultedgetype", "directed");
        xml.WriteAttributeString("mode", "static");
        WriteAttributes(xml, "node", GraphAttributes.Node.Select(a => (a.Name, a.Type)));
        WriteAttributes(xml, "edge", GraphAttributes.Edge.Select(a => (a.Name, a.Type)));

        xml.WriteStartElement("nodes", Namespace);
        foreach (var node in graph.Nodes)
        {
            xml.WriteStartElement("node", Namespace);
            xml.WriteAttributeString("id", node.Id);
            xml.WriteAttributeString("label", GraphAttributes.Clean(node.Label));
            WriteValues(xml, GraphAttributes.Node.Select(a => (a.Name, a.Value(node))));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteStartElement("edges", Namespace);
        foreach (var edge in graph.Edges)
        {
            xml.WriteStartElement("edge", Namespace);
            xml.WriteAttributeString("id", edge.Id);
            xml.WriteAttributeString("source", edge.Source);
            xml.WriteAttributeString("target", edge.Target);
            if (!edge.Directed)
            {
                xml.WriteAttributeString("type", "undirected");
            }

            xml.WriteAttributeString("label", edge.Kind);
            xml.WriteAttributeString("weight", GraphAttributes.Int(edge.Weight));
            WriteValues(xml, GraphAttributes.Edge.Select(a => (a.Name, a.Value(edge))));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
        xml.Flush();
        output.WriteByte((byte)'\n');
    }

    private static void WriteAttributes(XmlWriter xml, string target, IEnumerable<(string Name, string Type)> attributes)
    {
        xml.WriteStartElement("attributes", Namespace);
        xml.WriteAttributeString("class", target);
        foreach (var (name, type) in attributes)
        {
            xml.WriteStartElement("attribute", Namespace);
            xml.WriteAttributeString("id", name);
            xml.WriteAttributeString("title", name);
            xml.WriteAttributeString("type", type == "int" ? "integer" : type);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void WriteValues(XmlWriter xml, IEnumerable<(string Name, string? Value)> values)
    {
        xml.WriteStartElement("attvalues", Namespace);
        foreach (var (name, value) in values.Where(v => v.Value is not null))
        {
            xml.WriteStartElement("attvalue", Namespace);
            xml.WriteAttributeString("for", name);
            xml.WriteAttributeString("value", GraphAttributes.Clean(value!));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }
}
