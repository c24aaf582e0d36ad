using System.IO.Compression;
using Triangulate.Readers.Formats;

namespace Triangulate.Readers.Zip;

/// <summary>
/// Zip files: each entry is read in memory as an input of its own (its format chosen by content) and recorded with the
/// archive as its parent; the count, size, ratio and nesting limits are <see cref="ReadContext"/>'s. A refused zip
/// bomb costs the reading of its directory, not its expansion.
/// </summary>
internal sealed class ZipReader : IFormatReader
{
    /// <inheritdoc />
    public InputFormat Format => InputFormat.Zip;

    /// <inheritdoc />
    public IEnumerable<ReadResult> Read(Input input, ReadContext context)
    {
        using var stream = input.Open();
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(stream, ZipArchiveMode.Read);
        }
        catch (InvalidDataException ex)
        {
            return [new ReadResult.Rejected(input.Location, $"broken zip file: {ex.Message.Split('\n')[0]}")];
        }

        var results = new List<ReadResult>();
        using (zip)
        {
            foreach (var entry in zip.Entries.OrderBy(e => e.FullName, StringComparer.Ordinal))
            {
                if (context.Stopped)
                {
                    break;
                }

                // Nothing is unpacked to disk, so such a name could do no harm here; but a name that climbs out of the
                // folder it would be unpacked to, or an absolute one, is how an archive attacks other tools, and a
                // link's content is a path on the machine that made it: each is named in one line, not read.
                if (Suspicious(entry) is { } why)
                {
                    results.Add(new ReadResult.Rejected($"{input.Location}/{entry.FullName}", $"refused: {why}"));
                    continue;
                }

                // Folders, hidden files and a folder's README are not reports, as when a folder is read.
                if (entry.FullName.EndsWith('/') || entry.FullName.Split('/').Any(p => p.StartsWith('.') || p == "__MACOSX") || !DocumentReader.IsSupported(entry.Name))
                {
                    continue;
                }

                if (entry.IsEncrypted)
                {
                    results.Add(new ReadResult.Rejected($"{input.Location}/{entry.FullName}", "encrypted zip entry (no password is tried)"));
                    continue;
                }

                results.AddRange(context.ReadEntry(input, entry.FullName, entry.Open, entry.Length, entry.CompressedLength));
            }
        }

        return results;
    }

    private static string? Suspicious(ZipArchiveEntry entry)
    {
        var name = entry.FullName;
        if (((entry.ExternalAttributes >> 16) & 0xF000) == 0xA000)
        {
            return "a symbolic link (its target is not followed)";
        }

        var parts = name.Split('/', '\\');
        if (parts.Any(p => p == ".."))
        {
            return "its name climbs out of the archive's folder (..)";
        }

        return name.StartsWith('/') || name.StartsWith('\\') || (name.Length > 1 && name[1] == ':' && char.IsAsciiLetter(name[0]))
            ? "its name is an absolute path"
            : null;
    }
}
