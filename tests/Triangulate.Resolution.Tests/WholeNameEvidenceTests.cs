using Triangulate.Core.Entities;
using Triangulate.Resolution.Names;

namespace Triangulate.Resolution.Tests;

/// <summary>A name joins another only on evidence for the whole name; every form of one thing joins.</summary>
public sealed class WholeNameEvidenceTests
{
    [Theory]
    [InlineData("Air Force", "Royal Norlandian Air Force", EntityTypes.Org)] // a generic name is any country's
    [InlineData("Royal Air Force", "Royal Danish Air Force", EntityTypes.Org)]
    [InlineData("Central Bank", "Danish Central Bank", EntityTypes.Org)]
    [InlineData("Geneva", "Geneva Mutual", EntityTypes.Org)] // a place is not part of a company's name
    [InlineData("Kestrel", "Kestrel Austria", EntityTypes.Org)] // a country after a name makes another one
    [InlineData("Kestrel", "Kestrel Capital", EntityTypes.Org)] // so does an institution word
    [InlineData("Kestrel", "Kestrel Corps", EntityTypes.Org)]
    [InlineData("App Depot", "Mac App Depot", EntityTypes.Org)] // a qualifier before a name makes another one
    [InlineData("European", "European Union", EntityTypes.Org)]
    [InlineData("Merval index", "Merval 25 index", EntityTypes.Product)]
    public void A_qualified_form_is_its_own_thing(string shorter, string longer, string type)
    {
        // Given a name and a longer name holding all its words
        // When they are compared
        var match = NameSimilarity.Compare(NameForm.Of(shorter), NameForm.Of(longer), type);

        // Then the shared words are no evidence that they are one thing
        Assert.True(match.Score < 0.78, $"{shorter} / {longer}: {match.Score} {match.Reason}");
    }

    [Theory]
    [InlineData("Hang Keng", "Hang Keng Index", EntityTypes.Product)] // a descriptor after the name
    [InlineData("Orvesta", "Danish Orvesta index", EntityTypes.Product)] // a country before it
    [InlineData("KRV 40", "KRV 40 index", EntityTypes.Product)] // a series number inside
    [InlineData("KRV", "Danish KRV index", EntityTypes.Product)] // a name in capitals inside another
    [InlineData("Tarnow Eastern", "Tarnow Eastern Airlines", EntityTypes.Org)]
    [InlineData("Kestrel", "Kestrel Harwick", EntityTypes.Org)] // the rest of a proper name
    [InlineData("K480", "Kestrel K480", EntityTypes.Product)] // a maker before a model
    [InlineData("Varnow Airport", "Varnow International Airport", EntityTypes.Fac)]
    [InlineData("Federal Reserve", "U.S. Federal Reserve", EntityTypes.Org)]
    public void A_short_form_of_the_whole_name_is_part_of_it(string shorter, string longer, string type)
    {
        // Given a name and a longer form of it
        // When they are compared
        var match = NameSimilarity.Compare(NameForm.Of(shorter), NameForm.Of(longer), type);

        // Then the shorter is taken for part of the longer name
        Assert.True(match.Score >= 0.78, $"{shorter} / {longer}: {match.Score}");
    }

    [Theory]
    [InlineData("U.S. Department of Trade", "US Trade Department")]
    [InlineData("Vestprom Bank", "Vestprombank")]
    [InlineData("K480-800F", "K480")]
    [InlineData("K480 XWB", "K480")] // a variant's capitals after a model code
    [InlineData("Kestrel 480", "Kestrel K480")] // a maker's model with and without its letter
    public void Every_spelling_of_one_name_matches(string a, string b)
    {
        // Given two spellings of one name (dotted initials, written apart or together, a model's variant)
        // When they are compared
        var match = NameSimilarity.Compare(NameForm.Of(a), NameForm.Of(b), EntityTypes.Org);

        // Then they are one name
        Assert.True(match.Score >= 0.85, $"{a} / {b}: {match.Score}");
    }

