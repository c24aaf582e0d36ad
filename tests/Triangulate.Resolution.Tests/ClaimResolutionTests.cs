using Triangulate.Core.Claims;
using Triangulate.Resolution;

namespace Triangulate.Resolution.Tests;

public sealed class ClaimResolutionTests
{
    [Fact]
    public void Two_reports_repeating_one_broadcaster_are_one_cluster_with_one_origin()
    {
        // Given two reports, published on different days, that both repeat one broadcaster's account of a payment
        var early = new ReportBuilder("early.txt", new DateOnly(2021, 6, 2))
            .Claim("[Radio Meridian|MEDIA] reported that [Ostrana|GPE] paid <€40 million|40000000|EUR|exact|-> in cash to [Valdoria|GPE] on {May 14|2021-05-14|day}.", source: "Radio Meridian")
            .Claim("The weather in [Kessaria|GPE] was mild.")
            .Build();
        var late = new ReportBuilder("late.txt", new DateOnly(2021, 6, 9))
            .Claim("According to [Radio Meridian|MEDIA], on {May 14, 2021|2021-05-14|day} [Ostrana|GPE] handed <40 million euros|40000000|EUR|exact|-> in cash to [Valdoria|GPE].", source: "Radio Meridian")
            .Build();
        var resolver = new CaseResolver();

        // When the later report is added first
        resolver.Add(late);
        resolver.Add(early);
        var result = resolver.Snapshot();

        // Then the payment is one cluster of two documents with one independent origin, first reported by the earlier one
        var cluster = Assert.Single(result.Clusters, c => c.Claims.Count == 2);
        Assert.Equal(2, cluster.Documents);
        Assert.Equal(1, cluster.IndependentOrigins);
        Assert.Equal(["Radio Meridian"], cluster.Origins);
        Assert.Equal(early.Id, cluster.FirstReportedBy);
        Assert.Equal(2, result.Clusters.Count);
    }

    [Fact]
    public void Reports_with_their_own_sources_are_independent_origins()
    {
        // Given two outlets stating the same fact on their own authority, and a third repeating the first
        var a = new ReportBuilder("a.txt", source: "Daily Harbour")
            .Claim("[Valdoria|GPE] closed the [Serin Bridge|FAC] to lorries.").Build();
        var b = new ReportBuilder("b.txt", source: "North Gazette")
            .Claim("[Valdoria|GPE] has closed the [Serin Bridge|FAC] to lorries.").Build();
        var c = new ReportBuilder("c.txt", source: "Evening Post")
            .Claim("The [Daily Harbour|MEDIA] says [Valdoria|GPE] closed the [Serin Bridge|FAC] to lorries.", source: "Daily Harbour").Build();
        var resolver = new CaseResolver();

        // When all three are added
        resolver.Add(a);
        resolver.Add(b);
        resolver.Add(c);

        // Then one cluster holds three documents and two origins
        var cluster = Assert.Single(resolver.Snapshot().Clusters);
        Assert.Equal(3, cluster.Documents);
        Assert.Equal(2, cluster.IndependentOrigins);
    }

    [Fact]
    public void A_denial_against_an_admission_is_a_polarity_contradiction()
    {
        // Given one report where a government denies a supply and another where it admits it
        var a = new ReportBuilder("a.txt")
            .Claim("[Valdoria|GPE] denied supplying rockets to [Ostrana|GPE].", Stances.Deny, source: "Valdoria").Build();
        var b = new ReportBuilder("b.txt")
            .Claim("[Valdoria|GPE] admitted it had supplied rockets to [Ostrana|GPE].", Stances.Admit, source: "Valdoria").Build();
        var resolver = new CaseResolver();

        // When both are added
        resolver.Add(a);
        resolver.Add(b);
        var result = resolver.Snapshot();

        // Then they are not one cluster, and are flagged as a polarity contradiction with an explanation
        var contradiction = Assert.Single(result.Contradictions);
        Assert.Equal("polarity", contradiction.Kind);
        Assert.Contains("denies", contradiction.Explanation, StringComparison.Ordinal);
        Assert.Contains("admits", contradiction.Explanation, StringComparison.Ordinal);
        Assert.Equal(2, result.Clusters.Count);
    }

