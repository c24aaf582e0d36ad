namespace Triangulate.Core.Tests.Claims;

/// <summary>One case of <c>claims.spec.txt</c>: a text and the claims expected in it.</summary>
public sealed record ClaimSpecCase(string Title, string Text, IReadOnlyList<ExpectedClaim> Expected)
{
    public override string ToString() => Title;

    public static IEnumerable<ClaimSpecCase> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Claims", "claims.spec.txt");
        string? title = null;
        var text = new List<string>();
        var expected = new List<ExpectedClaim>();
        foreach (var line in File.ReadLines(path).Append("## end"))
        {
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                if (title is not null)
                {
                    yield return new ClaimSpecCase(title, string.Join("\n", text), expected);
                }

                title = line[3..].Trim();
                text = [];
                expected = [];
            }
            else if (line.StartsWith("> ", StringComparison.Ordinal))
            {
                var parts = line[2..].Split('|', StringSplitOptions.TrimEntries);
                expected.Add(new ExpectedClaim(parts[0], parts[1], parts[2], parts[3]));
            }
            else if (title is not null && line.Length > 0 && !line.StartsWith('#'))
            {
                text.Add(line);
            }
        }
    }
}

/// <summary>An expected claim: a snippet of its text, its chain as a reader sees it, its stance and modality.</summary>
public sealed record ExpectedClaim(string Snippet, string Chain, string Stance, string Modality);
