using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Triangulate.Eval.Topics;

/// <summary>The figures of one case against one topic gold, with a line per miss.</summary>
/// <param name="Topic">The topic's name (its folder).</param>
/// <param name="Merge">Merge items satisfied.</param>
/// <param name="MergeTotal">Merge items in the gold.</param>
/// <param name="Apart">Apart pairs satisfied.</param>
/// <param name="ApartTotal">Apart pairs in the gold.</param>
/// <param name="Clusters">Gold clusters found.</param>
/// <param name="ClustersTotal">Gold clusters.</param>
/// <param name="ConflictsReal">Reported contradictions that match a gold contradiction.</param>
/// <param name="ConflictsReported">Contradictions the case reports.</param>
/// <param name="ConflictsFound">Gold contradictions the case reports.</param>
/// <param name="ConflictsTotal">Gold contradictions.</param>
/// <param name="UpdatesFlagged">Gold updates the case reports as contradictions (should be 0).</param>
/// <param name="Misses">One line per gold item not satisfied.</param>
public sealed record TopicScore(
    string Topic,
    int Merge,
    int MergeTotal,
    int Apart,
    int ApartTotal,
    int Clusters,
    int ClustersTotal,
    int ConflictsReal,
    int ConflictsReported,
    int ConflictsFound,
    int ConflictsTotal,
    int UpdatesFlagged,
    IReadOnlyList<string> Misses)
{
    /// <summary>The summary line, worded exactly as the reference scorer (<c>../shared/tools/topic_score.py</c>) prints it.</summary>
    public string Line => string.Create(
        CultureInfo.InvariantCulture,
        $"TOPIC {Topic}: merge={Merge}/{MergeTotal} apart={Apart}/{ApartTotal} clusters={Clusters}/{ClustersTotal} conflicts-real={ConflictsReal}/{ConflictsReported} conflicts-found={ConflictsFound}/{ConflictsTotal} updates-flagged={UpdatesFlagged}");
}

/// <summary>
/// Scores a JSON case export (schema triangulate/1) against a topic's hand-made gold (<c>topic.gold.json</c>) by the
/// rules of the topics README; the reference scorer <c>topic_score.py</c> applies the same rules, and the two must give
/// the same figures on the same export, so this follows it step by step (its normalisation, its whole-word test, its
/// sentence around a claim).
/// </summary>
public static partial class TopicScorer
{
    /// <summary>Scores one export against one gold.</summary>
    public static TopicScore Score(string topic, JsonElement caseFile, JsonElement gold)
    {
        var documents = Array(caseFile, "documents");
        var ids = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var doc in Object(gold, "docs"))
        {
            var name = doc.Value.GetString() ?? string.Empty;
            ids[doc.Name] = documents
                .Where(d => Str(d, "name").Contains(name, StringComparison.Ordinal) || (d.TryGetProperty("title", out var t) && t.ValueKind == JsonValueKind.String && t.GetString() == name))
                .Select(d => StrOrNull(d, "id"))
                .FirstOrDefault();
        }

