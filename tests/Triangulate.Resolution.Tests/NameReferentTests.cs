using Triangulate.Core.Entities;
using Triangulate.Resolution.Names;

namespace Triangulate.Resolution.Tests;

/// <summary>Rules about what a written name refers to: place phrases, lists, titles and abbreviated months.</summary>
public sealed class NameReferentTests
{
    [Theory]
    [InlineData("the Harbour Lights Hotel in Kestrelton", "harbour lights hotel")]
    [InlineData("Dunmore Mills near Lake Orrin", "dunmore mills")]
    [InlineData("in Vashgrad, Norlandia", "vashgrad")]
    [InlineData("Sarah Q. Pennick, PhD", "sarah q pennick")]
    public void A_place_phrase_or_apposition_is_not_part_of_the_name(string text, string expected)
    {
        // Given a mention that places its referent somewhere ("X in Y", "X near Y", "X, Y")
        // When it is prepared for comparison
        var form = NameForm.Of(text);

        // Then only the part naming the referent is compared
        Assert.Equal(expected, form.Normalised);
    }

    [Fact]
    public void A_hotel_in_a_town_is_not_the_town()
    {
        // Given a hotel placed in a town, and the town itself
        var hotel = NameForm.Of("the Granby Hotel in Port Vell");
        var town = NameForm.Of("Port Vell");

        // When compared as places
        var match = NameSimilarity.Compare(hotel, town, EntityTypes.Fac);

        // Then they are not taken for one thing
        Assert.True(match.Score < 0.85, match.Reason);
    }

    [Theory]
    [InlineData("Ostria and Valmark", "Ostria")]
    [InlineData("Ostria and Valmark", "Valmark")]
    [InlineData("Ostria, Valmark and Tessaly", "Valmark")]
    [InlineData("to Ostria & Valmark", "Ostria")]
    [InlineData("Peru-Chile", "Chile")]
    public void A_list_of_names_is_none_of_its_members(string list, string member)
    {
        // Given a mention listing several places and one of them
        var a = NameForm.Of(list);
        var b = NameForm.Of(member);

        // When compared
        var match = NameSimilarity.Compare(a, b, EntityTypes.Gpe);

        // Then the list does not match the single place
        Assert.Equal(0, match.Score);
    }

    [Fact]
    public void A_name_with_and_inside_still_matches_its_short_form()
    {
        // Given an organisation whose name holds "and", and a shorter form of it
        var full = NameForm.Of("Academy of Lantern Arts and Sciences");
        var shortForm = NameForm.Of("Lantern Academy");

        // When compared
        var match = NameSimilarity.Compare(full, shortForm, EntityTypes.Org);

        // Then the short form is not mistaken for a member of a list
        Assert.True(match.Score > 0, "the short form is part of the name");
    }

    [Theory]
    [InlineData("President Halvorsen", "Ingrid M. Halvorsen")]
    [InlineData("Senator Okafor", "Chidi Okafor")]
    [InlineData("Judge Pellworth", "Amos Pellworth")]
    public void A_title_before_a_surname_does_not_keep_it_from_the_full_name(string titled, string full)
    {
        // Given a person named by title and surname, and by full name
        var a = NameForm.Of(titled);
        var b = NameForm.Of(full);

        // When compared as people
        var match = NameSimilarity.Compare(a, b, EntityTypes.Person);

        // Then the surname carries the match
        Assert.True(match.Score >= 0.85, match.Reason);
    }

    [Fact]
    public void A_title_word_that_begins_an_organisation_name_is_kept()
    {
        // Given a company whose name begins with a word that is also a rank
        var form = NameForm.Of("General Lumber");

        // When it is prepared for comparison
        // Then the word stays: "General Lumber" is not "Lumber"
        Assert.Equal("general lumber", form.Normalised);
    }

    [Fact]
    public void An_abbreviated_month_is_the_month()
    {
        // Given a date written with an abbreviated month and in full
        var a = NameForm.Of("Sept. 14");
        var b = NameForm.Of("September 14");

        // When prepared for comparison
        // Then both read the same
        Assert.Equal(b.Normalised, a.Normalised);
    }

    [Theory]
    [InlineData("Bill Ostrander", "William Ostrander")]
    [InlineData("Katie Marwell", "Kathryn Marwell")]
    public void A_short_given_name_is_the_full_one(string shortName, string fullName)
    {
        // Given one person written with a short and a full given name
        var a = NameForm.Of(shortName);
        var b = NameForm.Of(fullName);

        // When compared as people
        var match = NameSimilarity.Compare(a, b, EntityTypes.Person);

        // Then they are one name
        Assert.True(match.Score >= 0.85, match.Reason);
    }

    [Fact]
    public void Different_given_names_of_one_family_stay_apart()
    {
        // Given two people of one family whose given names are not short forms of each other
        var a = NameForm.Of("Bill Ostrander");
        var b = NameForm.Of("Robert Ostrander");

        // When compared as people
        var match = NameSimilarity.Compare(a, b, EntityTypes.Person);

        // Then they are not one name
        Assert.True(match.Score < 0.85, match.Reason);
    }
}
