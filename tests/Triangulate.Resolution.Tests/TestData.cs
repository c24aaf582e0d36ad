using Triangulate.Resolution;

namespace Triangulate.Resolution.Tests;

internal static class TestData
{
    /// <summary>The entity holding a mention written <paramref name="text"/>.</summary>
    public static ResolvedEntity EntityOf(this CaseResolution resolution, string text) =>
        resolution.Entities.Single(e => e.Aliases.Any(a => a.Text == text));

    /// <summary>The repository's ../shared folder, or null when absent.</summary>
    public static string? SharedFolder()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Triangulate.slnx")))
        {
            dir = dir.Parent;
        }

        var shared = dir is null ? null : Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared"));
        return shared is not null && Directory.Exists(shared) ? shared : null;
    }
}
