namespace Triangulate.Core.Tests;

/// <summary>One example of a spec file: its title and its "key: value" lines, in order.</summary>
public sealed record SpecExample(string Title, IReadOnlyList<(string Key, string Value)> Lines)
{
    /// <summary>The first value of a key, or null.</summary>
    public string? One(string key) => Lines.FirstOrDefault(l => l.Key == key).Value;

    /// <summary>All values of a key.</summary>
    public IEnumerable<string> All(string key) => Lines.Where(l => l.Key == key).Select(l => l.Value);

    /// <inheritdoc />
    public override string ToString() => Title;
}

/// <summary>Reads the spec files kept beside the tests: examples start with "## title", lines are "key: value".</summary>
internal static class SpecFile
{
    public static IReadOnlyList<SpecExample> Read(string relativePath)
    {
        var path = Path.Combine(AppContext.BaseDirectory, relativePath);
        var examples = new List<SpecExample>();
        string? title = null;
        var lines = new List<(string, string)>();
        foreach (var raw in File.ReadLines(path))
        {
            if (raw.StartsWith("##", StringComparison.Ordinal))
            {
                if (title is not null)
                {
                    examples.Add(new SpecExample(title, lines));
                }

                title = raw[2..].Trim();
                lines = [];
                continue;
            }

            var colon = raw.IndexOf(':', StringComparison.Ordinal);
            if (title is null || raw.StartsWith('#') || colon < 0)
            {
                continue;
            }

            lines.Add((raw[..colon].Trim(), raw[(colon + 1)..].Trim()));
        }

        if (title is not null)
        {
            examples.Add(new SpecExample(title, lines));
        }

        return examples;
    }

    /// <summary>The examples as xunit theory data, by title.</summary>
    public static TheoryData<string> Titles(string relativePath)
    {
        var data = new TheoryData<string>();
        foreach (var example in Read(relativePath))
        {
            data.Add(example.Title);
        }

        return data;
    }
}
