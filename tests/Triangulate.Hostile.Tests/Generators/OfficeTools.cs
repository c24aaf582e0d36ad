using System.Diagnostics;

namespace Triangulate.Hostile.Tests.Generators;

/// <summary>LibreOffice (Debian's libreoffice-writer-nogui, which CI installs for the format tests) as a maker of test files.</summary>
internal static class OfficeTools
{
    /// <summary>Whether soffice is on the PATH.</summary>
    public static bool Available { get; } = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
        .Split(Path.PathSeparator).Any(folder => File.Exists(Path.Combine(folder, "soffice")));

    /// <summary>
    /// A PDF of <paramref name="text"/> encrypted with <paramref name="password"/> as the password to open it,
    /// made by LibreOffice's PDF export (its filter options as JSON), in <paramref name="work"/>.
    /// </summary>
    public static byte[] EncryptedPdf(string work, string text, string password)
    {
        Directory.CreateDirectory(work);
        var source = Path.Combine(work, "locked.txt");
        File.WriteAllText(source, text);
        var filter = "pdf:writer_pdf_Export:{\"EncryptFile\":{\"type\":\"boolean\",\"value\":\"true\"}," +
            $"\"DocumentOpenPassword\":{{\"type\":\"string\",\"value\":\"{password}\"}}}}";
        var info = new ProcessStartInfo("soffice")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "-env:UserInstallation=file://" + Path.Combine(work, "profile"), "--headless", "--convert-to", filter, "--outdir", work, source })
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException("could not start soffice");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("soffice did not finish in 2 minutes");
        }

        var pdf = Path.Combine(work, "locked.pdf");
        return File.Exists(pdf) ? File.ReadAllBytes(pdf) : throw new InvalidOperationException($"soffice made no PDF: {output.Result} {error.Result}");
    }
}
