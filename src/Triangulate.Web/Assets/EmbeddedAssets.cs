using System.Collections.Frozen;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;

namespace Triangulate.Web.Assets;

/// <summary>
/// The web application's files, embedded in this assembly at build time (its own pages and scripts, and the
/// front-end libraries npm installed from the lock file): served from memory, never from a path a request names.
/// </summary>
internal sealed class EmbeddedAssets
{
    private const string Prefix = "wwwroot/";

    private static readonly FrozenDictionary<string, string> ContentTypes = new Dictionary<string, string>
    {
        [".html"] = "text/html; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".png"] = "image/png",
        [".svg"] = "image/svg+xml",
        [".ico"] = "image/x-icon",
    }.ToFrozenDictionary();

    private readonly FrozenDictionary<string, Asset> _assets;

    public EmbeddedAssets()
    {
        var assembly = typeof(EmbeddedAssets).Assembly;
        var assets = new Dictionary<string, Asset>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            var bytes = memory.ToArray();
            var type = ContentTypes.GetValueOrDefault(Path.GetExtension(name), "application/octet-stream");
            assets["/" + name[Prefix.Length..].Replace('\\', '/')] = new Asset(bytes, type, "\"" + Convert.ToHexString(SHA256.HashData(bytes))[..16] + "\"");
        }

        // One version for the whole build: the page names its scripts and styles under /v/VERSION/, and what is
        // fetched there may be cached for good (a new build has a new version); module imports are relative, so
        // they inherit it.
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (path, asset) in assets.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(path));
            hash.AppendData(asset.Bytes);
        }

        Version = Convert.ToHexString(hash.GetHashAndReset())[..12].ToLowerInvariant();
        if (assets.TryGetValue("/index.html", out var index))
        {
            var page = System.Text.Encoding.UTF8.GetString(index.Bytes)
                .Replace("\"/app/", $"\"/v/{Version}/app/", StringComparison.Ordinal);
            var bytes = System.Text.Encoding.UTF8.GetBytes(page);
            assets["/index.html"] = index with { Bytes = bytes, ETag = "\"" + Convert.ToHexString(SHA256.HashData(bytes))[..16] + "\"" };
        }

        _assets = assets.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The version of this build's files, in the paths the page names them by.</summary>
    public string Version { get; }

    /// <summary>The paths served.</summary>
    public IEnumerable<string> Paths => _assets.Keys;

    /// <summary>Serves a GET or HEAD of an embedded file (the application's page for <c>/</c>); false when there is none.</summary>
    public async Task<bool> TryServeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            return false;
        }

        var path = request.Path.Value is "/" or "" or null ? "/index.html" : request.Path.Value;
        var versioned = path.StartsWith($"/v/{Version}/", StringComparison.Ordinal);
        if (versioned)
        {
            path = path[(Version.Length + 3)..];
        }

        if (!_assets.TryGetValue(path, out var asset))
        {
            return false;
        }

        var response = context.Response;
        response.Headers.ETag = asset.ETag;
        response.Headers.CacheControl = versioned ? "public, max-age=31536000, immutable" : "no-cache";
        if (request.Headers.IfNoneMatch == asset.ETag)
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return true;
        }

        response.ContentType = asset.ContentType;
        response.ContentLength = asset.Bytes.Length;
        if (HttpMethods.IsGet(request.Method))
        {
            await response.Body.WriteAsync(asset.Bytes);
        }

        return true;
    }

    private sealed record Asset(byte[] Bytes, string ContentType, string ETag);
}
