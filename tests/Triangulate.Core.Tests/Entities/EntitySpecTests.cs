using Triangulate.Core.Documents;
using Triangulate.Core.Entities;
using Triangulate.Core.Pipeline;
using Xunit.Abstractions;

namespace Triangulate.Core.Tests.Entities;

public sealed class EntitySpecTests(ITestOutputHelper output)
{
    private static readonly AnnotationPipeline Pipeline = DefaultPipeline.CreateBuilder().Build();

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var block in ReadCases())
        {
            data.Add(block.Text);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Spec_case_yields_the_expected_mentions(string text)
    {
        // Given a text from the spec file and the mentions it must yield
        var expected = ReadCases().Single(c => c.Text == text).Expected;

        // When the default pipeline runs on it
        var document = Pipeline.Run(new Document(text, new DocumentMetadata("spec.txt")));
        var found = document.Get<EntityMention>()
            .Select(m => string.Join(" | ", new[] { m.Type, m.Text, m.Canonical, m.Title }.Where(p => p is not null)))
            .ToList();
        foreach (var line in found)
        {
            output.WriteLine(line);
        }

        // Then every expected mention is among them, with its type, canonical form and title
        Assert.All(expected, e => Assert.Contains(e, found));
    }

    private static List<(string Text, List<string> Expected)> ReadCases()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Entities", "entities.spec.txt");
        var cases = new List<(string, List<string>)>();
        foreach (var raw in File.ReadLines(path))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (line.StartsWith("> ", StringComparison.Ordinal))
            {
                cases.Add((line[2..], []));
            }
            else
            {
                cases[^1].Item2.Add(string.Join(" | ", line.Split('|').Select(p => p.Trim())));
            }
        }

        return cases;
    }
}
