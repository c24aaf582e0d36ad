using System.Reflection;

namespace Triangulate.Core.Data;

/// <summary>
/// The word lists and gazetteers the annotators know the world by. Each ships inside the assembly (its source is
/// <c>src/Triangulate.Core/Resources/NAME</c>, one entry a line, <c>#</c> starts a comment) and a user extends it by
/// putting a file of the same name in the folder named by the <c>TRIANGULATE_DATA</c> environment variable: its
/// lines are added to the built-in ones.
/// </summary>
public static class DataFile
{
    /// <summary>The environment variable naming a folder of user data files.</summary>
    public const string UserFolderVariable = "TRIANGULATE_DATA";

    /// <summary>The non-empty, non-comment lines of the data file, built-in first, then the user's.</summary>
    public static IReadOnlyList<string> ReadLines(string name)
    {
        var lines = new List<string>();
        AddLines(lines, OpenBuiltIn(name));
        var folder = Environment.GetEnvironmentVariable(UserFolderVariable);
        if (!string.IsNullOrEmpty(folder))
        {
            var path = Path.Combine(folder, name);
            if (File.Exists(path))
            {
                AddLines(lines, File.OpenRead(path));
            }
        }

        return lines;
    }

    /// <summary>The whole built-in resource as a stream (for binary model files), or the user's override.</summary>
    public static Stream Open(string name)
    {
        var folder = Environment.GetEnvironmentVariable(UserFolderVariable);
        if (!string.IsNullOrEmpty(folder))
        {
            var path = Path.Combine(folder, name);
            if (File.Exists(path))
            {
                return File.OpenRead(path);
            }
        }

        return OpenBuiltIn(name) ?? throw new FileNotFoundException($"No built-in data file '{name}'.", name);
    }

    private static Stream? OpenBuiltIn(string name) =>
        typeof(DataFile).Assembly.GetManifestResourceStream("Triangulate.Core.Resources." + name);

    private static void AddLines(List<string> lines, Stream? stream)
    {
        if (stream is null)
        {
            return;
        }

        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            var hash = line.IndexOf('#', StringComparison.Ordinal);
            var content = (hash >= 0 ? line[..hash] : line).Trim();
            if (content.Length > 0)
            {
                lines.Add(content);
            }
        }
    }
}
