using System.Collections.Concurrent;
using Triangulate.Core.Documents;
using Triangulate.Readers.Formats;

namespace Triangulate.Readers;

/// <summary>
/// Turns paths (files and folders, recursively) into documents. Each file's format is chosen by its content (the
/// extension is a hint), and read by the one reader of that format; containers (zip files, web archives, mailboxes,
/// e-mails with attachments) hand their entries back through the same choice, within the limits of
/// <see cref="ReaderOptions"/>. Every failure is a <see cref="ReadResult.Rejected"/> naming the file (and the entry
/// inside it); nothing else in the batch is lost.
/// </summary>
public sealed class DocumentReader(ReaderOptions options)
{
    // Message-IDs seen by this reader (across files, for one run): a message kept in two mailboxes is stored once.
    private readonly ConcurrentDictionary<string, string> _messages = new(StringComparer.Ordinal);
    private readonly IReadOnlyDictionary<InputFormat, IFormatReader> _readers = FormatReaders.All().ToDictionary(r => r.Format);

    /// <summary>Creates a reader with default limits.</summary>
    public DocumentReader()
        : this(ReaderOptions.Default)
    {
    }

    /// <summary>Whether a file in a folder is offered to the readers: anything but hidden files and the folder's README or licence.</summary>
    public static bool IsSupported(string path)
    {
        var stem = Path.GetFileNameWithoutExtension(path).ToUpperInvariant();
        return stem is not ("README" or "LICENSE" or "LICENCE" or "COPYING" or "NOTICE") && !Path.GetFileName(path).StartsWith('.');
    }

    /// <summary>The files a list of paths stands for, in a stable order: files as given, folders walked recursively
    /// (hidden folders, such as a case folder, left out).</summary>
    public static IEnumerable<string> ExpandPaths(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var files = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => IsSupported(f) && !Path.GetRelativePath(path, f).Split(Path.DirectorySeparatorChar).SkipLast(1).Any(d => d.StartsWith('.')))
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

    /// <summary>Reads every document of one file. Never throws: any failure is a rejection of this file (or its entry).</summary>
    public IReadOnlyList<ReadResult> ReadFile(string path)
    {
        try
        {
            if (!File.Exists(path))
            {
                return [new ReadResult.Rejected(path, "no such file or folder")];
            }

            var length = new FileInfo(path).Length;
            if (length == 0)
            {
                return [new ReadResult.Rejected(path, "empty file")];
            }

            return new ReadContext(options, _readers, _messages).Read(Input.OfFile(path, length)).ToList();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return [new ReadResult.Rejected(path, $"could not be read: {ex.GetType().Name}: {ex.Message.Split('\n')[0]}")];
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
