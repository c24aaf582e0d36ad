using AngleSharp.Html.Parser;
using MimeKit;
using Triangulate.Core.Documents;
using Triangulate.Readers.Formats;
using Triangulate.Readers.Html;

namespace Triangulate.Readers.Email;

/// <summary>
/// One e-mail message (<c>.eml</c>) through MimeKit: the subject is the title, the sender the author, <c>Date</c> the
/// publication date, the plain-text body the text (else the HTML body's text). Each attachment is an entry of the
/// message, read by the reader of its own format, with the message's document as its parent. A message whose
/// Message-ID was already read in this run is skipped, with its attachments.
/// </summary>
internal sealed class EmailReader : IFormatReader
{
    /// <inheritdoc />
    public InputFormat Format => InputFormat.Email;

    /// <inheritdoc />
    public IEnumerable<ReadResult> Read(Input input, ReadContext context)
    {
        MimeMessage message;
        try
        {
            using var stream = input.Open();
            message = MimeMessage.Load(stream);
        }
        catch (FormatException ex)
        {
            return [new ReadResult.Rejected(input.Location, $"broken e-mail message: {ex.Message.Split('\n')[0]}")];
        }

        return ReadMessage(input, message, context);
    }

    /// <summary>The documents of one parsed message: itself, then its attachments.</summary>
    internal static List<ReadResult> ReadMessage(Input input, MimeMessage message, ReadContext context)
    {
        if (!string.IsNullOrWhiteSpace(message.MessageId) && !context.ClaimMessage(message.MessageId, input.Location, out var first))
        {
            return [new ReadResult.Skipped(input.Location, $"message <{message.MessageId}> already read from {first}")];
        }

        var results = new List<ReadResult>();
        var text = Body(message);
        var subject = string.IsNullOrWhiteSpace(message.Subject) ? null : message.Subject.Trim();
        var authors = message.From.Mailboxes.Select(m => string.IsNullOrWhiteSpace(m.Name) ? m.Address : m.Name.Trim()).Where(a => a.Length > 0).Distinct().ToList();
        string? messageId = null;
        if (!string.IsNullOrWhiteSpace(text) || subject is not null)
        {
            var metadata = new DocumentMetadata(
                input.Name,
                Title: subject,
                Source: authors.Count > 0 ? authors[0] : null,
                Published: message.Headers.Contains(HeaderId.Date) ? DateOnly.FromDateTime(message.Date.DateTime) : null)
            {
                Authors = authors,
                Format = "email",
            };

            // A message with only attachments is still their parent: its subject stands for its text.
            var document = new Document(string.IsNullOrWhiteSpace(text) ? subject! : text, metadata);
            messageId = document.Id;
            results.Add(new ReadResult.Read(document));
        }

        var index = 0;
        foreach (var attachment in Attachments(message))
        {
            index++;
            var name = attachment switch
            {
                MimePart part => part.FileName,
                MessagePart inner => inner.Message?.Subject is { Length: > 0 } s ? s + ".eml" : null,
                _ => null,
            };
            name = Safe(name) ?? $"attachment-{index}";
            results.AddRange(context.ReadEntry(input, name, () => Content(attachment), parentId: messageId));
        }

        return results;
    }

    // Not only parts marked "attachment": many mailers name a file on the content type alone, or send it inline.
    private static IEnumerable<MimeEntity> Attachments(MimeMessage message) =>
        message.BodyParts.Where(part => part switch
        {
            MessagePart => true,
            MimePart mime => mime.IsAttachment || mime.FileName is not null ||
                !(mime.ContentType.IsMimeType("text", "plain") || mime.ContentType.IsMimeType("text", "html") || mime.ContentType.MediaType.Equals("multipart", StringComparison.OrdinalIgnoreCase)),
            _ => false,
        });

    private static string? Body(MimeMessage message)
    {
        if (!string.IsNullOrWhiteSpace(message.TextBody))
        {
            return message.TextBody.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        }

        if (string.IsNullOrWhiteSpace(message.HtmlBody))
        {
            return null;
        }

        var page = new HtmlParser().ParseDocument(message.HtmlBody);
        return BlockText.Of(page.Body ?? (AngleSharp.Dom.INode)page);
    }

    private static MemoryStream Content(MimeEntity attachment)
    {
        var output = new MemoryStream();
        switch (attachment)
        {
            case MimePart part when part.Content is not null:
                part.Content.DecodeTo(output);
                break;
            case MessagePart inner when inner.Message is not null:
                inner.Message.WriteTo(output);
                break;
        }

        output.Position = 0;
        return output;
    }

    // An attachment's name is a path inside the message; a name with folders in it ("../x") is cut to its file name.
    private static string? Safe(string? name) => string.IsNullOrWhiteSpace(name) ? null : Path.GetFileName(name.Replace('\\', '/').Trim());
}
