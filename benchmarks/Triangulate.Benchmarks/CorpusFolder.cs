namespace Triangulate.Benchmarks;

/// <summary>Where the benchmarks find the public data beside the checkout.</summary>
internal static class CorpusFolder
{
    /// <summary>The BBC collection in <c>../shared/data/news/bbc</c>, or null when it is absent.</summary>
    public static string? Bbc()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Triangulate.slnx")))
        {
            directory = directory.Parent;
        }

        var folder = directory is null ? null : Path.Combine(directory.FullName, "..", "shared", "data", "news", "bbc");
        return folder is not null && Directory.Exists(folder) ? folder : null;
    }
}
