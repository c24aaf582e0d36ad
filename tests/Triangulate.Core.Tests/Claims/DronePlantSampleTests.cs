using Triangulate.Core.Claims;
using Triangulate.Core.Documents;
using Triangulate.Core.Pipeline;
using Xunit.Abstractions;

namespace Triangulate.Core.Tests.Claims;

/// <summary>
/// General properties of the claims of the shared evaluation case (read from <c>../shared</c>, never copied): its
/// reports pin claims on outlets through their sources, on officials and on anonymous sources; they carry denials,
/// admissions and plans; the author's editorialising is opinion.
/// </summary>
public sealed class DronePlantSampleTests(ITestOutputHelper output)
{
    private static string? SampleFolder()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Triangulate.slnx")))
        {
            folder = folder.Parent;
        }

        return folder is null ? null : Path.Combine(folder.FullName, "..", "shared", "samples", "drone-plant");
    }

    [Fact]
    public void Sample_reports_carry_chains_stances_and_modalities()
    {
        // Given the sample reports, when present
        var folder = SampleFolder();
        if (folder is null || !Directory.Exists(folder))
        {
            output.WriteLine("skipped: ../shared absent");
            return;
        }

        // When the default pipeline runs on each
        var pipeline = DefaultPipeline.Create();
        var claims = new List<(string Text, Claim Claim)>();
        foreach (var path in Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal))
        {
            var text = File.ReadAllText(path);
            var document = pipeline.Run(new Document(text, new DocumentMetadata(Path.GetFileName(path))));
            claims.AddRange(document.Get<Claim>().Select(c => (text, c)));
        }

        foreach (var (_, claim) in claims)
        {
            output.WriteLine($"[{claim.Stance}/{claim.Modality}] {SourceChainFormatter.Format(claim.SourceChain)}: {claim.Text}");
        }

        // Then there are nested chains, anonymous and resolved sources, denials, admissions, plans and opinions
        var all = claims.Select(c => c.Claim).ToList();
        Assert.Contains(all, c => c.SourceChain.Count >= 2);
        Assert.Contains(all, c => c.SourceChain.Any(l => l.Anonymous));
        Assert.Contains(all, c => c.SourceChain.Any(l => l.Resolved is not null));
        Assert.Contains(all, c => c.Stance == Stances.Deny);
        Assert.Contains(all, c => c.Stance == Stances.Admit);
        Assert.Contains(all, c => c.Modality == Modalities.Plan);
        Assert.Contains(all, c => c.Modality == Modalities.Opinion);

        // And opinion is the author's alone, and every source span holds its source text
        Assert.All(all.Where(c => c.Modality == Modalities.Opinion), c => Assert.Empty(c.SourceChain));
        Assert.All(claims, pair => Assert.All(pair.Claim.SourceChain, l =>
        {
            Assert.Equal(l.Text, pair.Text[l.Start..l.End]);
            Assert.Equal(l.Cue, pair.Text[l.CueStart..l.CueEnd]);
        }));
        Assert.All(claims, pair => Assert.Equal(pair.Claim.Text, pair.Text[pair.Claim.Start..pair.Claim.End]));
    }
}