    [Fact]
    public void Dotted_initials_make_an_acronym_letter_by_letter()
    {
        // Given an air force written with dotted initials, and its acronym
        var match = NameSimilarity.Compare(NameForm.Of("NAF"), NameForm.Of("N.A. Force"), EntityTypes.Org);
        var usaf = NameSimilarity.Compare(NameForm.Of("USAF"), NameForm.Of("U.S. Air Force"), EntityTypes.Org);

        // Then the acronym counts each initial
        Assert.True(usaf.Score >= 0.9, usaf.Reason);
        Assert.True(match.Score >= 0.9, match.Reason);
    }

    [Fact]
    public void Capital_initials_in_capitals_are_a_country_not_a_pronoun_and_reports_join()
    {
        // Given three reports naming one country as "US", "U.S." and "United States"
        var resolver = new CaseResolver();
        resolver.Add(new ReportBuilder("a.txt").Claim("Exports to the [US|GPE] rose.").Build());
        resolver.Add(new ReportBuilder("b.txt").Claim("Exports to the [U.S.|GPE] rose.").Build());
        resolver.Add(new ReportBuilder("c.txt").Claim("Exports to the [United States|GPE] rose.").Build());

        // When resolved
        var result = resolver.Snapshot();

        // Then they are one entity
        Assert.Single(result.Entities);
    }

    [Fact]
    public void A_name_tagged_as_a_person_but_named_by_its_first_word_is_an_organisation()
    {
        // Given a report naming a company the tagger took for a person, then by its first word alone
        var resolver = new CaseResolver();
        resolver.Add(new ReportBuilder("a.txt").Claim("[Harwick Tolland|PERSON] won the contract; [Harwick|PERSON] will build it.").Build());

        // When resolved
        var result = resolver.Snapshot();

        // Then the two are one organisation
        var entity = Assert.Single(result.Entities);
        Assert.Equal(EntityTypes.Org, entity.Type);
    }

    [Fact]
    public void A_short_form_joins_the_one_longer_name_of_its_report_but_not_one_of_two()
    {
        // Given a report naming one reserve bank in full and then short, and one naming two air forces and "Air Force"
        var resolver = new CaseResolver();
        resolver.Add(new ReportBuilder("a.txt").Claim("The [Danish Federal Reserve|ORG] met; the [Federal Reserve|ORG] held rates.").Build());
        resolver.Add(new ReportBuilder("b.txt").Claim("The [Royal Danish Air Force|ORG] and the [Dutch Air Force|ORG] flew; the [Air Force|ORG] said.").Build());

        // When resolved
        var result = resolver.Snapshot();

        // Then the reserve bank is one entity and each air force stays apart from the bare "Air Force"
        Assert.Same(result.EntityOf("Danish Federal Reserve"), result.EntityOf("Federal Reserve"));
        Assert.NotSame(result.EntityOf("Air Force"), result.EntityOf("Royal Danish Air Force"));
        Assert.NotSame(result.EntityOf("Air Force"), result.EntityOf("Dutch Air Force"));
        Assert.NotSame(result.EntityOf("Dutch Air Force"), result.EntityOf("Royal Danish Air Force"));
    }

