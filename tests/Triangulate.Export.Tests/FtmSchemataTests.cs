using Triangulate.Export.Ftm;

namespace Triangulate.Export.Tests;

public sealed class FtmSchemataTests
{
    private static CaseEntity Entity(string type, string name, params string[] aliases) =>
        new("e1", type, name, [name, .. aliases], [], [], []);

    [Theory]
    [InlineData("PERSON", "Ada Lovelace", "Person")]
    [InlineData("ORG", "Acme Shipping Ltd.", "Company")]
    [InlineData("ORG", "Northwind Holdings", "Company")]
    [InlineData("ORG", "Ministry of Transport", "PublicBody")]
    [InlineData("ORG", "the State Port Agency", "PublicBody")]
    [InlineData("ORG", "Red Cross", "Organization")]
    [InlineData("MEDIA", "Harbour Times", "Organization")]
    [InlineData("GPE", "France", "Address")]
    [InlineData("FAC", "Pier 4", "Address")]
    [InlineData("EVENT", "the summit", "Event")]
    [InlineData("PRODUCT", "Il-76", null)]
    [InlineData("NORP", "Valdernian", null)]
    public void Each_entity_type_has_its_followthemoney_schema(string type, string name, string? schema)
    {
        // Given an entity of a type and name
        // When its schema is chosen
        // Then it is the FollowTheMoney schema for it, or none
        Assert.Equal(schema, FtmSchemata.SchemaOf(Entity(type, name)));
    }

    [Fact]
    public void An_alias_can_make_an_organisation_a_public_body()
    {
        // Given an acronym whose other spelling names an agency
        var entity = Entity("ORG", "VPDA", "Valdernian Port Development Agency");

        // When its schema is chosen
        // Then the spelled-out name decides
        Assert.Equal("PublicBody", FtmSchemata.SchemaOf(entity));
    }

    [Theory]
    [InlineData("France", "fr")]
    [InlineData("the United Kingdom", "gb")]
    [InlineData("USA", "us")]
    [InlineData("Valdernia", null)]
    public void A_place_named_like_a_country_gets_its_code(string name, string? code)
    {
        // Given a place
        // When its country code is looked up
        // Then a known country has its ISO code, an unknown place none
        Assert.Equal(code, FtmSchemata.CountryCode(Entity("GPE", name)));
    }

    [Fact]
    public void Languages_are_written_as_followthemoney_codes()
    {
        // Given the case's ISO 639-1 codes
        // When they are written for FollowTheMoney
        // Then they are its three-letter codes, and an unknown code is left out
        Assert.Equal("eng", FtmSchemata.LanguageCode("en"));
        Assert.Equal("rus", FtmSchemata.LanguageCode("ru"));
        Assert.Null(FtmSchemata.LanguageCode("xx"));
    }
}
