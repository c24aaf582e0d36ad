using System.Diagnostics;
using System.Security;
using System.Text;
using Triangulate.Readers;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Writer;

namespace Triangulate.Eval.Formats;

/// <summary>
/// Turns plain-text reports into the files an investigation receives, with real tools: each report is written as an
/// OpenDocument text (its first line the heading and the title property, an author property, a running header and a
/// page-number footer; every other report set in two columns) and converted by LibreOffice
/// (<c>soffice --headless --convert-to pdf|docx</c>); image-only PDFs are the text PDFs' pages rendered by
/// <c>pdftoppm</c> and put back as pictures with PdfPig's builder, so no text layer is left.
/// </summary>
public static class OfficeSamples
{
    /// <summary>The Debian packages the samples need.</summary>
    public const string Packages = "libreoffice-writer-nogui (soffice), poppler-utils (pdftoppm)";

    /// <summary>The author property every sample carries (invented for the evaluation).</summary>
    public const string Author = "Evaluation Writer";

    /// <summary>Whether soffice and pdftoppm are on the PATH.</summary>
    public static bool Available => OnPath("soffice") && OnPath("pdftoppm");

    /// <summary>Writes <c>name.fodt</c> for each report and converts them all to <paramref name="format"/> (pdf or docx) in <paramref name="folder"/>.</summary>
    public static void Convert(IReadOnlyList<Report> reports, string folder, string format)
    {
        Directory.CreateDirectory(folder);
        var sources = new List<string>();
        for (var i = 0; i < reports.Count; i++)
        {
            var path = Path.Combine(folder, reports[i].Name + ".fodt");
            File.WriteAllText(path, OpenDocument(reports[i], twoColumns: i % 2 == 1), new UTF8Encoding(false));
            sources.Add(path);
        }

        // One LibreOffice process converts the whole batch (it takes seconds to start); a private profile keeps it
        // apart from any other LibreOffice on the machine.
        var profile = Path.Combine(folder, "lo-profile");
        Run("soffice", ["-env:UserInstallation=file://" + profile, "--headless", "--convert-to", format, "--outdir", folder, .. sources], TimeSpan.FromMinutes(10));
        Directory.Delete(profile, recursive: true);
        foreach (var source in sources)
        {
            File.Delete(source);
        }
    }

    /// <summary>An image-only copy of a PDF: each page rendered at <paramref name="dpi"/> and placed as a picture.</summary>
    public static byte[] ImageOnly(string pdf, int dpi = 200)
    {
        var folder = Path.Combine(Path.GetDirectoryName(pdf)!, Path.GetFileNameWithoutExtension(pdf) + "-pages");
        Directory.CreateDirectory(folder);
        Run("pdftoppm", ["-r", dpi.ToString(System.Globalization.CultureInfo.InvariantCulture), "-gray", "-png", pdf, Path.Combine(folder, "p")], TimeSpan.FromMinutes(2));
        var builder = new PdfDocumentBuilder();
        foreach (var png in Directory.GetFiles(folder, "*.png").Order(StringComparer.Ordinal))
        {
            var page = builder.AddPage(PageSize.A4);
            page.AddPng(File.ReadAllBytes(png), page.PageSize);
        }

        Directory.Delete(folder, recursive: true);
        return builder.Build();
    }

    private static string OpenDocument(Report report, bool twoColumns)
    {
        static string E(string s) => SecurityElement.Escape(s);
        var body = new StringBuilder();
        body.Append("<text:h text:outline-level=\"1\">").Append(E(report.Title)).Append("</text:h>");
        foreach (var paragraph in report.Paragraphs)
        {
            body.Append("<text:p text:style-name=\"Body\">").Append(E(paragraph)).Append("</text:p>");
        }

        var columns = twoColumns ? "2" : "1";
        return $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
              xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
              xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
              office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
             <office:meta><dc:title>{E(report.Title)}</dc:title><meta:initial-creator>{Author}</meta:initial-creator><dc:creator>{Author}</dc:creator></office:meta>
             <office:styles><style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.2cm" fo:text-align="justify"/></style:style></office:styles>
             <office:automatic-styles>
              <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2cm" fo:margin-right="2cm"/>
               <style:header-style><style:header-footer-properties fo:min-height="0.8cm"/></style:header-style><style:footer-style><style:header-footer-properties fo:min-height="0.8cm"/></style:footer-style></style:page-layout>
              <style:style style:name="Sect1" style:family="section"><style:section-properties><style:columns fo:column-count="{columns}" fo:column-gap="0.8cm"/></style:section-properties></style:style>
             </office:automatic-styles>
             <office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">
              <style:header><text:p>Collected for the evaluation · confidential</text:p></style:header>
              <style:footer><text:p>Page <text:page-number text:select-page="current"/></text:p></style:footer></style:master-page></office:master-styles>
             <office:body><office:text><text:section text:style-name="Sect1" text:name="Article">{body}</text:section></office:text></office:body>
            </office:document>
            """;
    }

    private static void Run(string program, string[] arguments, TimeSpan timeout)
    {
        var info = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException($"could not start {program}");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} did not finish in {timeout.TotalMinutes} minutes");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} failed ({process.ExitCode}): {errors.Result.Split('\n')[0]} {output.Result.Split('\n')[0]}");
        }
    }

    private static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator).Any(d => d.Length > 0 && File.Exists(Path.Combine(d, program)));
}

/// <summary>A plain-text report: its title (first line) and paragraphs.</summary>
/// <param name="Name">A file stem, unique in the sample.</param>
/// <param name="Title">The headline.</param>
/// <param name="Paragraphs">The body's paragraphs.</param>
public sealed record Report(string Name, string Title, IReadOnlyList<string> Paragraphs)
{
    /// <summary>The whole text as a reader should find it: title, then paragraphs.</summary>
    public string Text => Title + "\n" + string.Join('\n', Paragraphs);

    /// <summary>Every <paramref name="count"/>-th-spread report of a folder of plain-text reports (the same ones on every run).</summary>
    public static List<Report> Sample(string folder, int count)
    {
        var files = Directory.EnumerateFiles(folder, "*.txt", SearchOption.AllDirectories).Where(DocumentReader.IsSupported).Order(StringComparer.Ordinal).ToList();
        var step = Math.Max(1, files.Count / Math.Max(1, count));
        var reports = new List<Report>();
        for (var i = 0; i < files.Count && reports.Count < count; i += step)
        {
            var (text, _) = TextDecoder.Decode(File.ReadAllBytes(files[i]));
            var lines = (text ?? string.Empty).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
            if (lines.Count >= 2)
            {
                var name = Path.GetRelativePath(folder, files[i]).Replace(Path.DirectorySeparatorChar, '-').Replace(".txt", string.Empty, StringComparison.Ordinal);
                reports.Add(new Report(name, lines[0], lines.Skip(1).ToList()));
            }
        }

        return reports;
    }
}
