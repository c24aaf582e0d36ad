using System.Text.Json;

namespace Triangulate.Hostile.Tests;

/// <summary>Checks on exported case files: that one is whole (nothing refers to a document it does not hold).</summary>
internal static class CaseFiles
{
    /// <summary>The document count of a whole case file; fails the test when anything in it points outside it.</summary>
    public static int AssertWhole(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var ids = root.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("id").GetString()!).ToHashSet(StringComparer.Ordinal);
        var claims = root.GetProperty("claims").EnumerateArray().ToList();
        var claimIds = claims.Select(c => c.GetProperty("id").GetString()!).ToHashSet(StringComparer.Ordinal);
        Assert.All(claims, c => Assert.Contains(c.GetProperty("doc").GetString()!, ids));
        Assert.All(
            root.GetProperty("entities").EnumerateArray().SelectMany(e => e.GetProperty("mentions").EnumerateArray()),
            m => Assert.Contains(m.GetProperty("doc").GetString()!, ids));
        Assert.All(
            root.GetProperty("clusters").EnumerateArray().SelectMany(k => k.GetProperty("claims").EnumerateArray()),
            c => Assert.Contains(c.GetString()!, claimIds));
        return ids.Count;
    }

    /// <summary>The document names of a case file, in the order the case holds them.</summary>
    public static List<string> DocumentNames(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("name").GetString()!).ToList();
    }

    /// <summary>How many entities a case file holds.</summary>
    public static int Entities(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("entities").GetArrayLength();
    }
}
