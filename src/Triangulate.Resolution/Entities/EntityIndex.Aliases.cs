namespace Triangulate.Resolution.Entities;

/// <summary>Alias evidence stated in the text: "X, also known as Y", "X under the name Y", "X (Y)".</summary>
internal sealed partial class EntityIndex
{
    private const int MaxGap = 90;
    private const int LookBack = 3;

    private void ApplyAliasEvidence(AnnotatedDocument document, int[] mentionNodes)
    {
        var mentions = document.Mentions;
        var order = Enumerable.Range(0, mentions.Count).OrderBy(i => mentions[i].Start).ToArray();
        for (var k = 1; k < order.Length; k++)
        {
            var b = mentions[order[k]];
            for (var back = 1; back <= LookBack && k - back >= 0; back++)
            {
                var a = mentions[order[k - back]];
                if (a.End > b.Start || b.Start - a.End > MaxGap)
                {
                    break;
                }

                var gap = document.Text[a.End..b.Start];
                if (gap.Contains(". ", StringComparison.Ordinal) || gap.Contains('\n', StringComparison.Ordinal)
                    || !TypesCompatible(a.Type, b.Type))
                {
                    continue;
                }

                var after = document.Text[b.End..Math.Min(document.Text.Length, b.End + 8)];
                var pattern = _data.AliasPatterns.FirstOrDefault(p => p.Gap.IsMatch(gap) && (p.After is null || p.After.IsMatch(after)));
                if (pattern.Gap is null)
                {
                    continue;
                }

                var na = mentionNodes[order[k - back]];
                var nb = mentionNodes[order[k]];
                if (Find(na) != Find(nb))
                {
                    var snippet = document.Text[a.Start..Math.Min(document.Text.Length, b.End + (pattern.After is null ? 0 : 1))];
                    Union(na, nb, $"\"{a.Text}\" and \"{b.Text}\" are stated to be one in {document.Name}: \"{Squash(snippet)}\"");
                }

                break;
            }
        }
    }

    private static string Squash(string text)
    {
        var s = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return s.Length <= 160 ? s : s[..157] + "...";
    }
}
