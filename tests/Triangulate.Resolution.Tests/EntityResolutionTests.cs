using Triangulate.Resolution;

namespace Triangulate.Resolution.Tests;

public sealed class EntityResolutionTests
{
    [Fact]
    public void Transliteration_variants_of_places_and_people_are_one_entity()
    {
        // Given two reports that romanise a town and a minister differently
        var a = new ReportBuilder("a.txt").Claim("The convoy reached [Velinograd|GPE] where [Farhad Rostami|PERSON] spoke.").Build();
        var b = new ReportBuilder("b.txt").Claim("The convoy reached [Verinograd|GPE] where [Farhadi Rostamy|PERSON] spoke.").Build();
        var resolver = new CaseResolver();

        // When both are added
        resolver.Add(a);
        resolver.Add(b);
        var result = resolver.Snapshot();

        // Then each thing is one entity holding both spellings with the document that used each
        var town = result.EntityOf("Velinograd");
        Assert.Contains(town.Aliases, x => x.Text == "Verinograd" && x.Documents.SequenceEqual([b.Id]));
        Assert.Same(town, result.EntityOf("Verinograd"));
        Assert.Same(result.EntityOf("Farhad Rostami"), result.EntityOf("Farhadi Rostamy"));
        Assert.Equal(2, result.Entities.Count);
        Assert.Contains(town.Explanation, x => x.Contains("transliteration", StringComparison.Ordinal));
    }

    [Fact]
    public void Similar_names_of_different_types_stay_apart()
    {
        // Given a person and a country with one name, and a person and a company with close names
        var a = new ReportBuilder("a.txt").Claim("[Jordan Keller|PERSON] flew to [Jordan|GPE] with [Marlow|PERSON].").Build();
        var b = new ReportBuilder("b.txt").Claim("[Jordan|GPE] signed with [Marlowe|ORG].").Build();
        var resolver = new CaseResolver();

        // When both are added
        resolver.Add(a);
        resolver.Add(b);
        var result = resolver.Snapshot();

        // Then the country is one entity, and neither person is merged with the country or the company
        Assert.Equal(4, result.Entities.Count);
        Assert.Equal(2, result.EntityOf("Jordan").Mentions.Count);
        Assert.NotSame(result.EntityOf("Marlow"), result.EntityOf("Marlowe"));
    }

    [Fact]
    public void Different_people_sharing_a_surname_stay_apart()
    {
        // Given two reports naming two people of one family
        var a = new ReportBuilder("a.txt").Claim("[Anna Petrak|PERSON] resigned.").Build();
        var b = new ReportBuilder("b.txt").Claim("[Boris Petrak|PERSON] was appointed.").Build();
        var resolver = new CaseResolver();

        // When both are added
        resolver.Add(a);
        resolver.Add(b);

        // Then they are two entities
        Assert.Equal(2, resolver.Snapshot().Entities.Count);
    }

    [Fact]
    public void Acronyms_articles_prefixes_and_corporate_suffixes_are_folded()
    {
        // Given spellings of organisations that differ by acronym, article, "al-" prefix and legal suffix
        var a = new ReportBuilder("a.txt")
            .Claim("The [National Grain Authority|ORG] paid [Al-Nasr Aviation Industries Company|ORG].").Build();
        var b = new ReportBuilder("b.txt").Claim("The [NGA|ORG] denied paying [Nasr Aviation|ORG].").Build();
        var resolver = new CaseResolver();

        // When both are added
        resolver.Add(a);
        resolver.Add(b);
        var result = resolver.Snapshot();

        // Then there are two entities, each with both spellings
        Assert.Equal(2, result.Entities.Count);
        Assert.Same(result.EntityOf("NGA"), result.EntityOf("National Grain Authority"));
        Assert.Same(result.EntityOf("Nasr Aviation"), result.EntityOf("Al-Nasr Aviation Industries Company"));
        Assert.Contains(result.EntityOf("NGA").Explanation, x => x.Contains("acronym", StringComparison.Ordinal));
    }

    [Fact]
    public void A_surname_joins_the_full_name_of_a_person()
    {
        // Given a full name in one report and the surname alone in the next
        var a = new ReportBuilder("a.txt").Claim("[Ilse Vandermeer|PERSON] chaired the talks.").Build();
        var b = new ReportBuilder("b.txt").Claim("[Vandermeer|PERSON] left early.").Build();
        var resolver = new CaseResolver();

        // When both are added
        resolver.Add(a);
        resolver.Add(b);
        var result = resolver.Snapshot();

        // Then they are one person named by the fuller name
        var person = Assert.Single(result.Entities);
        Assert.Equal(2, person.Mentions.Count);
    }

    [Fact]
    public void An_anaphor_linked_to_an_outlet_is_a_mention_but_not_a_spelling()
    {
        // Given an outlet named once and then referred to as "the publication" twice
        var a = new ReportBuilder("a.txt")
            .Claim("The [Northern Courier|MEDIA] reported the sale.")
            .Claim("According to [the publication|MEDIA|Northern Courier], the buyer paid in cash.")
            .Claim("Officials quoted by [the publication|MEDIA|Northern Courier] confirmed it.")
            .Build();
        var resolver = new CaseResolver();

        // When it is resolved
        resolver.Add(a);
        var outlet = Assert.Single(resolver.Snapshot().Entities);

        // Then all three mentions are the outlet, named by its name, with one spelling
        Assert.Equal(3, outlet.Mentions.Count);
        Assert.Equal("Northern Courier", outlet.Name);
        Assert.Equal(["Northern Courier"], outlet.Aliases.Select(x => x.Text));
    }

