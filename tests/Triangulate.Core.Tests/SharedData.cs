namespace Triangulate.Core.Tests;

/// <summary>Finds <c>../shared</c> beside the repository root (the folder holding Triangulate.slnx).</summary>
internal static class SharedData
{
    /// <summary>The path of <c>../shared/RELATIVE</c>, or null when the repository root or the folder is absent.</summary>
    public static string? Find(string relative)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Triangulate.slnx")))
        {
            dir = dir.Parent;
        }

        if (dir?.Parent is null)
        {
            return null;
        }

        var path = Path.Combine(dir.Parent.FullName, "shared", relative);
        return Directory.Exists(path) || File.Exists(path) ? path : null;
    }
}
