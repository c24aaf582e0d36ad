using System.Globalization;
using System.IO.Compression;

namespace Triangulate.Readers.Docx;

/// <summary>
/// A Word document is a zip file, and a bomb like any other: its parts are checked against the limits of a container's
/// entries (<see cref="ReaderOptions.MaxEntryBytes"/>, <see cref="ReaderOptions.MaxCompressionRatio"/>) from the sizes
/// its directory states, before the Open XML SDK unpacks anything; what is really unpacked is bounded by the SDK's
/// own limit on the characters of a part (the directory can lie).
/// </summary>
internal static class PackageLimits
{
    private const double Mebibyte = 1024 * 1024;

    /// <summary>Why the package is refused, or null when its parts are within the limits.</summary>
    public static string? Refusal(byte[] bytes, ReaderOptions options)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            long total = 0;
            // Markup parts only: the SDK parses those; pictures and embedded files stay packed unless asked for.
            foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || e.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase)))
            {
                total += entry.Length;
                if (entry.Length > 1_000_000 && entry.Length > options.MaxCompressionRatio * Math.Max(entry.CompressedLength, 1))
                {
                    return string.Create(CultureInfo.InvariantCulture, $"refused: part {entry.FullName} expands {entry.Length / (double)Math.Max(entry.CompressedLength, 1):0}x ({entry.Length / Mebibyte:0.#} MB), over the ratio limit of {options.MaxCompressionRatio} (a zip bomb?)");
                }

                if (total > options.MaxEntryBytes)
                {
                    return string.Create(CultureInfo.InvariantCulture, $"refused: its markup parts unpack to over the {options.MaxEntryBytes / Mebibyte:0.###} MB limit for one entry");
                }
            }
        }
        catch (InvalidDataException ex)
        {
            return $"broken Word document: {ex.Message.Split('\n')[0]}";
        }

        return null;
    }
}
