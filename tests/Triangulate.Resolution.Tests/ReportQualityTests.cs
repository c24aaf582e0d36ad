using Triangulate.Core.Claims;
using Triangulate.Resolution;

namespace Triangulate.Resolution.Tests;

/// <summary>What a researcher reads across reports: payments, non-denials, origins, types, timeline summaries.</summary>
public sealed class ReportQualityTests
{
    [Fact]
    public void Different_sums_for_one_payment_are_a_quantity_contradiction()
    {
        // Given two reports on a payment to the same shipyard, worded differently, with different sums of one currency
        var a = new ReportBuilder("a.txt", new DateOnly(2022, 4, 2))
            .Claim("A deposit of <$15 million|15000000|USD|exact|-> was wired to [Osterby Yards|ORG] last week.").Build();
        var b = new ReportBuilder("b.txt", new DateOnly(2022, 4, 5))
            .Claim("The [Merrow Trust|ORG] paid <$22 million|22000000|USD|exact|-> to [Osterby Yards|ORG] as a deposit for the ferries.").Build();
        var resolver = new CaseResolver();

        // When both are added
        resolver.Add(a);
        resolver.Add(b);
        var result = resolver.Snapshot();

        // Then the two sums are flagged, with both amounts and the shared party in the explanation
        var conflict = Assert.Single(result.Contradictions);
        Assert.Equal("quantity", conflict.Kind);
        Assert.Contains("$15 million", conflict.Explanation, StringComparison.Ordinal);
        Assert.Contains("$22 million", conflict.Explanation, StringComparison.Ordinal);
        Assert.Contains("Osterby Yards", conflict.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("A second transfer of <$7 million|7000000|USD|exact|-> was paid to [Osterby Yards|ORG].")]
    [InlineData("[Osterby Yards|ORG] received <$7 million|7000000|USD|exact|-> more than first disclosed.")]
    [InlineData("[Osterby Yards|ORG] paid a deposit of <at least $10 million|10000000|USD|at_least|->.")]
    public void Another_payment_or_a_compatible_sum_is_not_a_contradiction(string markup)
    {
        // Given a report of a deposit and another report of a further payment, a non-payment or a sum that may be equal
        var a = new ReportBuilder("a.txt")
            .Claim("A deposit of <$15 million|15000000|USD|exact|-> was paid to [Osterby Yards|ORG].").Build();
        var b = new ReportBuilder("b.txt").Claim(markup).Build();
        var resolver = new CaseResolver();

        // When both are added
        resolver.Add(a);
        resolver.Add(b);

        // Then no quantity contradiction is flagged
        Assert.DoesNotContain(resolver.Snapshot().Contradictions, c => c.Kind == "quantity");
    }

    [Fact]
    public void A_rhetorical_question_is_not_set_against_a_denial()
    {
        // Given a denial in one report and an opinion piece asking a question on the same words
        var a = new ReportBuilder("a.txt")
            .Claim("The [Harbour Board|ORG] called the audit of the dredging contract a smear.", Stances.Deny, source: "Harbour Board").Build();
        var b = new ReportBuilder("b.txt")
            .Claim("Why did the [Harbour Board|ORG] call the audit of the dredging contract a smear?").Build();
        var resolver = new CaseResolver();

        // When both are added
        resolver.Add(a);
        resolver.Add(b);

        // Then no contradiction is flagged
        Assert.Empty(resolver.Snapshot().Contradictions);
    }

    [Fact]
    public void An_origin_that_ran_on_into_the_claim_reads_as_the_source_name()
    {
        // Given two reports on one contract, the second with a source span that ran past the outlet's name
        var a = new ReportBuilder("a.txt")
            .Claim("The Valley Courier reported that the water board signed a contract with [Tessel Pumps|ORG] for <€45 million|45000000|EUR|exact|->.",
                source: "The Valley Courier").Build();
        var b = new ReportBuilder("b.txt")
            .Claim("According to the Valley Courier, the water board signed a contract with [Tessel Pumps|ORG] for <€45 million|45000000|EUR|exact|->.",
                source: "the Valley Courier, the water board signed a").Build();
        var resolver = new CaseResolver();

        // When both are added
        resolver.Add(a);
        resolver.Add(b);

        // Then the contract is one cluster whose single origin is the outlet's name
        var cluster = Assert.Single(resolver.Snapshot().Clusters);
        Assert.Equal(1, cluster.IndependentOrigins);
        Assert.Equal("The Valley Courier", Assert.Single(cluster.Origins));
    }

    [Fact]
    public void A_company_mistyped_as_a_place_stays_a_company_with_its_short_form()
    {
        // Given a report naming a holding company (tagged as a place) and its short form, and another naming it right
        var a = new ReportBuilder("a.txt")
            .Claim("[Tessmark Marine Holdings|GPE] won the contract, and [Tessmark|GPE] will start work in [France|GPE].")
            .Claim("[France Holdings|ORG] lost the bid.").Build();
        var b = new ReportBuilder("b.txt")
            .Claim("[Tessmark Marine Holdings|ORG] signed the contract.").Build();
        var resolver = new CaseResolver();

        // When both are added
        resolver.Add(a);
        resolver.Add(b);
        var entities = resolver.Snapshot().Entities;

        // Then the company is one organisation with both spellings, and the country named like another company stays a place
        var company = Assert.Single(entities, e => e.Aliases.Any(x => x.Text == "Tessmark Marine Holdings"));
        Assert.Equal("ORG", company.Type);
        Assert.Contains(company.Aliases, x => x.Text == "Tessmark");
        Assert.Equal(3, company.Mentions.Count);
        Assert.Equal("GPE", Assert.Single(entities, e => e.Name == "France").Type);
    }

    [Fact]
    public void A_timeline_entry_is_summarised_by_its_claim_with_most_content()
    {
        // Given a report where a short claim, a question and a full statement share one date
        var a = new ReportBuilder("a.txt", new DateOnly(2023, 9, 20))
            .Claim("the newspaper, on {September 12|2023-09-12|day}", source: "the newspaper")
            .Claim("Why did the harbour board close the [Serin Bridge|FAC] on {September 12|2023-09-12|day}?")
            .Claim("The harbour board closed the [Serin Bridge|FAC] to lorries on {September 12|2023-09-12|day} after an inspection found cracks.")
            .Build();
        var resolver = new CaseResolver();

        // When it is added
        resolver.Add(a);

        // Then the entry reads as the full statement
        var entry = Assert.Single(resolver.Snapshot().Timeline);
        Assert.StartsWith("The harbour board closed", entry.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Different_happenings_of_one_story_on_different_dates_are_no_time_contradiction()
    {
        // Given two reports of one story: a visit on one date, a payment by the same fund on another
        var a = new ReportBuilder("a.txt")
            .Claim("The chairman of the [Merrow Trust|ORG] visited the [Osterby Yards|ORG] shipyard in [Port Kell|GPE] on {June 3|2024-06-03|day}.").Build();
        var b = new ReportBuilder("b.txt")
            .Claim("The [Merrow Trust|ORG] paid the [Osterby Yards|ORG] shipyard in [Port Kell|GPE] for the ferries on {June 1|2024-06-01|day}.").Build();
        var resolver = new CaseResolver();

        // When both are added
        resolver.Add(a);
        resolver.Add(b);

        // Then no time contradiction is flagged
        Assert.DoesNotContain(resolver.Snapshot().Contradictions, c => c.Kind == "time");
    }

    [Fact]
    public void Since_a_month_takes_in_that_month()
    {
        // Given one report of lorries crossing in a week of March, another of lorries crossing since the start of March
        var a = new ReportBuilder("a.txt")
            .Claim("Forty lorries of dredging gear crossed the [Kell|GPE] border post during {the second week of March|2024-W11|week}.").Build();
        var b = new ReportBuilder("b.txt")
            .Claim("Sixty lorries of dredging gear crossed the [Kell|GPE] border post since {the start of March|2024-03|month}.").Build();
        var resolver = new CaseResolver();

        // When both are added
        resolver.Add(a);
        resolver.Add(b);

        // Then their times are not incompatible
        Assert.DoesNotContain(resolver.Snapshot().Contradictions, c => c.Kind == "time");
    }

    [Theory]
    [InlineData("\"There is no foreign money in the bridge project,\" the ministry said.", true)]
    [InlineData("The ministry said the bridge project had no military purpose and foreign money was welcome.", false)]
    public void A_negated_statement_against_an_admission_is_a_polarity_contradiction(string statement, bool conflict)
    {
        // Given a ministry's statement in one report and, in another, its admission that foreign money paid for the bridge
        var a = new ReportBuilder("a.txt").Claim(statement, source: "the ministry").Build();
        var b = new ReportBuilder("b.txt")
            .Claim("The minister admitted that foreign money paid for the bridge project.", Stances.Admit, source: "The minister").Build();
        var resolver = new CaseResolver();

        // When both are added
        resolver.Add(a);
        resolver.Add(b);

        // Then a polarity contradiction is flagged only when the statement negates what is admitted
        Assert.Equal(conflict, resolver.Snapshot().Contradictions.Any(c => c.Kind == "polarity"));
    }

    [Theory]
    [InlineData("The [Norland|GPE] navy sold two frigates to [Ostmark|GPE].", true)]
    [InlineData("[Ostmark|GPE] received two frigates from [Norland|GPE].", true)]
    [InlineData("[Ostmark|GPE] plans to build frigates with help from [Norland|GPE].", false)]
    [InlineData("The navy bought [Norlandian|NORP] frigates last year.", true)]
    [InlineData("Two frigates of the [Ostmark|GPE] navy collided with a ferry near [Norland|GPE].", false)]
    public void A_denial_conflicts_with_an_assertion_only_when_it_tells_the_denied_happening(string assertion, bool conflict)
    {
        // Given a denial of buying frigates in one report, and in another an assertion naming the same countries and frigates
        var a = new ReportBuilder("a.txt").Claim("buying frigates from [Norland|GPE]", Stances.Deny, source: "[Ostmark|GPE]").Build();
        var b = new ReportBuilder("b.txt").Claim(assertion).Build();
        var resolver = new CaseResolver();

        // When both are added
        resolver.Add(a);
        resolver.Add(b);

        // Then the selling or receiving side of the same exchange contradicts the denial ("sold" tells "buying" from the
        // other end; "Norlandian frigates" are about Norland), while building or a collision of frigates tells another
        // happening
        Assert.Equal(conflict, resolver.Snapshot().Contradictions.Any(c => c.Kind == "polarity"));
    }

    [Theory]
    [InlineData("a.txt", "[Harlow Mills|ORG]", true)]
    [InlineData("a.txt", "[Penrith Steel|ORG]", false)]
    [InlineData("b.txt", "[Harlow Mills|ORG]", false)]
    public void Different_amounts_conflict_only_across_reports_about_a_common_thing(string secondName, string employer, bool conflict)
    {
        // Given a report that an employer cut 300 jobs, and another (or the same) report giving 90 jobs cut by an employer
        var first = new ReportBuilder("b.txt").Claim("[Harlow Mills|ORG] will cut <300 jobs|300|-|exact|jobs> at its plant.");
        var second = secondName == "b.txt" ? first : new ReportBuilder(secondName);
        second.Claim($"{employer} will cut <90 jobs|90|-|exact|jobs> at its plant.");
        var resolver = new CaseResolver();

        // When the reports are added
        resolver.Add(first.Build());
        if (second != first)
        {
            resolver.Add(second.Build());
        }

        // Then the amounts conflict only when two reports give them for the same employer: another employer's cut is
        // another fact, and one report giving two numbers tells two things
        Assert.Equal(conflict, resolver.Snapshot().Contradictions.Any(c => c.Kind == "quantity"));
    }
}
