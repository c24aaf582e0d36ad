using System.Text.RegularExpressions;
using Triangulate.Core.Documents;
using Triangulate.Core.Entities;
using Triangulate.Core.Pipeline;
using Xunit.Abstractions;

namespace Triangulate.Core.Tests.Entities;

/// <summary>General properties on the real sample case; names are read from the sample at test time, never written here.</summary>
public sealed partial class DronePlantSampleTests(ITestOutputHelper output)
{
    [Fact]
    public void Sample_reports_yield_products_outlets_and_titled_people()
    {
        // Given the sample reports from ../shared (skipped when absent)
        var folder = SampleFolder();
        if (folder is null)
        {
            output.WriteLine("skipped: ../shared/samples/drone-plant absent");
            return;
        }

        var pipeline = DefaultPipeline.Create();
        var mentions = new List<EntityMention>();
        var codes = new HashSet<string>(StringComparer.Ordinal);
        var outlets = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var path in Directory.GetFiles(folder, "*.txt"))
        {
            var text = File.ReadAllText(path);

            // When each is annotated
            var document = pipeline.Run(new Document(text, new DocumentMetadata(Path.GetFileName(path))));
            mentions.AddRange(document.Get<EntityMention>());
            codes.UnionWith(Designation().Matches(text).Select(m => m.Value));
            outlets.UnionWith(EntityLexicon.Default.Outlets.Where(o => o.Contains(' ', StringComparison.Ordinal) && text.Contains(o, StringComparison.Ordinal)));
        }

        foreach (var m in mentions)
        {
            output.WriteLine($"{m.Type} {m.Text} -> {m.Canonical} {m.Title}");
        }

        // Then every hyphenated letter-digit designation in the text is a PRODUCT
        Assert.NotEmpty(codes);
        Assert.All(codes, c => Assert.Contains(mentions, m => m.Text == c && m.Type == EntityTypes.Product));

        // And every multi-word outlet of the list found in the text is MEDIA
        Assert.NotEmpty(outlets);
        Assert.All(outlets, o => Assert.Contains(mentions, m => m.Text.EndsWith(o, StringComparison.OrdinalIgnoreCase) && m.Type == EntityTypes.Media));

        // And people with ranks or titles have them outside the name, and no person's span starts with a title word
        Assert.Contains(mentions, m => m.Type == EntityTypes.Person && m.Title is not null);
        Assert.DoesNotContain(mentions, m => m.Type == EntityTypes.Person && EntityLexicon.Default.Titles.Contains(m.Text.Split(' ')[0]));

        // And short person names point to a longer form of the same name (pronouns, "he", point to any name)
        Assert.All(
            mentions.Where(m => m.Type == EntityTypes.Person && m.Canonical != m.Text
                && m.Text.ToLowerInvariant() is not ("he" or "him" or "his" or "she" or "her" or "himself" or "herself")),
            m => Assert.EndsWith(m.Text, m.Canonical, StringComparison.Ordinal));
    }

    private static string? SampleFolder()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Triangulate.slnx")))
        {
            directory = directory.Parent;
        }

        var folder = directory is null ? null : Path.Combine(directory.FullName, "..", "shared", "samples", "drone-plant");
        return folder is not null && Directory.Exists(folder) ? folder : null;
    }

    [GeneratedRegex(@"\b[A-Z][A-Za-z]{0,9}-\d+[a-z]?\b")]
    private static partial Regex Designation();
}
