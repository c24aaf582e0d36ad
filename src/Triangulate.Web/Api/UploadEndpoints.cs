using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Triangulate.Readers;
using Triangulate.Web.Hosting;
using Triangulate.Web.Security;

namespace Triangulate.Web.Api;

/// <summary>Adding reports by upload: the files are read as <c>triangulate add</c> reads them, with progress events.</summary>
internal static class UploadEndpoints
{
    /// <summary>Files in one upload.</summary>
    public const int MaxFiles = 50;

    /// <summary>Bytes of one file (as <c>add --max-mb 10</c>).</summary>
    public const long MaxFileBytes = 10L * 1024 * 1024;

    /// <summary>Bytes of one upload request.</summary>
    public const long MaxRequestBytes = 100L * 1024 * 1024;

    public static RouteGroupBuilder MapUploads(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/uploads").WithTags("Uploads");
        group.MapPost("/", Upload).AddEndpointFilter<AntiforgeryFilter>()
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(MaxRequestBytes))
            .Accepts<IFormFileCollection>("multipart/form-data")
            .WithSummary($"Add reports (multipart form, field 'files'; at most {MaxFiles} files of 10 MB each). Returns the job to follow.");
        group.MapGet("/{id}", Status).WithSummary("The progress of an upload.");
        group.MapGet("/{id}/events", Events).WithSummary("The progress of an upload as server-sent events, until it is done.");
        return api;
    }

    private static async Task<Results<Accepted<UploadStatus>, BadRequest<string>>> Upload(HttpRequest request, UploadJobs jobs)
    {
        if (!request.HasFormContentType)
        {
            return TypedResults.BadRequest("send the reports as multipart/form-data in the field 'files'");
        }

        var form = await request.ReadFormAsync();
        var files = form.Files;
        if (files.Count == 0)
        {
            return TypedResults.BadRequest("no file in the upload");
        }

        if (files.Count > MaxFiles)
        {
            return TypedResults.BadRequest($"{files.Count} files: at most {MaxFiles} in one upload");
        }

        foreach (var file in files)
        {
            if (file.Length > MaxFileBytes)
            {
                return TypedResults.BadRequest($"{SafeName(file.FileName) ?? "a file"}: {file.Length / 1024 / 1024.0:F1} MB, more than the 10 MB allowed");
            }

            if (SafeName(file.FileName) is null)
            {
                return TypedResults.BadRequest($"a file without a usable name ('{file.FileName}')");
            }
        }

        // Each upload gets a folder of its own under the temporary folder; a file is written there under its own
        // name with any folder part removed, so nothing a request sends can reach another path.
        var folder = Path.Combine(Path.GetTempPath(), "triangulate-upload-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var paths = new List<string>();
        foreach (var file in files)
        {
            var name = SafeName(file.FileName)!;
            var path = Path.Combine(folder, name);
            for (var n = 2; File.Exists(path) || paths.Contains(path); n++)
            {
                path = Path.Combine(folder, $"{Path.GetFileNameWithoutExtension(name)} ({n}){Path.GetExtension(name)}");
            }

            await using (var stream = File.Create(path))
            {
                await file.CopyToAsync(stream);
            }

            paths.Add(path);
        }

        var job = jobs.Start(folder, paths, new ReaderOptions(MaxFileBytes));
        return TypedResults.Accepted($"/api/uploads/{job.Id}", job.Status);
    }

    /// <summary>The last part of a file name as sent, or null when nothing usable is left.</summary>
    internal static string? SafeName(string? sent)
    {
        var name = Path.GetFileName((sent ?? string.Empty).Replace('\\', '/')).Trim();
        if (name.Length == 0 || name is "." or ".." || name.Any(char.IsControl) || name.Length > 200)
        {
            return null;
        }

        return name;
    }

    private static Results<Ok<UploadStatus>, NotFound<string>> Status(UploadJobs jobs, string id) =>
        jobs.Get(id) is { } job ? TypedResults.Ok(job.Status) : TypedResults.NotFound($"no upload '{id}'");

    private static Results<ServerSentEventsResult<UploadStatus>, NotFound<string>> Events(UploadJobs jobs, string id, CancellationToken cancellationToken) =>
        jobs.Get(id) is { } job
            ? TypedResults.ServerSentEvents(Follow(job, cancellationToken), eventType: "progress")
            : TypedResults.NotFound($"no upload '{id}'");

    private static async IAsyncEnumerable<UploadStatus> Follow(UploadJob job, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            var changed = job.Changed;
            var status = job.Status;
            yield return status;
            if (status.Finished)
            {
                yield break;
            }

            await Task.WhenAny(changed, Task.Delay(TimeSpan.FromSeconds(5), cancellationToken));
        }
    }
}
