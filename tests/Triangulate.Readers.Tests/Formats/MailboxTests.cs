using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using MimeKit;
using Triangulate.Testing;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Triangulate.Readers.Tests.Formats;

public sealed class MailboxTests : IDisposable
{
    private readonly string _folder = TestPaths.NewTempFolder("triangulate-mbox");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_mailbox_of_240_messages_stores_every_message_and_attachment_once_with_parents_linked()
    {
        // Given an mbox made with MimeKit: 200 messages with bodies from BBC reports, every 10th with a PDF and every
        // 15th with a Word attachment (the text of another report), and 40 of them sent a second time
        if (TestPaths.Shared is not { } shared)
        {
            Console.WriteLine("skipped: ../shared is absent");
            return;
        }

        var reports = Directory.GetFiles(Path.Combine(shared, "data", "news", "bbc", "politics"), "*.txt").Order(StringComparer.Ordinal).Take(400)
            .Select(f => File.ReadAllLines(f).Where(l => l.Trim().Length > 0).ToList()).ToList();
        var messages = new List<MimeMessage>();
        var attachments = 0;
        for (var i = 0; i < 200; i++)
        {
            var body = new BodyBuilder { TextBody = string.Join("\n\n", reports[i].Skip(1)) };
            if (i % 10 == 0)
            {
                body.Attachments.Add($"statement-{i}.pdf", Pdf(reports[200 + i]), new ContentType("application", "pdf"));
                attachments++;
            }

            if (i % 15 == 0)
            {
                body.Attachments.Add($"memo-{i}.docx", Docx(reports[201 + i]), ContentType.Parse("application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
                attachments++;
            }

            var message = new MimeMessage { Subject = reports[i][0], MessageId = $"m{i}@test.invalid", Date = new DateTimeOffset(2024, 3, 1 + (i % 28), 9, 0, 0, TimeSpan.FromHours(1)), Body = body.ToMessageBody() };
            message.From.Add(new MailboxAddress($"Sender {i % 7}", $"sender{i % 7}@test.invalid"));
            message.To.Add(new MailboxAddress("Desk", "desk@test.invalid"));
            messages.Add(message);
        }

        var path = Path.Combine(_folder, "inbox.mbox");
        using (var stream = File.Create(path))
        {
            foreach (var message in messages.Concat(messages.Where((_, i) => i % 5 == 0)))
            {
                stream.Write("From sender@test.invalid Fri Mar  1 09:00:00 2024\n"u8);
                message.WriteTo(FormatOptions.Default.Clone(), stream);
                stream.Write("\n"u8);
            }
        }

        // When the mailbox is read
        var results = new DocumentReader().ReadFile(path);
        var documents = results.OfType<ReadResult.Read>().Select(r => r.Document).ToList();

        // Then each message is one e-mail document (subject, sender, date), each attachment one document whose parent
        // is its message, the repeated messages are skipped, and nothing is rejected
        Assert.Empty(results.OfType<ReadResult.Rejected>());
        Assert.Equal(40, results.OfType<ReadResult.Skipped>().Count());
        var mails = documents.Where(d => d.Metadata.Format == "email").ToList();
        Assert.Equal(200, mails.Count);
        Assert.Equal(200, mails.Select(d => d.Id).Distinct().Count());
        Assert.Equal(reports[3][0], mails[3].Metadata.Title);
        Assert.Equal(["Sender 3"], mails[3].Metadata.Authors);
        Assert.Equal(new DateOnly(2024, 3, 4), mails[3].Metadata.Published);
        var attached = documents.Where(d => d.Metadata.Format is "pdf" or "docx").ToList();
        Assert.Equal(attachments, attached.Count);
        var mailIds = mails.Select(d => d.Id).ToHashSet();
        Assert.All(attached, d => Assert.Contains(d.Metadata.ParentId!, mailIds));
        var firstPdf = Assert.Single(attached, d => d.Metadata.PathInParent == "statement-0.pdf");
        Assert.Equal(mails[0].Id, firstPdf.Metadata.ParentId);
        Assert.Equal("inbox.mbox/1/statement-0.pdf", firstPdf.Metadata.Name);
        Assert.Contains(reports[200][3].Split(' ')[2], firstPdf.Text);
    }

    [Fact]
    public void A_broken_message_is_one_line_and_the_next_file_is_read()
    {
        // Given an e-mail whose MIME parts are cut off, and a good message beside it
        var broken = Path.Combine(_folder, "broken.eml");
        File.WriteAllText(broken, "From: a@b.invalid\nSubject: cut\nDate: Fri, 1 Mar 2024 09:00:00 +0000\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"X\"\n\n--X\nContent-Type: application/pdf; name=a.pdf\nContent-Transfer-Encoding: base64\n\nJVBERi0xLjQK");
        var good = Path.Combine(_folder, "good.eml");
        File.WriteAllText(good, "From: Jane Reporter <jane@b.invalid>\nSubject: Port reopens\nDate: Fri, 1 Mar 2024 09:00:00 +0000\nMessage-ID: <g@b.invalid>\n\nThe port reopened on Monday, officials said.\n");

        // When both are read
        var results = new DocumentReader().Read([broken, good]).ToList();

        // Then the cut attachment is one rejection naming it, and both messages are read
        var rejected = Assert.Single(results.OfType<ReadResult.Rejected>());
        Assert.EndsWith("broken.eml/a.pdf", rejected.Location);
        Assert.DoesNotContain('\n', rejected.Reason);
        var mail = Assert.Single(results.OfType<ReadResult.Read>(), r => r.Document.Metadata.Name == "good.eml").Document;
        Assert.Equal(["Jane Reporter"], mail.Metadata.Authors);
        Assert.Equal("Port reopens", mail.Metadata.Title);
    }

    private static byte[] Pdf(List<string> lines)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
        var y = 800.0;
        foreach (var line in lines.SelectMany(l => Wrap(l, 90)).Take(60))
        {
            page.AddText(line, 10, new UglyToad.PdfPig.Core.PdfPoint(40, y), font);
            y -= 13;
        }

        return builder.Build();
    }

    private static byte[] Docx(List<string> lines)
    {
        using var memory = new MemoryStream();
        using (var word = WordprocessingDocument.Create(memory, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            main.Document = new Document(new Body(lines.Select(l => new Paragraph(new Run(new Text(l))))));
        }

        return memory.ToArray();
    }

    private static IEnumerable<string> Wrap(string text, int width)
    {
        var line = string.Empty;
        foreach (var word in text.Split(' '))
        {
            if (line.Length + word.Length + 1 > width && line.Length > 0)
            {
                yield return line;
                line = string.Empty;
            }

            line = line.Length == 0 ? word : line + " " + word;
        }

        if (line.Length > 0)
        {
            yield return line;
        }
    }
}
