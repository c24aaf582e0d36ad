using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Triangulate.Export;
using Triangulate.Web.Hosting;

namespace Triangulate.Web.Api;

/// <summary>The case in every export format the CLI writes (<c>triangulate export</c>), as a download.</summary>
internal static class ExportEndpoints
{
    public static RouteGroupBuilder MapExports(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/export").WithTags("Exports");
        group.MapGet("/{format}", Export)
            .WithSummary("The case as json, csv (a zip of one file per layer), ftm, timelinejs, graphml or gexf, as `triangulate export` writes it.");
        return api;
    }

    private static Results<FileContentHttpResult, ProblemHttpResult> Export(CaseHost host, string format)
    {
        var exporter = CaseExporters.Find(format);
        if (exporter is null)
        {
            return TypedResults.Problem($"Unknown format '{format}': use one of {string.Join(", ", CaseExporters.Formats)}.", statusCode: StatusCodes.Status404NotFound);
        }

        using var output = new MemoryStream();
        try
        {
            exporter.Write(host.View.File, output);
        }
        catch (ExportException e)
        {
            return TypedResults.Problem(e.Message, statusCode: StatusCodes.Status422UnprocessableEntity);
        }

        var (type, extension) = exporter.Format switch
        {
            "csv" => ("application/zip", "csv.zip"),
            "ftm" => ("application/x-ndjson", "ftm.jsonl"),
            "timelinejs" => ("application/json", "timeline.json"),
            "graphml" => ("application/graphml+xml", "graphml"),
            "gexf" => ("application/xml", "gexf"),
            _ => ("application/json", "json"),
        };
        return TypedResults.File(output.ToArray(), type, "case." + extension);
    }
}
