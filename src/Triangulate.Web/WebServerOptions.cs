namespace Triangulate.Web;

/// <summary>How <c>triangulate serve</c> runs.</summary>
/// <param name="CaseFolder">The case folder.</param>
/// <param name="Urls">Where to listen, separated by ';' (default <see cref="DefaultUrl"/>).</param>
/// <param name="Token">The access token every request must show; required to listen on any address but loopback.</param>
public sealed record WebServerOptions(string CaseFolder, string Urls = WebServerOptions.DefaultUrl, string? Token = null)
{
    /// <summary>This machine only.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5080";

    /// <summary>The shortest token accepted.</summary>
    public const int MinimumTokenLength = 12;
}
