using System.Globalization;
using Triangulate.Core.Documents;
using Triangulate.Readers.Formats;

namespace Triangulate.Readers.Warc;

/// <summary>
/// Web archives (<c>.warc</c>, <c>.warc.gz</c>; webrecorder, ArchiveBox, <c>wget --warc-file</c>), streamed record by
/// record: each successful <c>response</c> record whose body is a page (HTML) or a document (PDF, Word) is read as an
/// entry of the archive, with its target URI as its URL (unless the page states a canonical one) and the record's
/// <c>WARC-Date</c> as its retrieval date. Other records (requests, metadata, images, scripts) are counted and skipped.
/// </summary>
internal sealed class WarcReader : IFormatReader
{
    private static readonly string[] DocumentTypes =
    [
        "text/html", "application/xhtml+xml", "application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ];

    /// <inheritdoc />
    public InputFormat Format => InputFormat.Warc;

    /// <inheritdoc />
    public IEnumerable<ReadResult> Read(Input input, ReadContext context)
    {
        var results = new List<ReadResult>();
        var other = 0;
        var index = 0;
        using var stream = input.Open();
        using var records = new WarcRecordReader(stream, context.Options.MaxEntryBytes);
        try
        {
            while (!context.Stopped && records.Next() is { } record)
            {
                index++;
                var uri = record.Fields.GetValueOrDefault("WARC-Target-URI")?.Trim('<', '>');
                if (record.Type != "response" || uri is null || record.Block is null ||
                    !(record.Fields.GetValueOrDefault("Content-Type") ?? string.Empty).StartsWith("application/http", StringComparison.OrdinalIgnoreCase))
                {
                    other++;
                    continue;
                }

                HttpResponse response;
                try
                {
                    response = HttpResponse.Parse(record.Block, context.Options.MaxEntryBytes);
                }
                catch (InvalidDataException ex)
                {
                    results.Add(new ReadResult.Rejected($"{input.Location}/{uri}", $"record {index}: {ex.Message}"));
                    continue;
                }

                if (response.Status is < 200 or > 299 || !DocumentTypes.Any(t => response.ContentType.StartsWith(t, StringComparison.Ordinal)))
                {
                    other++;
                    continue;
                }

                var retrieved = DateTimeOffset.TryParse(record.Fields.GetValueOrDefault("WARC-Date"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
                    ? DateOnly.FromDateTime(date.UtcDateTime)
                    : (DateOnly?)null;
                var body = response.Body;
                foreach (var result in context.ReadEntry(input, uri, () => new MemoryStream(body, writable: false), body.Length))
                {
                    results.Add(result is ReadResult.Read read ? Fetched(read, uri, retrieved) : result);
                }
            }
        }
        catch (Exception ex) when (ex is InvalidDataException or EndOfStreamException or IOException)
        {
            // A truncated or broken archive keeps the records read before the damage.
            results.Add(new ReadResult.Rejected(input.Location, $"web archive broken after record {index}: {ex.Message.Split('\n')[0]}"));
        }

        if (other > 0)
        {
            results.Add(new ReadResult.Skipped(input.Location, $"{other} records that are not pages (requests, metadata, other media) skipped"));
        }

        return results;
    }

    private static ReadResult.Read Fetched(ReadResult.Read read, string uri, DateOnly? retrieved)
    {
        var meta = read.Document.Metadata;
        DocumentMetadata fetched = meta with { Url = meta.Url ?? uri, Retrieved = retrieved };
        return new ReadResult.Read(new Document(read.Document.Text, fetched));
    }
}
