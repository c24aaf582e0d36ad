using MimeKit;
using Triangulate.Readers.Formats;

namespace Triangulate.Readers.Email;

/// <summary>
/// A mailbox (<c>.mbox</c>), streamed message by message through MimeKit's mbox parser; each message is an entry of
/// the mailbox (counted against the container limits) and read as <see cref="EmailReader"/> reads one message.
/// </summary>
internal sealed class MboxReader : IFormatReader
{
    /// <inheritdoc />
    public InputFormat Format => InputFormat.Mbox;

    /// <inheritdoc />
    public IEnumerable<ReadResult> Read(Input input, ReadContext context)
    {
        var results = new List<ReadResult>();
        using var stream = input.Open();
        var parser = new MimeParser(stream, MimeFormat.Mbox);
        var index = 0;
        while (!context.Stopped && !parser.IsEndOfStream)
        {
            MimeMessage message;
            try
            {
                message = parser.ParseMessage();
            }
            catch (FormatException ex)
            {
                results.Add(new ReadResult.Rejected($"{input.Location}/{index + 1}", $"broken message, the rest of the mailbox is not read: {ex.Message.Split('\n')[0]}"));
                break;
            }

            index++;
            var bytes = new MemoryStream();
            message.WriteTo(bytes);
            var data = bytes.ToArray();
            results.AddRange(context.ReadEntry(input, index.ToString(System.Globalization.CultureInfo.InvariantCulture), () => new MemoryStream(data, writable: false), data.Length, format: InputFormat.Email));
        }

        return results;
    }
}
