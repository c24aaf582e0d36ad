namespace Triangulate.Export.Tests;

/// <summary>
/// A small case written in the test, for what the demo does not hold: hostile text (markup, control characters,
/// formulas), a long body, a known country, undated and odd timeline values.
/// </summary>
internal static class TinyCase
{
    public static CaseFile Create(string claimText = "The agency said the port was sold.", string? body = null, IReadOnlyList<string>? when = null)
    {
        const string doc = "0123456789abcdef";
        var text = body ?? "Harbour Wire reported that the agency said the port in France was sold to Acme Shipping Ltd. " + claimText;
        var claimStart = text.IndexOf(claimText, StringComparison.Ordinal);
        CaseMention Mention(string name)
        {
            var start = text.IndexOf(name, StringComparison.Ordinal);
            return new CaseMention(doc, Math.Max(0, start), Math.Max(0, start) + name.Length, name);
        }

        CaseEntity Entity(string id, string type, string name, params string[] aliases) =>
            new(id, type, name, [name, .. aliases], [new CaseVariant(name, [doc])], type == "PERSON" ? ["Minister"] : [], [Mention(name)]);

        var entities = new List<CaseEntity>
        {
            Entity("e1", "GPE", "France"),
            Entity("e2", "ORG", "Acme Shipping Ltd"),
            Entity("e3", "MEDIA", "Harbour Wire"),
            Entity("e4", "PRODUCT", "port"),
        };
        var claim = new CaseClaim("c01234567.1", doc, Math.Max(0, claimStart), Math.Max(0, claimStart) + claimText.Length, claimText,
            [new CaseSourceLink("e3", "Harbour Wire", "reported", false), new CaseSourceLink(null, "the agency", "said", true)],
            "assert", "fact", ["e1", "e2", "e4"], ["2025-03-12"], [new CaseAmount(1200000000m, "EUR")]);
        var second = claim with { Id = "c01234567.2", Stance = "deny", SourceChain = [new CaseSourceLink(null, "tiny.txt", null, false)] };
        var timeline = (when ?? ["2025-03-12"]).Select(w => new CaseTimelineEntry(w, "day", [claim.Id], [doc], claimText)).ToList();
        return new CaseFile(
            CaseFile.SchemaName,
            [new CaseDocument(doc, "tiny.txt", "A <b>tiny</b> \"case\"", "Harbour Wire", "https://example.org/a?b=1&c=2", "2025-03-14", false, "en", text,
                ["A. Writer"], null, null, "Harbour Wire", null, null, "text", null, null, null)],
            entities,
            [new CaseTime(doc, 0, 5, "March 12", "DATE", "2025-03-12", "day", null, null)],
            [new CaseQuantity(doc, 0, 5, "€1.2 billion", 1200000000m, "EUR", "exact", null)],
            [claim, second],
            [new CaseCluster("k1", [claim.Id, second.Id], 1, 1, ["harbour wire"], doc)],
            [new CaseContradiction([claim.Id, second.Id], "polarity", "one asserts what the other denies \u0001 <&>")],
            timeline);
    }
}
