namespace Triangulate.Resolution.Tests;

/// <summary>Entity ids stay valid (in URLs, exports and a user's notes) as the case grows and changes.</summary>
public sealed class StableEntityIdTests
{
    private static readonly string[] Names = ["Kessaria", "Dravik Holm", "Orla Venn", "Tamsin Reyes", "Port Lumen"];

    private static Dictionary<string, string> IdsByName(CaseResolution r) => Names.ToDictionary(n => n, n => r.EntityOf(n).Id);

    [Fact]
    public void Ids_survive_new_reports_and_another_entity_split_off_or_merged_in()
    {
        // Given a case of two reports
        var a = new ReportBuilder("a.txt").Claim("[Kessaria|GPE] hosted [Dravik Holm|PERSON] and [Orla Venn|PERSON].").Build();
        var b = new ReportBuilder("b.txt").Claim("[Dravik Holme|PERSON] met [Tamsin Reyes|PERSON] in [Port Lumen|GPE].").Build();
        var c = new ReportBuilder("c.txt").Claim("[Ilse Marrow|PERSON] visited [Kessaria|GPE].").Build();
        var plain = new CaseResolver();
        plain.Add(a);
        plain.Add(b);
        var before = IdsByName(plain.Snapshot());

        // When a report is added, a spelling is split off the first person, and two places are merged
        plain.Add(c);
        var grown = IdsByName(plain.Snapshot());
        var decided = new CaseResolver([new ResolutionDecision("split", "Dravik Holm", "Dravik Holme"), new ResolutionDecision("merge", "Kessaria", "Port Lumen")]);
        decided.Add(a);
        decided.Add(b);
        decided.Add(c);
        var after = decided.Snapshot();

        // Then every entity keeps its id: after the new report, and after the split and the merge (the split-off part
        // gets an id of its own, the merged place the id of the older one)
        Assert.All(before, x => Assert.Equal(x.Value, grown[x.Key]));
        Assert.Equal(before["Dravik Holm"], after.EntityOf("Dravik Holm").Id);
        Assert.NotEqual(before["Dravik Holm"], after.EntityOf("Dravik Holme").Id);
        Assert.Equal(before["Orla Venn"], after.EntityOf("Orla Venn").Id);
        Assert.Equal(before["Tamsin Reyes"], after.EntityOf("Tamsin Reyes").Id);
        Assert.Equal(before["Kessaria"], after.EntityOf("Port Lumen").Id);
        Assert.Equal(after.Entities.Count, after.Entities.Select(e => e.Id).Distinct().Count());
    }
}
