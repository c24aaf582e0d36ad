using Triangulate.Export.Csv;
using Triangulate.Export.Ftm;
using Triangulate.Export.Graph;
using Triangulate.Export.TimelineJs;

namespace Triangulate.Export;

/// <summary>Every export format, in the order the CLI lists them.</summary>
public static class CaseExporters
{
    /// <summary>All formats.</summary>
    public static IReadOnlyList<ICaseExporter> All { get; } =
    [
        new JsonExporter(),
        new CsvExporter(),
        new FtmExporter(),
        new TimelineJsExporter(),
        new GraphMlExporter(),
        new GexfExporter(),
    ];

    /// <summary>The format names, for <c>--format</c>.</summary>
    public static IReadOnlyList<string> Formats { get; } = All.Select(e => e.Format).ToList();

    /// <summary>The exporter of a format (case-insensitive), or null.</summary>
    public static ICaseExporter? Find(string format) =>
        All.FirstOrDefault(e => string.Equals(e.Format, format, StringComparison.OrdinalIgnoreCase));
}
