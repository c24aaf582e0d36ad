using Triangulate.Core.Syntax.Training;

namespace Triangulate.Eval.Syntax;

/// <summary>
/// Finds the sentences of a treebank: a CoNLL-U file, a folder of them, or the GUM folder (<c>dep/</c> and
/// <c>splits.md</c>), where a split name (train, dev, test) picks the documents <c>splits.md</c> lists under it.
/// </summary>
public static class TreebankFiles
{
    /// <summary>
    /// The CoNLL-U files of <paramref name="path"/> for <paramref name="split"/> (ignored for a file); in the GUM folder,
    /// those of its <paramref name="layer"/> subfolder (<c>dep</c>, or <c>coref</c>).
    /// </summary>
    public static IReadOnlyList<string> Resolve(string path, string split, string layer = "dep")
    {
        if (File.Exists(path))
        {
            return [path];
        }

        if (!Directory.Exists(path))
        {
            throw new FileNotFoundException($"No such file or folder: {path}", path);
        }

        var splits = Path.Combine(path, "splits.md");
        var folder = Directory.Exists(Path.Combine(path, layer)) ? Path.Combine(path, layer) : path;
        var files = Directory.EnumerateFiles(folder, "*.conllu").Order(StringComparer.Ordinal).ToList();
        if (!File.Exists(splits))
        {
            return files;
        }

        var listed = ReadSplits(splits);
        return files.Where(f => listed.GetValueOrDefault(Path.GetFileNameWithoutExtension(f)) == split).ToList();
    }

    /// <summary>The sentences of every file.</summary>
    public static List<TreebankSentence> Read(IEnumerable<string> files) => files.SelectMany(ConlluReader.Read).ToList();

    // splits.md lists documents under "## dev", "## test", "## test2" headings as "  * GUM_genre_name".
    private static Dictionary<string, string> ReadSplits(string path)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        string? current = null;
        foreach (var line in File.ReadLines(path))
        {
            var trimmed = line.Trim();
            if (trimmed.StartsWith("## ", StringComparison.Ordinal))
            {
                current = trimmed[3..].Trim();
            }
            else if (current is not null && trimmed.StartsWith("* ", StringComparison.Ordinal))
            {
                result[trimmed[2..].Trim()] = current;
            }
        }

        return result;
    }
}
