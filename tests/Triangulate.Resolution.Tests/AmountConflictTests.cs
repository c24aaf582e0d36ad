namespace Triangulate.Resolution.Tests;

/// <summary>Amounts across reports: one measure of one thing disputed, a running value updated, other things left alone.</summary>
public sealed class AmountConflictTests
{
    [Fact]
    public void Two_maxima_of_one_capacity_narrowed_alike_conflict_and_the_agreeing_one_does_not()
    {
        // Given two reports giving the seating of one airliner in two layouts, agreeing on one and not on the other
        var a = new ReportBuilder("a.txt", new DateOnly(2021, 3, 2))
            .Claim("The [Skyliner X9|PRODUCT] can carry <up to 640 people|640|-|at_most|people> in an all-economy layout, or <420 people|420|-|exact|people> in three classes.").Build();
        var b = new ReportBuilder("b.txt", new DateOnly(2021, 5, 10))
            .Claim("The [Skyliner X9|PRODUCT] will carry <420 passengers|420|-|exact|passengers> in three classes or <up to 600 passengers|600|-|at_most|passengers> in an all-economy layout.").Build();

        // When both are resolved
        var result = ReportBuilder.Resolve(a, b);

        // Then one quantity contradiction sets 640 against 600, with both report dates
        var conflict = Assert.Single(result.Contradictions);
        Assert.Equal("quantity", conflict.Kind);
        Assert.Contains("640", conflict.Explanation, StringComparison.Ordinal);
        Assert.Contains("600", conflict.Explanation, StringComparison.Ordinal);
        Assert.Contains("2021-03-02", conflict.Explanation, StringComparison.Ordinal);
        Assert.Empty(result.Updates);
    }

    [Fact]
    public void A_proposition_stated_in_passing_is_set_against_nothing()
    {
        // Given the same two seatings, the second report's only in passing, in the sentence of another claim
        var a = new ReportBuilder("a.txt", new DateOnly(2021, 3, 2))
            .Claim("The [Skyliner X9|PRODUCT] can carry <up to 640 people|640|-|at_most|people> in an all-economy layout, or <420 people|420|-|exact|people> in three classes.").Build();
        var b = new ReportBuilder("b.txt", new DateOnly(2021, 5, 10))
            .Claim("[Velora Air|ORG] ordered five of them.")
            .Claim("The [Skyliner X9|PRODUCT] will carry <420 passengers|420|-|exact|passengers> in three classes or <up to 600 passengers|600|-|at_most|passengers> in an all-economy layout.", partOf: 0)
            .Build();

        // When both are resolved
        var result = ReportBuilder.Resolve(a, b);

        // Then no contradiction is drawn from the clause (the claim of its sentence would carry it)
        Assert.Empty(result.Contradictions);
    }

    [Fact]
    public void A_running_total_that_grew_between_reports_is_an_update()
    {
        // Given two reports a year apart on the orders an airliner has, the later one with a larger total
        var a = new ReportBuilder("a.txt", new DateOnly(2020, 4, 1))
            .Claim("[Aerona|ORG] now has a total of <150 orders|150|-|exact|orders> for the [Skyliner X9|PRODUCT].").Build();
        var b = new ReportBuilder("b.txt", new DateOnly(2021, 7, 1))
            .Claim("New deals brought the total of [Aerona|ORG] to <410 orders|410|-|exact|orders> for the [Skyliner X9|PRODUCT].").Build();

        // When both are resolved
        var result = ReportBuilder.Resolve(a, b);

        // Then there is no contradiction, and the change is recorded from the earlier report to the later one
        Assert.Empty(result.Contradictions);
        var update = Assert.Single(result.Updates);
        Assert.Equal("quantity", update.Kind);
        Assert.Equal("150 orders", update.FromValue);
        Assert.Equal("410 orders", update.ToValue);
        Assert.Equal("2021-07-01", update.When);
    }

