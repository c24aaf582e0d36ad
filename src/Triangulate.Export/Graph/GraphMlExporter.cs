using System.Text;
using System.Xml;

namespace Triangulate.Export.Graph;

/// <summary>
/// The case graph (<see cref="CaseGraph"/>) as GraphML, which Gephi and graphology open (a mixed graph). Edges are
/// undirected by default; said-about and cites edges are marked <c>directed="true"</c>; <c>weight</c> counts claims.
/// </summary>
public sealed class GraphMlExporter : ICaseExporter
{
    private const string Namespace = "http://graphml.graphdrawing.org/xmlns";

    /// <inheritdoc />
    public string Format => "graphml";

    /// <inheritdoc />
    public string Description => "the network of entities and sources as GraphML (Gephi)";

    /// <inheritdoc />
    public void Write(CaseFile caseFile, Stream output)
    {
        var graph = CaseGraph.Of(caseFile);
        using var xml = XmlWriter.Create(output, new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false), NewLineChars = "\n" });
        xml.WriteStartDocument();
        xml.WriteStartElement("graphml", Namespace);
        xml.WriteAttributeString("xmlns", "xsi", null, "http://www.w3.org/2001/XMLSchema-instance");
        xml.WriteAttributeString("xsi", "schemaLocation", "http://www.w3.org/2001/XMLSchema-instance",
            Namespace + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
        WriteKey(xml, "label", "node", "label", "string");
        foreach (var (name, type, _) in GraphAttributes.Node)
        {
            WriteKey(xml, "n_" + name, "node", name, type);
        }

        WriteKey(xml, "weight", "edge", "weight", "double");
        foreach (var (name, type, _) in GraphAttributes.Edge)
        {
            WriteKey(xml, "e_" + name, "edge", name, type);
        }

        xml.WriteStartElement("graph", Namespace);
        xml.WriteAttributeString("id", "triangulate");
        xml.WriteAttributeString("edgedefault", "undirected");
        foreach (var node in graph.Nodes)
        {
            xml.WriteStartElement("node", Namespace);
            xml.WriteAttributeString("id", node.Id);
            WriteData(xml, "label", node.Label);
            foreach (var (name, _, value) in GraphAttributes.Node)
            {
                WriteData(xml, "n_" + name, value(node));
            }

            xml.WriteEndElement();
        }

        foreach (var edge in graph.Edges)
        {
            xml.WriteStartElement("edge", Namespace);
            xml.WriteAttributeString("id", edge.Id);
            xml.WriteAttributeString("source", edge.Source);
            xml.WriteAttributeString("target", edge.Target);
            if (edge.Directed)
            {
                xml.WriteAttributeString("directed", "true");
            }

            WriteData(xml, "weight", GraphAttributes.Int(edge.Weight));
            foreach (var (name, _, value) in GraphAttributes.Edge)
            {
                WriteData(xml, "e_" + name, value(edge));
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
        xml.Flush();
        output.WriteByte((byte)'\n');
    }

    private static void WriteKey(XmlWriter xml, string id, string target, string name, string type)
    {
        xml.WriteStartElement("key", Namespace);
        xml.WriteAttributeString("id", id);
        xml.WriteAttributeString("for", target);
        xml.WriteAttributeString("attr.name", name);
        xml.WriteAttributeString("attr.type", type);
        xml.WriteEndElement();
    }

    private static void WriteData(XmlWriter xml, string key, string? value)
    {
        if (value is null)
        {
            return;
        }

        xml.WriteStartElement("data", Namespace);
        xml.WriteAttributeString("key", key);
        xml.WriteString(GraphAttributes.Clean(value));
        xml.WriteEndElement();
    }
}
