using System.Text.Json;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Triangulate.Web.Api;
using Triangulate.Web.Assets;
using Triangulate.Web.Hosting;
using Triangulate.Web.Security;

namespace Triangulate.Web;

/// <summary>
/// <c>triangulate serve</c>: the HTTP API (minimal APIs grouped by resource, OpenAPI at <c>/openapi/v1.json</c>) and
/// the web application (a static client of that API), over one case.
/// </summary>
public static class WebServer
{
    /// <summary>Why the options cannot be served (a listening address beyond this machine without a token), or null.</summary>
    public static string? Check(WebServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Token is { } token && token.Length < WebServerOptions.MinimumTokenLength)
        {
            return $"--token: at least {WebServerOptions.MinimumTokenLength} characters";
        }

        foreach (var url in options.Urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            // Kestrel's wildcards ('*', '+') listen everywhere.
            if (!Uri.TryCreate(url.Replace("://*", "://0.0.0.0", StringComparison.Ordinal).Replace("://+", "://0.0.0.0", StringComparison.Ordinal), UriKind.Absolute, out var uri) ||
                uri.Scheme is not ("http" or "https"))
            {
                return $"--urls: '{url}' is not an http:// or https:// address";
            }

            if (!AccessGate.IsLoopback(uri.Host) && options.Token is null)
            {
                return $"--urls: '{url}' can be reached from other machines; serve it with --token T (every request must then show it)";
            }
        }

        return null;
    }

    /// <summary>Builds the server for a case (the case must exist).</summary>
    public static WebApplication Build(WebServerOptions options, Action<ILoggingBuilder>? logging = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = typeof(WebServer).Assembly.GetName().Name });
        builder.WebHost.UseUrls(options.Urls);
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning);
        logging?.Invoke(builder.Logging);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton<CaseHost>();
        builder.Services.AddSingleton<UploadJobs>();
        builder.Services.AddSingleton<EmbeddedAssets>();
        builder.Services.AddHostedService<CaseWatcher>();
        // Anti-forgery tokens live as long as the server: keys in memory, nothing written outside the case.
        builder.Services.AddSingleton<Microsoft.AspNetCore.DataProtection.IDataProtectionProvider, Microsoft.AspNetCore.DataProtection.EphemeralDataProtectionProvider>();
        builder.Services.AddAntiforgery(o =>
        {
            o.HeaderName = AntiforgeryFilter.HeaderName;
            o.Cookie.Name = "triangulate_csrf";
            o.Cookie.SameSite = SameSiteMode.Strict;
        });
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower);
        builder.Services.AddOpenApi(o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Triangulate";
            document.Info.Description = "The case file of a Triangulate case (documents, entities, claims, clusters, contradictions, timeline, search) and the user's decisions on it.";
            return Task.CompletedTask;
        }));
        if (options.Token is null)
        {
            // Loopback without a token: a page of another site that points a name of its own at 127.0.0.1 (DNS
            // rebinding) must not reach the case, so only this machine's own names are accepted as Host.
            builder.Services.Configure<HostFilteringOptions>(o => o.AllowedHosts = ["localhost", "127.0.0.1", "[::1]"]);
        }

        var app = builder.Build();
        if (options.Token is null)
        {
            app.UseHostFiltering();
        }

        app.UseMiddleware<SecurityHeaders>();
        app.UseMiddleware<AccessGate>();
        var assets = app.Services.GetRequiredService<EmbeddedAssets>();
        app.Use(async (context, next) =>
        {
            if (!await assets.TryServeAsync(context))
            {
                await next(context);
            }
        });

        app.MapOpenApi();
        MapLogin(app, options);
        var api = app.MapGroup("/api");
        api.MapGet("/antiforgery", (IAntiforgery antiforgery, HttpContext context) =>
        {
            var tokens = antiforgery.GetAndStoreTokens(context);
            return TypedResults.Ok(new AntiforgeryToken(AntiforgeryFilter.HeaderName, tokens.RequestToken!));
        }).WithTags("Security").WithSummary("The anti-forgery token to send in the X-CSRF-TOKEN header of every POST (its cookie is set too).");
        api.MapCase().MapDocuments().MapEntities().MapClaims().MapContradictions().MapUploads().MapExports();
        return app;
    }

    /// <summary>
    /// Runs the server until <paramref name="stopping"/> is cancelled: builds the case view first (so the first page
    /// is fast), then prints the address to open on <paramref name="output"/>.
    /// </summary>
    public static async Task RunAsync(WebServerOptions options, TextWriter output, CancellationToken stopping)
    {
        ArgumentNullException.ThrowIfNull(output);
        await using var app = Build(options);
        var view = app.Services.GetRequiredService<CaseHost>().View;
        await app.StartAsync(stopping);
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        output.WriteLine($"Triangulate is serving the case '{Cases.CaseLocation.Postgres(options.CaseFolder)?.ToString() ?? options.CaseFolder}' ({view.File.Documents.Count} documents).");
        foreach (var address in addresses)
        {
            output.WriteLine($"Open {address.Replace("://[::]", "://localhost", StringComparison.Ordinal)}/" + (options.Token is null ? string.Empty : "  (log in with your token)"));
        }

        output.WriteLine("Press Ctrl+C to stop.");
        output.Flush();
        try
        {
            await Task.Delay(Timeout.Infinite, stopping);
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C: stop below.
        }

        await app.StopAsync(CancellationToken.None);
    }

    private static void MapLogin(WebApplication app, WebServerOptions options)
    {
        app.MapGet("/login", () => TypedResults.Content(AccessGate.LoginPage(failed: false), "text/html; charset=utf-8")).ExcludeFromDescription();
        app.MapPost("/login", async (HttpContext context) =>
        {
            var form = context.Request.HasFormContentType ? await context.Request.ReadFormAsync() : null;
            var given = form?["token"].ToString() ?? string.Empty;
            if (options.Token is null || !AccessGate.Matches(given, options.Token))
            {
                return Results.Content(AccessGate.LoginPage(failed: options.Token is not null), "text/html; charset=utf-8", statusCode: options.Token is null ? 404 : 401);
            }

            context.Response.Cookies.Append(AccessGate.CookieName, AccessGate.CookieValue(options.Token), new CookieOptions
            {
                HttpOnly = true,
                SameSite = SameSiteMode.Strict,
                Secure = context.Request.IsHttps,
                Path = "/",
            });
            return Results.Redirect("/");
        }).ExcludeFromDescription().DisableAntiforgery();
    }
}
