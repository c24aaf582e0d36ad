using System.Diagnostics;
using System.Text;
using Triangulate.Hostile.Tests.Generators;
using Xunit.Abstractions;

namespace Triangulate.Hostile.Tests;

/// <summary>
/// The readers of documents and containers (PDF, Word, e-mail, mailboxes, web archives, zip) against damaged and
/// hostile files, each added by the real program beside good ones: every bad file is one line naming it, the good ones
/// are stored, the add stays within a time and a memory bound, and nothing is read from or written to the local disk
/// outside the inputs.
/// </summary>
[Collection("Timing")]
public sealed class DocumentFormatTests(ITestOutputHelper output) : Workspace(output)
{
    private const double MaxMemoryMb = 512;
    // CI runs on a machine other work shares: its bound proves no hang; the memory bound and soak.sh's 10 s are the tight ones.
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(Sizes.Pick(60, 10));

    private Triangulate.Run AddFolder(string folder)
    {
        var add = Run(Bound * 3, "add", folder, "--case", "c");
        Assert.True(add.Elapsed <= Bound, $"add took {add.Elapsed.TotalSeconds:0.0} s, over {Bound.TotalSeconds} s");
        Assert.True(add.PeakMb <= MaxMemoryMb, $"add peaked at {add.PeakMb:0} MB, over {MaxMemoryMb} MB");
        Assert.DoesNotContain("Exception", add.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", add.Err, StringComparison.Ordinal);
        return add;
    }

    private static List<string> Rejections(Triangulate.Run add) =>
        [.. add.Err.Split('\n').Where(l => l.StartsWith("rejected: ", StringComparison.Ordinal))];

    private void Write(string name, byte[] bytes)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(PathOf(name))!);
        File.WriteAllBytes(PathOf(name), bytes);
    }

    private void Write(string name, string text) => Write(name, Encoding.UTF8.GetBytes(text));

    private List<string> DocumentNames() => CaseFiles.DocumentNames(Run("export", "--case", "c").Out);

    [Fact]
    public void Damaged_documents_are_one_line_each_and_the_rest_of_the_batch_is_added()
    {
        // Given a folder of good files and damaged ones of every document format
        var pdf = DocumentInputs.Pdf();
        var docx = DocumentInputs.Docx();
        Write("in/good.pdf", pdf);
        Write("in/good.docx", DocumentInputs.Docx("The ferry resumed service on Sunday, the operator said."));
        Write("in/good.eml", DocumentInputs.Email("good", "The airport closed its second runway on Friday, officials said."));
        Write("in/truncated.pdf", DocumentInputs.Truncated(pdf, 0.3));
        Write("in/garbage.pdf", DocumentInputs.GarbagePdf(50_000));
        Write("in/truncated.docx", DocumentInputs.Truncated(docx, 0.5));
        Write("in/unclosed.docx", DocumentInputs.DocxWithBody("<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p>"));
        Write("in/broken-mime.eml", DocumentInputs.BrokenMime());
        Write("in/truncated.zip", DocumentInputs.Truncated(DocumentInputs.Zip(("a.txt", Encoding.UTF8.GetBytes(DocumentInputs.Sentence))), 0.5));

        // When the folder is added
        var add = AddFolder("in");

        // Then each damaged file is named in exactly one line, and the good ones are stored
        Assert.Equal(1, add.ExitCode);
        var rejected = Rejections(add);
        foreach (var bad in new[] { "truncated.pdf", "garbage.pdf", "truncated.docx", "unclosed.docx", "truncated.zip" })
        {
            Assert.Single(rejected, l => l.StartsWith($"rejected: in/{bad}: ", StringComparison.Ordinal));
        }

        Assert.All(rejected, l => Assert.DoesNotContain("good.", l, StringComparison.Ordinal));
        var names = DocumentNames();
        Assert.Contains("good.pdf", names);
        Assert.Contains("good.docx", names);
        Assert.Contains("good.eml", names);

        // And a message whose MIME is broken is either read for what text it has or named in one line
        Assert.True(
            names.Any(n => n.StartsWith("broken-mime.eml", StringComparison.Ordinal)) ^ rejected.Any(l => l.StartsWith("rejected: in/broken-mime.eml", StringComparison.Ordinal)),
            add.ToString());
    }

    [Fact]
    public void Truncated_mailboxes_and_web_archives_keep_what_precedes_the_damage_and_say_so_once()
    {
        // Given a mailbox of 10 messages cut in the middle of the 8th, and a compressed web archive of 6 pages cut
        // in the middle of its 5th record
        var mbox = DocumentInputs.Mbox(10);
        var cut = mbox.IndexOf("Message 7:", StringComparison.Ordinal);
        Write("in/cut.mbox", mbox[..(cut + 15)]);
        var warc = DocumentInputs.WarcGz(6);
        var records = DocumentInputs.WarcGz(4).Length;
        Write("in/cut.warc.gz", warc[..(records + ((warc.Length - records) / 4))]);

        // When the folder is added
        var add = AddFolder("in");

        // Then the records before the damage are documents, and the archive's damage is one line naming it
        var names = DocumentNames();
        Assert.Equal(8, names.Count(n => n.StartsWith("cut.mbox", StringComparison.Ordinal)));
        Assert.Equal(4, names.Count(n => n.StartsWith("cut.warc.gz", StringComparison.Ordinal)));
        Assert.Single(Rejections(add), l => l.StartsWith("rejected: in/cut.warc.gz", StringComparison.Ordinal));
    }

    [Fact]
    public void Zip_bombs_and_nested_zips_are_refused_in_bounded_time_and_memory()
    {
        // Given a zip of 1 GB of zeros (CI: 200 MB), a zip whose headers state 1 kB for 200 MB of zeros, a Word
        // document whose body unpacks to 1 GB of spaces (CI: 200 MB), zips nested five deep ten to a level (10,000 reports if expanded), and a report
        var size = Sizes.Pick(200, 1024);
        Write("in/zeros.zip", DocumentInputs.ZerosZip(size));
        Write("in/lying.zip", DocumentInputs.LyingZip(200, 1000));
        Write("in/bomb.docx", DocumentInputs.DocxBomb(size));
        Write("in/nested.zip", DocumentInputs.NestedZips(depth: 5, width: 10));
        Write("in/report.txt", new NewsText(5).Text(1500));

        // When the folder is added
        var clock = Stopwatch.StartNew();
        var add = AddFolder("in");
        clock.Stop();

        // Then each bomb is one line naming it (the nested zip: one line for each container at the depth limit,
        // each naming its path), and the report is stored
        var rejected = Rejections(add);
        Assert.Single(rejected, l => l.StartsWith("rejected: in/zeros.zip/zeros.txt: ", StringComparison.Ordinal));
        Assert.Single(rejected, l => l.StartsWith("rejected: in/lying.zip", StringComparison.Ordinal));
        Assert.Single(rejected, l => l.StartsWith("rejected: in/bomb.docx: ", StringComparison.Ordinal));
        var nested = rejected.Where(l => l.StartsWith("rejected: in/nested.zip/", StringComparison.Ordinal)).ToList();
        Assert.Equal(1000, nested.Count);
        Assert.All(nested, l => Assert.Matches(@"^rejected: in/nested\.zip/level3-\d\.zip/level2-\d\.zip/level1-\d\.zip: refused: a container nested 3 deep", l));
        Assert.Equal(["report.txt"], DocumentNames());
    }

    [Fact]
    public void Names_inside_a_zip_never_reach_the_local_disk()
    {
        // Given a secret file beside the inputs, and a zip whose entries are named to climb out of any folder they
        // would be unpacked to, name an absolute path, or are symbolic links to the secret
        Write("secret.txt", "TOP-SECRET-CONTENT");
        var report = Encoding.UTF8.GetBytes(DocumentInputs.Sentence);
        Write("in/climb.zip", DocumentInputs.ZipWithSymlink(
            "link-to-secret.txt",
            PathOf("secret.txt"),
            ("../../outside.txt", report),
            ("/tmp/absolute.txt", Encoding.UTF8.GetBytes("The ferry resumed service on Sunday, the operator said.")),
            ("..\\..\\windows.txt", Encoding.UTF8.GetBytes("The airport closed its second runway on Friday, officials said.")),
            ("../secret.txt", Encoding.UTF8.GetBytes("The council voted on Tuesday to close the bridge.")),
            ("report.txt", Encoding.UTF8.GetBytes(new NewsText(8).Text(1500)))));
        var before = Directory.GetFileSystemEntries(Folder, "*", SearchOption.AllDirectories).Where(p => !p.StartsWith(PathOf("c"), StringComparison.Ordinal)).Order().ToList();

        // When it is added
        var add = AddFolder("in");

        // Then each of those entries is one line naming it, the ordinary entry is read, the secret never enters the
        // case, and no file appears anywhere
        Assert.Equal(1, add.ExitCode);
        var rejected = Rejections(add);
        Assert.Single(rejected, l => l == "rejected: in/climb.zip/link-to-secret.txt: refused: a symbolic link (its target is not followed)");
        Assert.Single(rejected, l => l == "rejected: in/climb.zip/../../outside.txt: refused: its name climbs out of the archive's folder (..)");
        Assert.Single(rejected, l => l == "rejected: in/climb.zip/..\\..\\windows.txt: refused: its name climbs out of the archive's folder (..)");
        Assert.Single(rejected, l => l == "rejected: in/climb.zip/../secret.txt: refused: its name climbs out of the archive's folder (..)");
        Assert.Single(rejected, l => l == "rejected: in/climb.zip//tmp/absolute.txt: refused: its name is an absolute path");
        Assert.Equal(["climb.zip/report.txt"], DocumentNames());
        Assert.DoesNotContain("TOP-SECRET-CONTENT", Run("export", "--case", "c").Out + add.Out + add.Err, StringComparison.Ordinal);
        Assert.Equal(before, Directory.GetFileSystemEntries(Folder, "*", SearchOption.AllDirectories).Where(p => !p.StartsWith(PathOf("c"), StringComparison.Ordinal)).Order().ToList());
        Assert.False(File.Exists(Path.GetFullPath(Path.Combine(Folder, "..", "..", "outside.txt"))));
    }

    [Fact]
    public void A_word_document_asking_for_a_local_file_through_an_entity_leaks_nothing()
    {
        // Given a Word document whose body declares an external entity naming a local secret, beside a report
        Write("secret.txt", "TOP-SECRET-CONTENT");
        Write("in/xxe.docx", DocumentInputs.DocxWithBody(
            $"<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY secret SYSTEM \"file://{PathOf("secret.txt")}\">]>" +
            "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>The port said &secret; today.</w:t></w:r></w:p></w:body></w:document>"));
        Write("in/report.txt", new NewsText(6).Text(1500));

        // When the folder is added
        var add = AddFolder("in");

        // Then the document is refused in one line (or read without the entity), and the secret is nowhere
        Assert.DoesNotContain("TOP-SECRET-CONTENT", Run("export", "--case", "c").Out + add.Err + add.Out, StringComparison.Ordinal);
        Assert.Contains("report.txt", DocumentNames());
        Assert.True(Rejections(add).Count(l => l.StartsWith("rejected: in/xxe.docx", StringComparison.Ordinal)) <= 1, add.ToString());
    }
    [Fact]
    public void An_encrypted_pdf_is_one_line_naming_it_and_the_rest_of_the_batch_is_added()
    {
        // Given a PDF that LibreOffice encrypted with an open password, beside a report and a PDF without a password
        if (!OfficeTools.Available)
        {
            Assert.True(Environment.GetEnvironmentVariable("CI") is null, "CI needs soffice (Debian's libreoffice-writer-nogui) for the encrypted PDF");
            Output.WriteLine("skipped: soffice (Debian's libreoffice-writer-nogui) is missing");
            return;
        }

        Write("in/report.txt", new NewsText(7).Text(1500));
        Write("in/open.pdf", DocumentInputs.Pdf());
        Write("in/locked.pdf", OfficeTools.EncryptedPdf(PathOf("work"), "The minister resigned on Thursday, her office said.", "s3cret"));

        // When the folder is added
        var add = AddFolder("in");

        // Then the encrypted file is one clear line naming it, and the others are stored
        Assert.Equal(1, add.ExitCode);
        var line = Assert.Single(Rejections(add));
        Assert.Equal("rejected: in/locked.pdf: encrypted PDF (no password is tried)", line);
        Assert.Equal(["open.pdf", "report.txt"], DocumentNames().Order(StringComparer.Ordinal));
        Assert.DoesNotContain("minister resigned", Run("export", "--case", "c").Out, StringComparison.Ordinal);
    }
}
