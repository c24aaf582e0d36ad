namespace Triangulate.Resolution.Tests;

/// <summary>Taggers type one name differently in different reports; resolution must see through that, but only so far.</summary>
public sealed class EntityTypeNoiseTests
{
    [Fact]
    public void A_person_full_name_tagged_as_an_organisation_is_still_the_person()
    {
        // Given two reports, the second of which tagged a minister's full name as an organisation
        var a = new ReportBuilder("a.txt").Claim("[Teodor Vasquelin|PERSON] opened the bridge.").Build();
        var b = new ReportBuilder("b.txt").Claim("[Teodor Vasquelin|ORG] praised the builders.").Build();
        var resolver = new CaseResolver();

        // When both are added
        resolver.Add(a);
        resolver.Add(b);
        var result = resolver.Snapshot();

        // Then the full name is one entity
        Assert.Single(result.Entities);
        Assert.Equal(2, result.EntityOf("Teodor Vasquelin").Mentions.Count);
    }

    [Fact]
    public void A_one_word_name_of_another_type_stays_apart()
    {
        // Given a person's surname and a country of the same one-word name
        var a = new ReportBuilder("a.txt").Claim("[Ostria|PERSON] spoke first.").Build();
        var b = new ReportBuilder("b.txt").Claim("[Ostria|GPE] closed its border.").Build();
        var resolver = new CaseResolver();

        // When both are added
        resolver.Add(a);
        resolver.Add(b);

        // Then the one-word name does not carry a merge across types
        Assert.Equal(2, resolver.Snapshot().Entities.Count);
    }

    [Fact]
    public void A_building_and_an_organisation_of_one_name_stay_apart()
    {
        // Given a church named as a building in one report and as an organisation in another (no person involved)
        var a = new ReportBuilder("a.txt").Claim("Fire damaged [Greyfen Chapel|FAC] overnight.").Build();
        var b = new ReportBuilder("b.txt").Claim("[Greyfen Chapel|ORG] asked for donations.").Build();
        var resolver = new CaseResolver();

        // When both are added
        resolver.Add(a);
        resolver.Add(b);

        // Then the type distinction is kept: only a person's full name crosses types
        Assert.Equal(2, resolver.Snapshot().Entities.Count);
    }
}
