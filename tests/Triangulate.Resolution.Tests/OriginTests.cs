namespace Triangulate.Resolution.Tests;

/// <summary>Origins that mean independence: outlets and named sources, never file names; copies add none.</summary>
public sealed class OriginTests
{
    [Fact]
    public void The_authors_voice_is_the_outlet_or_the_author_never_the_file_name()
    {
        // Given two reports stating the same thing in their own voice, one from a known outlet and one without
        var a = new ReportBuilder("a.txt", new DateOnly(2021, 3, 2), source: "Coastal Courier")
            .Claim("The [Merrow Trust|ORG] opened its new ferry terminal at [Osterby|GPE] on Friday morning.").Build();
        var b = new ReportBuilder("b.txt", new DateOnly(2021, 3, 3))
            .Claim("On Friday morning the [Merrow Trust|ORG] opened the new ferry terminal in [Osterby|GPE].").Build();

        // When both are resolved
        var cluster = Assert.Single(ReportBuilder.Resolve(a, b).Clusters, k => k.Documents == 2);

        // Then the two origins are the outlet and the unknown author of the other report, not file names
        Assert.Equal(2, cluster.IndependentOrigins);
        Assert.Contains("Coastal Courier", cluster.Origins);
        Assert.Contains("the author of b.txt", cluster.Origins);
        Assert.DoesNotContain("b.txt", cluster.Origins);
    }

    [Fact]
    public void An_unnamed_source_counts_under_the_outlet_that_cites_it()
    {
        // Given an outlet's report quoting an unnamed official, and another outlet's own report of the same thing
        var a = new ReportBuilder("a.txt", new DateOnly(2021, 3, 2), source: "Coastal Courier")
            .Claim("A senior official said the [Merrow Trust|ORG] opened its new ferry terminal at [Osterby|GPE] on Friday.", source: "A senior official", anonymous: true)
            .Claim("The [Merrow Trust|ORG] opened its new ferry terminal at [Osterby|GPE] on Friday after two years of work.").Build();
        var b = new ReportBuilder("b.txt", new DateOnly(2021, 3, 3), source: "Harbour Gazette")
            .Claim("The [Merrow Trust|ORG] opened the new ferry terminal in [Osterby|GPE] on Friday.").Build();

        // When both are resolved
        var result = ReportBuilder.Resolve(a, b);

        // Then no cluster counts the unnamed official as an origin beside the outlet citing it
        Assert.DoesNotContain(result.Clusters, k => k.Origins.Any(o => o.Contains("official", StringComparison.OrdinalIgnoreCase)));
        Assert.Contains(result.Clusters, k => k.Origins.Contains("Coastal Courier") && k.Origins.Contains("Harbour Gazette"));
    }

    [Fact]
    public void A_report_that_copies_another_word_for_word_adds_no_origin()
    {
        // Given a report and a later one from another outlet repeating its sentence word for word
        const string sentence = "The [Merrow Trust|ORG] opened its new ferry terminal at [Osterby|GPE] on Friday after two years of delays and disputes.";
        var a = new ReportBuilder("a.txt", new DateOnly(2021, 3, 2), source: "Coastal Courier").Claim(sentence).Build();
        var b = new ReportBuilder("b.txt", new DateOnly(2021, 3, 4), source: "Harbour Gazette").Claim(sentence).Build();

        // When both are resolved
        var cluster = Assert.Single(ReportBuilder.Resolve(a, b).Clusters, k => k.Documents == 2);

        // Then the copy depends on the first report: one origin, the first report's outlet
        Assert.Equal(1, cluster.IndependentOrigins);
        Assert.Equal(["Coastal Courier"], cluster.Origins);
    }
}
