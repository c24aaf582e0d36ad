using System.Collections.Concurrent;
using System.Globalization;

namespace Triangulate.Readers.Formats;

/// <summary>
/// Reading one file given by the user, and everything inside it. Every limit is enforced here, at the one place all
/// inputs pass through: the size of a document, the size of a container, and for entries of containers their count,
/// their total unpacked size, their compression ratio and the nesting depth. Each refusal is one rejection naming the
/// entry; once the count or total is spent, the rest of the file is refused with one line.
/// </summary>
internal sealed class ReadContext(ReaderOptions options, IReadOnlyDictionary<InputFormat, IFormatReader> readers, ConcurrentDictionary<string, string> messages)
{
    // Sizes are shown in MiB, as --max-mb counts them.
    private const double Mebibyte = 1024 * 1024;

    private int _entries;
    private long _unpacked;

    /// <summary>The limits.</summary>
    public ReaderOptions Options => options;

    /// <summary>True once the entry count or the total unpacked size of this file is spent: containers stop reading.</summary>
    public bool Stopped { get; private set; }

    /// <summary>Inputs of an unknown format, skipped.</summary>
    public int Skipped { get; private set; }

    /// <summary>Claims a Message-ID for <paramref name="location"/>; false when another message already had it.</summary>
    public bool ClaimMessage(string messageId, string location, out string firstSeenAt)
    {
        firstSeenAt = messages.GetOrAdd(messageId, location);
        return firstSeenAt == location;
    }

