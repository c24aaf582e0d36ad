namespace Triangulate.Web.Tests;

/// <summary>
/// A test that drives Debian's chromium (browsers cannot be downloaded here). It is skipped, saying why, only on a
/// machine without chromium and outside CI; <c>.ci/run</c> installs chromium and sets CI, so there it always runs.
/// </summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (!File.Exists(Browser.ChromiumPath) && Environment.GetEnvironmentVariable("CI") is null)
        {
            Skip = $"skipped: no chromium at {Browser.ChromiumPath} (install it with `apt-get install chromium`; .ci/run does)";
        }
    }
}
