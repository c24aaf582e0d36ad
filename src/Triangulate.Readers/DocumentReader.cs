using Triangulate.Core.Documents;

namespace Triangulate.Readers;

/// <summary>
/// Turns paths (files and folders, recursively) into documents, one reader per format chosen by extension. Every
/// failure is a <see cref="ReadResult.Rejected"/> naming the file; nothing else in the batch is lost.
/// </summary>
public sealed class DocumentReader(ReaderOptions options)
{
    private static readonly HashSet<string> TextExtensions = new(StringComparer.OrdinalIgnoreCase) { ".txt", ".text" };
    private static readonly HashSet<string> HtmlExtensions = new(StringComparer.OrdinalIgnoreCase) { ".html", ".htm", ".xhtml" };
    private static readonly HashSet<string> FeedExtensions = new(StringComparer.OrdinalIgnoreCase) { ".rss", ".atom", ".xml" };
    private static readonly HashSet<string> JsonLinesExtensions = new(StringComparer.OrdinalIgnoreCase) { ".jsonl", ".ndjson" };

    // --max-mb counts in units of 1024 x 1024 bytes, and messages print sizes in the same unit, so the limit reads back as given.
    private const double Mebibyte = 1024 * 1024;

    /// <summary>Creates a reader with default limits.</summary>
    public DocumentReader()
        : this(ReaderOptions.Default)
    {
    }

    /// <summary>Whether a file in a folder is read: a supported extension, and not the folder's README or licence.</summary>
    public static bool IsSupported(string path)
    {
        var extension = Path.GetExtension(path);
        var stem = Path.GetFileNameWithoutExtension(path).ToUpperInvariant();
        if (stem is "README" or "LICENSE" or "LICENCE" or "COPYING" or "NOTICE" || Path.GetFileName(path).StartsWith('.'))
        {
            return false;
        }

        return TextExtensions.Contains(extension) || HtmlExtensions.Contains(extension) ||
            FeedExtensions.Contains(extension) || JsonLinesExtensions.Contains(extension);
    }

    /// <summary>The files a list of paths stands for, in a stable order: files as given, folders walked recursively.</summary>
    public static IEnumerable<string> ExpandPaths(IEnumerable<string> paths) => ExpandPaths(paths, skipped: null);

    /// <summary>
    /// The files a list of paths stands for, in a stable order: files as given, folders walked recursively. A folder
    /// reached again through a symbolic link (a loop, or a second way to the same folder) is not walked again, and
    /// <paramref name="skipped"/> hears of it once; so does every entry that is not a regular file.
    /// </summary>
    public static IEnumerable<string> ExpandPaths(IEnumerable<string> paths, Action<ReadResult.Rejected>? skipped)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var walked = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var file in Walk(path, walked, skipped))
                {
                    yield return file;
                }
            }
            else
            {
                yield return path;
            }
        }
    }

    // Every supported regular file under root, sorted by path (ordinal), as the order documents enter a case.
    private static List<string> Walk(string root, HashSet<string> walked, Action<ReadResult.Rejected>? skipped)
    {
        var found = new List<string>();
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var folder = pending.Pop();
            var real = RealPath(folder);
            if (!walked.Add(real))
            {
                skipped?.Invoke(new ReadResult.Rejected(folder, $"symbolic link back to {real}, already read: not followed"));
                continue;
            }

            string[] entries;
            try
            {
                entries = Directory.GetFileSystemEntries(folder);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                skipped?.Invoke(new ReadResult.Rejected(folder, $"folder could not be read: {ex.Message}"));
                continue;
            }

            Array.Sort(entries, StringComparer.Ordinal);
            var files = new List<string>();
            foreach (var entry in entries)
            {
                if (Directory.Exists(entry))
                {
                    continue;
                }

                if (!IsSupported(entry))
                {
                    continue;
                }

                if (Limits.FileKind.NotRegular(entry) is { } kind)
                {
                    skipped?.Invoke(new ReadResult.Rejected(entry, $"{kind}, not a regular file"));
                    continue;
                }

                files.Add(entry);
            }

            found.AddRange(files);
            foreach (var sub in entries.Where(Directory.Exists))
            {
                pending.Push(sub);
            }
        }

        found.Sort(StringComparer.Ordinal);
        return found;
    }

    private static string RealPath(string folder)
    {
        try
        {
            var info = new DirectoryInfo(folder);
            var target = info.ResolveLinkTarget(returnFinalTarget: true);
            var full = (target ?? info).FullName;

            // A link inside a linked folder resolves relative to it; resolve every parent too.
            var parent = Path.GetDirectoryName(full);
            return parent is null || parent == full ? full : Path.Combine(RealPath(parent), Path.GetFileName(full));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Path.GetFullPath(folder);
        }
    }

    /// <summary>Reads every document of one file. Never throws: any failure is a rejection of this file.</summary>
    public IReadOnlyList<ReadResult> ReadFile(string path)
    {
        try
        {
            return ReadFileUnchecked(path).ToList();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return [new ReadResult.Rejected(path, $"could not be read: {ex.GetType().Name}: {ex.Message.Split('\n')[0]}")];
        }
    }

    private IEnumerable<ReadResult> ReadFileUnchecked(string path)
    {
        var name = Path.GetFileName(path);
        if (!File.Exists(path))
        {
            return [new ReadResult.Rejected(path, "no such file or folder")];
        }

        long length;
        try
        {
            length = new FileInfo(path).Length;
        }
        catch (IOException ex)
        {
            return [new ReadResult.Rejected(path, ex.Message)];
        }

        if (Limits.FileKind.NotRegular(path) is { } kind)
        {
            return [new ReadResult.Rejected(path, $"{kind}, not a regular file")];
        }

        if (length == 0)
        {
            return [new ReadResult.Rejected(path, "empty file")];
        }

        if (length > options.MaxDocumentBytes)
        {
            return [new ReadResult.Rejected(
                path,
                $"file is {length / Mebibyte:0.0} MB, over the {options.MaxDocumentBytes / Mebibyte:0.###} MB limit for one input (--max-mb)")];
        }

        var extension = Path.GetExtension(path);
        try
        {
            var bytes = File.ReadAllBytes(path);
            if (HtmlExtensions.Contains(extension))
            {
                return [HtmlReader.Read(path, name, bytes)];
            }

            if (FeedExtensions.Contains(extension))
            {
                return FeedReader.Read(path, bytes);
            }

            if (JsonLinesExtensions.Contains(extension))
            {
                return JsonLinesReader.Read(path, name, bytes);
            }

            return [PlainTextReader.Read(path, name, bytes)];
        }
        catch (IOException ex)
        {
            return [new ReadResult.Rejected(path, ex.Message)];
        }
        catch (UnauthorizedAccessException ex)
        {
            return [new ReadResult.Rejected(path, ex.Message)];
        }
    }

    /// <summary>Reads every document under the paths.</summary>
    public IEnumerable<ReadResult> Read(IEnumerable<string> paths) => ExpandPaths(paths).SelectMany(ReadFile);

    internal static ReadResult FromText(string location, string text, DocumentMetadata metadata, string? warning = null)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new ReadResult.Rejected(location, "no text");
        }

        return new ReadResult.Read(new Document(text, metadata), warning is null ? null : [$"{location}: {warning}"]);
    }
}