    /// <summary>Reads an input with the reader of its format, after checking its size. Never throws.</summary>
    public IEnumerable<ReadResult> Read(Input input, InputFormat? knownFormat = null)
    {
        InputFormat format;
        try
        {
            format = knownFormat ?? Detect(input);
            if (format == InputFormat.Unknown)
            {
                format = FormatDetector.FromExtension(input.Name);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [new ReadResult.Rejected(input.Location, ex.Message)];
        }

        if (format == InputFormat.Unknown || !readers.TryGetValue(format, out var reader))
        {
            Skipped++;
            return [new ReadResult.Skipped(input.Location, "not a format Triangulate reads (text, HTML, feeds, JSON lines, PDF, Word, e-mail, web archives, zip)")];
        }

        if (FormatDetector.IsContainer(format) && input.Depth >= options.MaxDepth)
        {
            return [new ReadResult.Rejected(input.Location, $"refused: a container nested {input.Depth} deep, at the limit of {options.MaxDepth} (a zip bomb?)")];
        }

        // A message carries its attachments, so it may be as large as a container's entry.
        var limit = FormatDetector.IsContainer(format) ? options.MaxContainerBytes : format == InputFormat.Email ? Math.Max(options.MaxDocumentBytes, options.MaxEntryBytes) : options.MaxDocumentBytes;
        if (input.Length > limit)
        {
            return [new ReadResult.Rejected(
                input.Location,
                string.Create(CultureInfo.InvariantCulture, $"file is {input.Length / Mebibyte:0.0} MB, over the {limit / Mebibyte:0.###} MB limit for one {(FormatDetector.IsContainer(format) ? "container" : "input")} (--max-mb)"))];
        }

        try
        {
            return reader.Read(input, this).Select(r => r is ReadResult.Read read ? Stamp(read, input) : r).ToList();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return [new ReadResult.Rejected(input.Location, $"could not be read as {format}: {ex.GetType().Name}: {ex.Message.Split('\n')[0].Trim()}")];
        }
    }

    /// <summary>
    /// Reads an entry of a container within the limits: refused (one line naming it) when it is nested too deep,
    /// when the container has too many entries or too much unpacked data, or when it expands more than the ratio allows.
    /// </summary>
    /// <param name="container">The container.</param>
    /// <param name="path">The entry's path inside the container.</param>
    /// <param name="open">Opens the entry's (decompressed) content.</param>
    /// <param name="declaredSize">The size the container states for the entry, when it states one.</param>
    /// <param name="compressedSize">The entry's compressed size, when it is compressed.</param>
    /// <param name="parentId">The container's document id, when the container is a document (an e-mail).</param>
    /// <param name="format">The entry's format, when the container says what it is (a mailbox's message).</param>
    public IEnumerable<ReadResult> ReadEntry(Input container, string path, Func<Stream> open, long? declaredSize = null, long? compressedSize = null, string? parentId = null, InputFormat? format = null)
    {
        var location = $"{container.Location}/{path}";
        if (Stopped)
        {
            return [];
        }

        if (container.Depth + 1 > options.MaxDepth)
        {
            return [new ReadResult.Rejected(location, $"refused: nested {container.Depth + 1} containers deep, over the limit of {options.MaxDepth}")];
        }

        if (++_entries > options.MaxEntries)
        {
            Stopped = true;
            return [new ReadResult.Rejected(location, $"refused: over {options.MaxEntries} entries in one input; the rest of it is not read")];
        }

        if (declaredSize is { } declared && compressedSize is { } compressed && Expands(declared, compressed))
        {
            return [new ReadResult.Rejected(location, string.Create(CultureInfo.InvariantCulture, $"refused: expands {declared / (double)Math.Max(compressed, 1):0}x ({declared / Mebibyte:0.#} MB from {compressed / Mebibyte:0.###} MB), over the ratio limit of {options.MaxCompressionRatio} (a zip bomb?)"))];
        }

        if (declaredSize > options.MaxEntryBytes)
        {
            return [new ReadResult.Rejected(location, string.Create(CultureInfo.InvariantCulture, $"refused: {declaredSize / Mebibyte:0.#} MB, over the {options.MaxEntryBytes / Mebibyte:0.###} MB limit for one entry"))];
        }

        byte[] bytes;
        try
        {
            using var stream = open();
            if (ReadBounded(stream, location, compressedSize, out bytes) is { } refusal)
            {
                return [refusal];
            }
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or NotSupportedException)
        {
            return [new ReadResult.Rejected(location, $"entry could not be read: {ex.Message.Split('\n')[0].Trim()}")];
        }

        var entry = Input.OfBytes(location, $"{container.Name}/{path}", bytes, container.Depth + 1) with
        {
            Parent = container.Name,
            ParentId = parentId,
            PathInParent = path,
        };
        return Read(entry, format);
    }

    private ReadResult.Rejected? ReadBounded(Stream stream, string location, long? compressedSize, out byte[] bytes)
    {
        // Sizes a container states can lie; the bytes actually read are counted against every limit.
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk)) > 0)
        {
            buffer.Write(chunk, 0, read);
            _unpacked += read;
            if (buffer.Length > options.MaxEntryBytes)
            {
                bytes = [];
                return new ReadResult.Rejected(location, string.Create(CultureInfo.InvariantCulture, $"refused: over the {options.MaxEntryBytes / Mebibyte:0.###} MB limit for one entry"));
            }

            if (compressedSize is { } compressed && Expands(buffer.Length, compressed))
            {
                bytes = [];
                return new ReadResult.Rejected(location, $"refused: expands more than {options.MaxCompressionRatio}x (a zip bomb?)");
            }

            if (_unpacked > options.MaxUnpackedBytes)
            {
                Stopped = true;
                bytes = [];
                return new ReadResult.Rejected(location, string.Create(CultureInfo.InvariantCulture, $"refused: over {options.MaxUnpackedBytes / Mebibyte:0.###} MB unpacked from one input; the rest of it is not read"));
            }
        }

        bytes = buffer.ToArray();
        return null;
    }

    // A small entry may compress well without harm; the ratio matters once it is large.
    private bool Expands(long size, long compressed) => size > 1_000_000 && size > options.MaxCompressionRatio * Math.Max(compressed, 1);

    private static InputFormat Detect(Input input)
    {
        var head = new byte[(int)Math.Min(FormatDetector.HeadLength, Math.Max(input.Length, 0))];
        using (var stream = input.Open())
        {
            head = head[..stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false)];
        }

        return FormatDetector.Detect(head, input.Name, input.Open);
    }

    private static ReadResult.Read Stamp(ReadResult.Read read, Input input)
    {
        var stamped = input.Stamp(read.Document.Metadata);
        return ReferenceEquals(stamped, read.Document.Metadata) ? read : new ReadResult.Read(new Core.Documents.Document(read.Document.Text, stamped));
    }
}
