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

    // --max-mb counts in units of 1024 x 1024 bytes, and messages print sizes in the same unit, so the limit reads back as given.
    private const double Mebibyte = 1024 * 1024;

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
            // Hidden folders (a case folder, .git) hold no reports.
            foreach (var sub in entries.Where(e => Directory.Exists(e) && !Path.GetFileName(e).StartsWith('.')))
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

    /// <summary>Reads every document of one file. Never throws: any failure is a rejection of this file (or its entry).</summary>
    public IReadOnlyList<ReadResult> ReadFile(string path)
    {
        try
        {
            if (!File.Exists(path))
            {
                return [new ReadResult.Rejected(path, "no such file or folder")];
            }

            // A FIFO or a device would block or never end (/dev/zero): only regular files are read.
            if (Limits.FileKind.NotRegular(path) is { } kind)
            {
                return [new ReadResult.Rejected(path, $"{kind}, not a regular file")];
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

    internal static ReadResult FromText(string location, string text, DocumentMetadata metadata, string? warning = null)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new ReadResult.Rejected(location, "no text");
        }

        return new ReadResult.Read(new Document(text, metadata), warning is null ? null : [$"{location}: {warning}"]);
    }
}
