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
    public static IEnumerable<string> ExpandPaths(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var files = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(IsSupported)
                    .Order(StringComparer.Ordinal);
                foreach (var file in files)
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

        if (length == 0)
        {
            return [new ReadResult.Rejected(path, "empty file")];
        }

        if (length > options.MaxDocumentBytes)
        {
            return [new ReadResult.Rejected(
                path,
                $"file is {length / 1e6:0.0} MB, over the {options.MaxDocumentBytes / 1e6:0.#} MB limit for one input (--max-mb)")];
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

    internal static ReadResult FromText(string location, string text, DocumentMetadata metadata)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new ReadResult.Rejected(location, "no text");
        }

        return new ReadResult.Read(new Document(text, metadata));
    }
}