    [Fact]
    public void Two_delays_of_one_delivery_conflict_even_months_apart()
    {
        // Given a report before a delivery saying how late it will be, and one on the day saying how late it was
        var a = new ReportBuilder("a.txt", new DateOnly(2021, 3, 19))
            .Claim("Deliveries to [Velora Air|ORG] are not due until {October|2021-10|month}, {two years|P2Y|duration} late.").Build();
        var b = new ReportBuilder("b.txt", new DateOnly(2021, 10, 15))
            .Claim("The first jet was delivered {today|2021-10-15|day} to [Velora Air|ORG], {18 months|P18M|duration} behind schedule.").Build();

        // When both are resolved
        var result = ReportBuilder.Resolve(a, b);

        // Then the two delays of the one delivery are a contradiction
        var conflict = Assert.Single(result.Contradictions);
        Assert.Equal("quantity", conflict.Kind);
        Assert.Contains("two years", conflict.Explanation, StringComparison.Ordinal);
        Assert.Contains("18 months", conflict.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[Castell Air|ORG] agreed to buy <22 aircraft|22|-|exact|aircraft> from [Aerona|ORG] in a deal worth billions.")]
    [InlineData("[Aerona|ORG] agreed to build <22 factories|22|-|exact|factories> for a deal worth billions.")]
    public void Amounts_of_other_buyers_or_other_things_do_not_conflict(string markup)
    {
        // Given one report of a purchase and another about a different buyer or a different counted thing
        var a = new ReportBuilder("a.txt", new DateOnly(2021, 3, 2))
            .Claim("[Norvik|GPE] agreed to buy <60 aircraft|60|-|exact|aircraft> from [Aerona|ORG] in a deal worth billions.").Build();
        var b = new ReportBuilder("b.txt", new DateOnly(2021, 3, 2)).Claim(markup).Build();

        // When both are resolved
        var result = ReportBuilder.Resolve(a, b);

        // Then no contradiction is reported
        Assert.Empty(result.Contradictions);
    }

    [Fact]
    public void One_origin_repeating_a_value_is_one_side_of_one_contradiction()
    {
        // Given a report giving a capacity twice and another report giving another value once
        var a = new ReportBuilder("a.txt", new DateOnly(2021, 3, 2))
            .Claim("The [Skyliner X9|PRODUCT] can carry <up to 640 people|640|-|at_most|people> in an all-economy layout.")
            .Claim("Its makers say the [Skyliner X9|PRODUCT] will carry <up to 640 people|640|-|at_most|people> in an all-economy layout from launch.").Build();
        var b = new ReportBuilder("b.txt", new DateOnly(2021, 5, 10))
            .Claim("The [Skyliner X9|PRODUCT] will carry <up to 600 passengers|600|-|at_most|passengers> in an all-economy layout.").Build();

        // When both are resolved
        var result = ReportBuilder.Resolve(a, b);

        // Then there is one contradiction whose side in the first report holds both of its claims
        var conflict = Assert.Single(result.Contradictions);
        Assert.Equal(3, conflict.SideA.Count + conflict.SideB.Count);
        Assert.Equal(conflict.ClaimA, conflict.SideA[0]);
        Assert.Equal(conflict.ClaimB, conflict.SideB[0]);
    }

    [Theory]
    [InlineData("Five new 737 aircraft were bought.", "Five", "737")]
    [InlineData("The Skyliner 640 carries 640 people, more than the 640 does.", "640 people", "640")]
    public void A_number_that_names_a_model_is_no_amount(string sentence, string amount, string model)
    {
        // Given a sentence with a count and a model number, as the quantity stage finds them, and a name holding the number
        var at = sentence.IndexOf(amount, StringComparison.Ordinal);
        var modelAt = sentence.IndexOf(model, at + amount.Length, StringComparison.Ordinal);
        if (modelAt < 0)
        {
            modelAt = sentence.IndexOf(model, StringComparison.Ordinal);
        }

        var quantities = new List<Core.Quantities.Quantity>
        {
            new(at, at + amount.Length, amount, 5, null, "exact", amount.Contains(' ', StringComparison.Ordinal) ? amount.Split(' ')[^1] : null),
            new(modelAt, modelAt + model.Length, model, decimal.Parse(model, System.Globalization.CultureInfo.InvariantCulture), null, "exact", null),
        }.OrderBy(q => q.Start).ToList();
        var name = sentence.IndexOf("Skyliner 640", StringComparison.Ordinal);
        var mentions = name < 0 ? [] : new List<Core.Entities.EntityMention> { new(name, name + 12, "Skyliner 640", "PRODUCT", "Skyliner 640") };

        // When the amounts' frames are read
        var frames = Claims.AmountFrame.Read(sentence, 0, sentence.Length, quantities, [], mentions, Claims.AmountFrame.Lexicon.Default);

        // Then the model number is left out and the count is kept
        Assert.DoesNotContain(frames, f => f.Quantity.Start == modelAt && f.Quantity.Text == model && f.Quantity.Text != amount);
        Assert.Contains(frames, f => f.Quantity.Text == amount);
    }
}