    [Theory]
    [InlineData("The [Torvik-9|PRODUCT], also known as the [Stormlark|PRODUCT], was shown.")]
    [InlineData("The [Torvik-9|PRODUCT] was sold under the name [Stormlark|PRODUCT].")]
    [InlineData("The army fires [Torvik-9|PRODUCT] rockets, disguising them as its own missiles with the name \"[Stormlark|PRODUCT]\".")]
    [InlineData("The army fires the [Stormlark|PRODUCT] ([Torvik-9|PRODUCT]) at night.")]
    public void Aliases_stated_in_the_text_merge_entities_across_reports(string statement)
    {
        // Given a report that states two names are one thing, and a later report that uses only one of them
        var a = new ReportBuilder("a.txt").Claim(statement).Build();
        var b = new ReportBuilder("b.txt").Claim("A [Stormlark|PRODUCT] was shot down.").Build();
        var resolver = new CaseResolver();

        // When both are added
        resolver.Add(a);
        resolver.Add(b);
        var result = resolver.Snapshot();

        // Then one entity holds both names, and says where the text stated it
        var entity = Assert.Single(result.Entities);
        Assert.Equal(3, entity.Mentions.Count);
        Assert.Contains(entity.Explanation, x => x.Contains("stated", StringComparison.Ordinal));
    }

    [Fact]
    public void Neighbouring_names_without_an_alias_cue_stay_apart()
    {
        // Given two products named side by side
        var a = new ReportBuilder("a.txt").Claim("The [Torvik-9|PRODUCT] and the [Stormlark|PRODUCT] were shown.").Build();
        var resolver = new CaseResolver();

        // When it is added
        resolver.Add(a);

        // Then they are two entities
        Assert.Equal(2, resolver.Snapshot().Entities.Count);
    }

    [Fact]
    public void Merge_and_split_decisions_are_honoured_on_every_snapshot()
    {
        // Given two unrelated spellings, and one spelling wrongly merged by its similarity
        var a = new ReportBuilder("a.txt").Claim("[Kessaria|GPE] and [Port Lumen|GPE] and [Dravik Holm|PERSON] met.").Build();
        var b = new ReportBuilder("b.txt").Claim("[Dravik Holme|PERSON] left.").Build();
        var decisions = new[]
        {
            new ResolutionDecision("merge", "kessaria", "Port Lumen"),
            new ResolutionDecision("split", "Dravik Holm", "Dravik Holme"),
        };
        var resolver = new CaseResolver(decisions);

        // When documents are added before and after a snapshot
        resolver.Add(a);
        var first = resolver.Snapshot();
        resolver.Add(b);
        var second = resolver.Snapshot();

        // Then the merge holds in both snapshots and the split alias is its own entity
        Assert.Same(first.EntityOf("Kessaria"), first.EntityOf("Port Lumen"));
        Assert.Same(second.EntityOf("Kessaria"), second.EntityOf("Port Lumen"));
        Assert.NotSame(second.EntityOf("Dravik Holm"), second.EntityOf("Dravik Holme"));
        Assert.Contains(second.EntityOf("Dravik Holme").Explanation, x => x.Contains("split by decision", StringComparison.Ordinal));
        Assert.Contains(second.EntityOf("Port Lumen").Explanation, x => x.Contains("merged by decision", StringComparison.Ordinal));
    }

    [Fact]
    public void Ids_are_deterministic_and_re_adding_a_document_changes_nothing()
    {
        // Given two reports
        var a = new ReportBuilder("a.txt").Claim("[Velinograd|GPE] hosted [Farhad Rostami|PERSON].").Build();
        var b = new ReportBuilder("b.txt").Claim("[Farhadi Rostamy|PERSON] left [Verinograd|GPE].").Build();

        // When they are added to two cases in the same order, one of them twice
        var one = new CaseResolver();
        one.Add(a);
        one.Add(b);
        var two = new CaseResolver();
        two.Add(a);
        two.Add(b);
        two.Add(a);

        // Then both cases hold the same entities with the same ids
        var x = one.Snapshot().Entities.Select(e => (e.Id, e.Name, e.Mentions.Count));
        var y = two.Snapshot().Entities.Select(e => (e.Id, e.Name, e.Mentions.Count));
        Assert.Equal(x, y);
        Assert.Equal(["e1", "e2"], one.Snapshot().Entities.Select(e => e.Id));
    }

    [Fact]
    public void Official_names_of_a_country_are_one_entity_within_and_across_reports()
    {
        // Given a report naming a country by its official and its short name, and another by its short name only
        var a = new ReportBuilder("a.txt")
            .Claim("The [Syrian Arab Republic|GPE] rejected the plan.").Claim("Officials in [Syria|GPE] spoke.").Build();
        var b = new ReportBuilder("b.txt").Claim("[Syria|GPE] and [Serbia|GPE] signed.").Build();
        var resolver = new CaseResolver();

        // When both are added
        resolver.Add(a);
        resolver.Add(b);
        var result = resolver.Snapshot();

        // Then the names listed together in resolution-known-names.txt are one entity, with the list as the reason,
        // and a country with a similar name stays apart
        var syria = result.EntityOf("Syria");
        Assert.Same(syria, result.EntityOf("Syrian Arab Republic"));
        Assert.Contains(syria.Explanation, x => x.Contains("resolution-known-names.txt", StringComparison.Ordinal));
        Assert.NotSame(syria, result.EntityOf("Serbia"));
    }
}