        var textOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var d in documents)
        {
            textOf.TryAdd(Str(d, "id"), Str(d, "text"));
        }

        var entities = Array(caseFile, "entities");
        var claims = Array(caseFile, "claims");
        var byId = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var c in claims)
        {
            byId[Str(c, "id")] = c;
        }

        var entityForms = entities.Select(e => (Entity: e, Forms: Forms(e))).ToList();
        var misses = new List<string>();
        var statements = new Dictionary<string, string>(StringComparer.Ordinal);

        var merge = 0;
        var merges = Array(gold, "merge");
        foreach (var g in merges)
        {
            var want = Array(g, "in_docs").Select(d => ids.GetValueOrDefault(d.GetString() ?? string.Empty)).ToHashSet();
            var forms = Array(g, "forms").Select(f => f.GetString() ?? string.Empty).ToList();
            var types = Array(g, "types").Select(t => t.GetString()).ToList();
            var good = entityForms.Any(e =>
                forms.All(f => e.Forms.Any(t => HasWord(t, f)))
                && e.Entity.TryGetProperty("type", out var type) && types.Contains(type.ValueKind == JsonValueKind.String ? type.GetString() : null)
                && want.IsSubsetOf(Array(e.Entity, "mentions").Select(m => StrOrNull(m, "doc"))));
            merge += good ? 1 : 0;
            if (!good)
            {
                misses.Add($"[merge] one {string.Join('/', types)} entity for {PyList(forms)} in {PyList(Array(g, "in_docs").Select(d => d.GetString() ?? string.Empty))}");
            }
        }

        var apart = 0;
        var aparts = Array(gold, "apart");
        foreach (var pair in aparts)
        {
            var x = pair[0].GetString() ?? string.Empty;
            var y = pair[1].GetString() ?? string.Empty;
            var found = entityForms.Any(e => e.Forms.Any(t => HasWord(t, x)));
            var joined = entityForms.Any(e => e.Forms.Any(t => Norm(t) == Norm(x)) && e.Forms.Any(t => Norm(t) == Norm(y)));
            apart += found && !joined ? 1 : 0;
            if (!found || joined)
            {
                misses.Add($"[apart] '{x}' {(joined ? "merged with" : "not found; apart from")} '{y}'");
            }
        }

        string Statement(JsonElement c)
        {
            var key = Str(c, "id") + "\u0001" + Str(c, "doc");
            if (statements.TryGetValue(key, out var cached))
            {
                return cached;
            }

            var t = textOf.GetValueOrDefault(Str(c, "doc"), string.Empty);
            string result;
            if (t.Length == 0 || !TryInt(c, "start", out var a) || !TryInt(c, "end", out var b))
            {
                result = Str(c, "text");
            }
            else
            {
                // Python slices clamp; the walk below is the reference scorer's, character for character.
                while (a > 0 && !(t[a - 1] == '\n' || (".!?".Contains(t[a - 1], StringComparison.Ordinal) && a < t.Length && char.IsWhiteSpace(t[a]))))
                {
                    a--;
                }

                while (b < t.Length && !(t[b] == '\n' || (".!?".Contains(t[b], StringComparison.Ordinal) && (b + 1 == t.Length || char.IsWhiteSpace(t[b + 1])))))
                {
                    b++;
                }

                var from = Math.Clamp(a, 0, t.Length);
                var to = Math.Clamp(b + 1, from, t.Length);
                result = Norm(Str(c, "text") + " || " + t[from..to]);
            }

            statements[key] = result;
            return result;
        }

        bool Matches(JsonElement? c, JsonElement side) =>
            c is { } claim
            && StrOrNull(claim, "doc") == ids.GetValueOrDefault(Str(side, "doc"))
            && Statement(claim).Contains(Norm(Str(side, "has")), StringComparison.Ordinal);

        JsonElement? Claim(JsonElement id) => id.ValueKind == JsonValueKind.String && byId.TryGetValue(id.GetString()!, out var c) ? c : null;

        var clusters = Array(caseFile, "clusters");
        var clusterHits = 0;
        var goldClusters = Array(gold, "clusters");
        foreach (var g in goldClusters)
        {
            var sides = Object(g, "has").ToList();
            var good = clusters.Any(k => sides.All(s =>
                Array(k, "claims").Any(i => MatchesPhrase(Claim(i), s.Name, s.Value.GetString() ?? string.Empty))));
            clusterHits += good ? 1 : 0;
            if (!good)
            {
                misses.Add($"[cluster] {Str(g, "name")}");
            }
        }

        bool MatchesPhrase(JsonElement? c, string doc, string has) =>
            c is { } claim && StrOrNull(claim, "doc") == ids.GetValueOrDefault(doc) && Statement(claim).Contains(Norm(has), StringComparison.Ordinal);

        bool PairIs(JsonElement x, JsonElement g)
        {
            var cs = Array(x, "claims").Select(Claim).ToList();
            for (var i = 0; i < cs.Count; i++)
            {
                for (var j = 0; j < cs.Count; j++)
                {
                    // The reference scorer pairs two different claim objects: one id listed twice is one claim.
                    if (i != j && !SameClaim(cs[i], cs[j]) && Matches(cs[i], g.GetProperty("one")) && Matches(cs[j], g.GetProperty("other")))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        var reported = Array(caseFile, "contradictions");
        var goldConflicts = Array(gold, "contradictions");
        var real = reported.Count(x => goldConflicts.Any(g => PairIs(x, g)));
        var foundConflicts = 0;
        foreach (var g in goldConflicts)
        {
            var hit = reported.Any(x => PairIs(x, g));
            foundConflicts += hit ? 1 : 0;
            if (!hit)
            {
                misses.Add($"[contradiction] not found: {Str(g, "name")}");
            }
        }

        var flagged = Array(gold, "updates").Count(g => reported.Any(x => PairIs(x, g)));
        return new TopicScore(topic, merge, merges.Count, apart, aparts.Count, clusterHits, goldClusters.Count, real, reported.Count, foundConflicts, goldConflicts.Count, flagged, misses);
    }

    /// <summary>The topic's name as the reference scorer takes it from the gold's path.</summary>
    public static string TopicName(string goldPath)
    {
        var parts = goldPath.Split('/');
        return parts[^1] == "topic.gold.json" && parts.Length > 1 ? parts[^2] : parts[^1].Split('.')[0];
    }

    private static bool SameClaim(JsonElement? a, JsonElement? b) =>
        a is { } x && b is { } y && StrOrNull(x, "id") is { } id && id == StrOrNull(y, "id");

    private static List<string> Forms(JsonElement e)
    {
        var forms = Array(e, "aliases").Select(a => a.ValueKind == JsonValueKind.String ? a.GetString() ?? string.Empty : string.Empty).ToList();
        forms.Add(Str(e, "name"));
        forms.AddRange(Array(e, "mentions").Select(m => Str(m, "text")));
        return forms;
    }

    /// <summary>Whitespace collapsed, trimmed, case-folded (Python's <c>casefold</c> is approximated by invariant lower case).</summary>
    internal static string Norm(string? s) => Spaces().Replace(s ?? string.Empty, " ").Trim().ToLowerInvariant();

    internal static bool HasWord(string text, string form)
    {
        var t = Norm(text);
        var f = Norm(form);
        for (var at = t.IndexOf(f, StringComparison.Ordinal); at >= 0; at = t.IndexOf(f, at + 1, StringComparison.Ordinal))
        {
            var before = at == 0 || !IsWord(t[at - 1]);
            var after = at + f.Length == t.Length || !IsWord(t[at + f.Length]);
            if (before && after)
            {
                return true;
            }

            if (f.Length == 0)
            {
                break;
            }
        }

        return false;
    }

    // Python's \w: letters, digits, marks of letters, and the underscore.
    private static bool IsWord(char c) => char.IsLetterOrDigit(c) || c == '_' || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.ConnectorPunctuation;

    private static string PyList(IEnumerable<string> items) =>
        "[" + string.Join(", ", items.Select(i => i.Contains('\'', StringComparison.Ordinal) ? $"\"{i}\"" : $"'{i}'")) + "]";

    private static List<JsonElement> Array(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var a) && a.ValueKind == JsonValueKind.Array ? [.. a.EnumerateArray()] : [];

    private static IEnumerable<JsonProperty> Object(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var o) && o.ValueKind == JsonValueKind.Object ? o.EnumerateObject() : [];

    private static string Str(JsonElement e, string name) => StrOrNull(e, name) ?? string.Empty;

    private static string? StrOrNull(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static bool TryInt(JsonElement e, string name, out int value)
    {
        value = 0;
        return e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out value);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
