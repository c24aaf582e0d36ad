using System.IO.Compression;
using CsvHelper;

namespace Triangulate.Export.Csv;

/// <summary>
/// One RFC 4180 CSV file per layer (<see cref="CsvLayers"/>), UTF-8 with a byte order mark so that spreadsheets read
/// accents, in a folder or a zip. A text cell that a spreadsheet would run as a formula (it starts with <c>=</c>,
/// <c>+</c>, <c>-</c>, <c>@</c>, a tab or CR) is written with a leading <c>'</c>: reports come from anywhere.
/// </summary>
public sealed class CsvExporter : ICaseExporter
{
    // A fixed time for the zip entries, so that the same case gives the same bytes (the earliest a zip can hold).
    private static readonly DateTimeOffset EntryTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly CsvWriterOptions Options = new()
    {
        WriteByteOrderMark = true,
        Injection = CsvInjection.Escape,
        TrueValue = "true",
        FalseValue = "false",
    };

    /// <inheritdoc />
    public string Format => "csv";

    /// <inheritdoc />
    public string Description => "one CSV file per layer (UTF-8 with BOM, ids that join) in a folder, or a zip when the path ends in .zip";

    /// <inheritdoc />
    public bool WritesStream => false;

    /// <summary>Writes every layer as an entry of a zip archive.</summary>
    public void Write(CaseFile caseFile, Stream output)
    {
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var layer in CsvLayers.Of(caseFile))
        {
            var entry = zip.CreateEntry(layer.Name + ".csv", CompressionLevel.Optimal);
            entry.LastWriteTime = EntryTime;
            using var stream = entry.Open();
            WriteLayer(layer, stream);
        }
    }

    /// <summary>Writes a zip when <paramref name="path"/> ends in <c>.zip</c>, else a folder of CSV files.</summary>
    public void WriteTo(CaseFile caseFile, string path)
    {
        if (path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
        {
            var partial = path + ".partial";
            try
            {
                using (var file = File.Create(partial))
                {
                    Write(caseFile, file);
                }

                File.Move(partial, path, overwrite: true);
            }
            finally
            {
                File.Delete(partial);
            }

            return;
        }

        Directory.CreateDirectory(path);
        foreach (var layer in CsvLayers.Of(caseFile))
        {
            using var file = File.Create(Path.Combine(path, layer.Name + ".csv"));
            WriteLayer(layer, file);
        }
    }

    /// <summary>Writes one layer: the header, then each row.</summary>
    public static void WriteLayer(CsvLayer layer, Stream output)
    {
        using var csv = CsvWriter.Create(output, Options, leaveOpen: true);
        foreach (var name in layer.Header)
        {
            csv.WriteField(name);
        }

        csv.EndRecord();
        foreach (var row in layer.Rows)
        {
            foreach (var value in row)
            {
                csv.WriteField(value);
            }

            csv.EndRecord();
        }

        csv.Flush();
    }
}
