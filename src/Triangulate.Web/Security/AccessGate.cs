using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Triangulate.Web.Security;

/// <summary>
/// When the server has a token (required to listen beyond this machine), every request must show it: in the
/// <c>Authorization: Bearer</c> or <c>X-Triangulate-Token</c> header, or in the cookie the login page sets.
/// </summary>
internal sealed class AccessGate(RequestDelegate next, WebServerOptions options)
{
    /// <summary>The cookie the login page sets (it holds a hash of the token, never the token).</summary>
    public const string CookieName = "triangulate_access";

    public async Task InvokeAsync(HttpContext context)
    {
        if (options.Token is null || IsOpen(context.Request) || HasToken(context.Request, options.Token))
        {
            await next(context);
            return;
        }

        if (context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/openapi"))
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            await context.Response.WriteAsJsonAsync(new { title = "this server needs its access token (header Authorization: Bearer TOKEN, or log in at /login)" });
            return;
        }

        context.Response.Redirect("/login");
    }

    /// <summary>What anyone may fetch: the login page and its style sheet.</summary>
    private static bool IsOpen(HttpRequest request) =>
        request.Path == "/login" || request.Path == "/app/app.css";

    public static bool HasToken(HttpRequest request, string token)
    {
        var given = request.Headers.Authorization.ToString() is { } auth && auth.StartsWith("Bearer ", StringComparison.Ordinal)
            ? auth["Bearer ".Length..].Trim()
            : request.Headers["X-Triangulate-Token"].ToString();
        if (given.Length > 0)
        {
            return Matches(given, token);
        }

        return request.Cookies.TryGetValue(CookieName, out var cookie) &&
            CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(cookie), Encoding.UTF8.GetBytes(CookieValue(token)));
    }

    public static bool Matches(string given, string token) =>
        CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(given)), SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    public static string CookieValue(string token) =>
        Convert.ToHexString(HMACSHA256.HashData(Encoding.UTF8.GetBytes(token), "triangulate-access"u8));

    /// <summary>The login page: a form, no script.</summary>
    public static string LoginPage(bool failed) =>
        $"""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>Triangulate: log in</title>
        <link rel="stylesheet" href="/app/app.css"></head>
        <body><main class="login"><h1>Triangulate</h1>
        <p>This case is served with an access token. Enter it to continue.</p>
        {(failed ? "<p class=\"error\">That is not the token.</p>" : string.Empty)}
        <form method="post" action="/login"><label>Token <input type="password" name="token" autocomplete="current-password" autofocus></label>
        <button type="submit">Log in</button></form></main></body></html>
        """;

    /// <summary>Whether an address is this machine's own (loopback).</summary>
    public static bool IsLoopback(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase) ||
        (IPAddress.TryParse(host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
}