    [Fact]
    public void A_name_joins_its_form_with_a_series_number_unless_two_series_could_complete_it()
    {
        // Given a report naming an index with its series number and short, and later reports naming it short,
        // and a case where one short name has two numbered series
        var one = new CaseResolver();
        one.Add(new ReportBuilder("a.txt").Claim("The [Korvex 150|PRODUCT] fell; the [Korvex|PRODUCT] later recovered.").Build());
        one.Add(new ReportBuilder("b.txt").Claim("The [British Korvex index|PRODUCT] rose.").Build());
        var two = new CaseResolver();
        two.Add(new ReportBuilder("a.txt").Claim("The [Dastra 50|PRODUCT] fell.").Build());
        two.Add(new ReportBuilder("b.txt").Claim("The [Dastra 300|PRODUCT] rose.").Build());
        two.Add(new ReportBuilder("c.txt").Claim("The [Dastra|PRODUCT] was flat.").Build());

        // When resolved
        var a = one.Snapshot();
        var b = two.Snapshot();

        // Then the one series is one entity, explained; the bare name of two series joins neither
        Assert.Same(a.EntityOf("Korvex 150"), a.EntityOf("Korvex"));
        Assert.Same(a.EntityOf("Korvex 150"), a.EntityOf("British Korvex index"));
        Assert.Contains(a.EntityOf("Korvex 150")!.Explanation, line => line.Contains("series number", StringComparison.Ordinal));
        Assert.NotSame(b.EntityOf("Dastra"), b.EntityOf("Dastra 50"));
        Assert.NotSame(b.EntityOf("Dastra"), b.EntityOf("Dastra 300"));
    }

    [Theory]
    [InlineData("K&T 250", "Kestrel & Tarrow's 250", 0.85)] // an acronym with the same series number
    [InlineData("K&T 250", "Kestrel & Tarrow's 400", 0.0)]
    public void An_acronym_with_its_series_number_is_the_name(string a, string b, double atLeast)
    {
        // Given an acronym and a name, each followed by a series number
        // When they are compared
        var match = NameSimilarity.Compare(NameForm.Of(a), NameForm.Of(b), EntityTypes.Product);

        // Then they are one name only when the numbers agree
        Assert.True(atLeast > 0 ? match.Score >= atLeast : match.Score < 0.78, $"{a} / {b}: {match.Score} {match.Reason}");
    }

    [Fact]
    public void A_clipped_name_joins_the_one_organisation_of_its_report_it_begins()
    {
        // Given a report naming a reserve board and then its clipped name, and one naming two organisations so clipped
        var resolver = new CaseResolver();
        resolver.Add(new ReportBuilder("a.txt").Claim("The [Federated Reserve Board|ORG] met; the [Fed|ORG] held rates.").Build());
        resolver.Add(new ReportBuilder("b.txt").Claim("The [Corvexano Holdings|ORG] and [Corvalinor Bank|ORG] merged, [Corv|ORG] said.").Build());

        // When resolved
        var result = resolver.Snapshot();

        // Then the clipped name is the one it begins, explained, and neither of two
        Assert.Same(result.EntityOf("Federated Reserve Board"), result.EntityOf("Fed"));
        Assert.Contains(result.EntityOf("Fed")!.Explanation, line => line.Contains("clipped", StringComparison.Ordinal));
        Assert.True(result.EntityOf("Corv") != result.EntityOf("Corvexano Holdings"), string.Join(" / ", result.EntityOf("Corv")!.Explanation));
        Assert.True(result.EntityOf("Corv") != result.EntityOf("Corvalinor Bank"), string.Join(" / ", result.EntityOf("Corv")!.Explanation));
    }

    [Fact]
    public void An_exchange_named_as_an_organisation_joins_its_name_with_index_across_reports()
    {
        // Given one report naming an index with "index" (a product) and another naming it bare, typed an organisation,
        // and a third naming another organisation whose name is the index's with an institution word
        var resolver = new CaseResolver();
        resolver.Add(new ReportBuilder("a.txt").Claim("The [KORVEX index|PRODUCT] fell 3 percent.").Build());
        resolver.Add(new ReportBuilder("b.txt").Claim("Trading stopped on the [KORVEX|ORG] and other exchanges.").Build());
        resolver.Add(new ReportBuilder("c.txt").Claim("The [Korvex Capital|ORG] fund grew.").Build());

        // When resolved
        var result = resolver.Snapshot();

        // Then the bare name is the index; the fund stays apart
        Assert.Same(result.EntityOf("KORVEX index"), result.EntityOf("KORVEX"));
        Assert.NotSame(result.EntityOf("KORVEX index"), result.EntityOf("Korvex Capital"));
    }
}