    [Fact]
    public void Incompatible_dates_for_one_event_are_a_time_contradiction()
    {
        // Given two reports dating the start of deliveries to different months
        var a = new ReportBuilder("a.txt").Claim("Deliveries of rockets to [Ostrana|GPE] began in {March 2021|2021-03|month}.").Build();
        var b = new ReportBuilder("b.txt").Claim("Deliveries of rockets to [Ostrana|GPE] began in {October 2021|2021-10|month}.").Build();
        var resolver = new CaseResolver();

        // When both are added
        resolver.Add(a);
        resolver.Add(b);

        // Then a time contradiction names both dates
        var contradiction = Assert.Single(resolver.Snapshot().Contradictions);
        Assert.Equal("time", contradiction.Kind);
        Assert.Contains("2021-03", contradiction.Explanation, StringComparison.Ordinal);
        Assert.Contains("2021-10", contradiction.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Before_an_event_conflicts_with_a_date_after_it_when_the_case_dates_the_event()
    {
        // Given a report that dates the blockade, one that puts deliveries before it, and one that dates them after it
        var a = new ReportBuilder("a.txt").Claim("The blockade of [Kessaria|GPE] started on {1 February 2021|2021-02-01|day}.").Build();
        var b = new ReportBuilder("b.txt").Claim("Rocket deliveries to [Ostrana|GPE] began months before the start of the blockade.").Build();
        var c = new ReportBuilder("c.txt").Claim("Rocket deliveries to [Ostrana|GPE] began in {May 2021|2021-05|month}.").Build();
        var resolver = new CaseResolver();

        // When all are added
        resolver.Add(a);
        resolver.Add(b);
        resolver.Add(c);
        var result = resolver.Snapshot();

        // Then the deliveries are a time contradiction explained by the blockade's date
        var contradiction = Assert.Single(result.Contradictions);
        Assert.Equal("time", contradiction.Kind);
        Assert.Contains("before 2021-02-01", contradiction.Explanation, StringComparison.Ordinal);
        Assert.Contains(result.Timeline, e => e.When == "before 2021-02-01" && e.Precision == "relative");
    }

    [Fact]
    public void Before_and_after_one_undated_event_conflict()
    {
        // Given two reports that place deliveries on either side of an event the case does not date
        var a = new ReportBuilder("a.txt").Claim("[Valdoria|GPE] supplied rockets to [Ostrana|GPE] after the start of the blockade.").Build();
        var b = new ReportBuilder("b.txt").Claim("[Valdoria|GPE] supplied rockets to [Ostrana|GPE] a few months before the start of the blockade, in small numbers.").Build();
        var resolver = new CaseResolver();

        // When both are added
        resolver.Add(a);
        resolver.Add(b);

        // Then they conflict in time
        Assert.Equal("time", Assert.Single(resolver.Snapshot().Contradictions).Kind);
    }

    [Theory]
    [InlineData("<120 lorries|120|-|exact|lorries>", true)]
    [InlineData("<350 lorries|350|-|exact|lorries>", false)]
    [InlineData("<about 290 lorries|290|-|approx|lorries>", false)]
    public void Amounts_conflict_only_beyond_their_qualifiers(string other, bool conflict)
    {
        // Given a lower bound in one report and another count of the same thing in another
        var a = new ReportBuilder("a.txt").Claim("[Valdoria|GPE] sent <at least 300 lorries|300|-|at_least|lorries> of grain to [Ostrana|GPE].").Build();
        var b = new ReportBuilder("b.txt").Claim($"[Valdoria|GPE] sent {other} of grain to [Ostrana|GPE].").Build();
        var resolver = new CaseResolver();

        // When both are added
        resolver.Add(a);
        resolver.Add(b);
        var result = resolver.Snapshot();

        // Then a quantity contradiction is flagged exactly when the counts cannot both hold
        Assert.Equal(conflict, result.Contradictions.Any(x => x.Kind == "quantity"));
        Assert.Equal(conflict ? 2 : 1, result.Clusters.Count);
    }

    [Fact]
    public void Events_dated_by_several_reports_are_joined_on_the_timeline()
    {
        // Given two reports dating one signing, and one dating a different event
        var a = new ReportBuilder("a.txt", new DateOnly(2021, 5, 20))
            .Claim("[Valdoria|GPE] and [Ostrana|GPE] signed the grain accord on {14 May|2021-05-14|day}.")
            .Claim("Talks had begun in {2020|2020|year}.").Build();
        var b = new ReportBuilder("b.txt", new DateOnly(2021, 5, 18))
            .Claim("The grain accord between [Ostrana|GPE] and [Valdoria|GPE] was signed on {May 14, 2021|2021-05-14|day}.").Build();
        var resolver = new CaseResolver();

        // When both are added
        resolver.Add(a);
        resolver.Add(b);
        var timeline = resolver.Snapshot().Timeline;

        // Then the timeline is in date order and the signing is one entry with both documents
        Assert.Equal(["2020", "2021-05-14"], timeline.Select(e => e.When));
        var signing = timeline[1];
        Assert.Equal("day", signing.Precision);
        Assert.Equal(2, signing.Documents.Count);
        Assert.StartsWith("The grain accord", signing.Summary, StringComparison.Ordinal);
    }
}
