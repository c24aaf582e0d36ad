namespace Triangulate.Testing;

/// <summary>Where the repository and the shared evaluation material are, seen from a test.</summary>
internal static class TestPaths
{
    /// <summary>The repository root: the folder holding Triangulate.slnx.</summary>
    public static string Repository { get; } = FindRepository();

    /// <summary>../shared beside the repository, or null when it is absent.</summary>
    public static string? Shared
    {
        get
        {
            var path = Path.GetFullPath(Path.Combine(Repository, "..", "shared"));
            return Directory.Exists(path) ? path : null;
        }
    }

    /// <summary>A fresh empty temporary folder.</summary>
    public static string NewTempFolder(string prefix)
    {
        var path = Path.Combine(Path.GetTempPath(), $"{prefix}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(path);
        return path;
    }

    private static string FindRepository()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Triangulate.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Triangulate.slnx not found above the test binaries.");
    }
}
