using Triangulate.Resolution.Names;

namespace Triangulate.Resolution.Tests;

public sealed class NameTests
{
    [Theory]
    [InlineData("MARTHA", "MARHTA", 0.9611)]
    [InlineData("DWAYNE", "DUANE", 0.84)]
    [InlineData("DIXON", "DICKSONX", 0.8133)]
    [InlineData("same", "same", 1.0)]
    [InlineData("abc", "xyz", 0.0)]
    public void Jaro_winkler_matches_the_textbook_values(string a, string b, double expected)
    {
        // Given two strings of Winkler's examples
        // When compared
        var similarity = JaroWinkler.Similarity(a, b);

        // Then the similarity is the published one
        Assert.Equal(expected, similarity, 4);
    }

    [Theory]
    [InlineData("Al-Nasr Aviation Industries Company", "nasr aviation")]
    [InlineData("The Kessaria Times", "kessaria times")]
    [InlineData("Hewlett - Packard's", "hewlett packard")]
    [InlineData("in Port Lumen", "port lumen")]
    [InlineData("Élodie Brûlé", "elodie brule")]
    [InlineData("Tk-52", "tk-52")]
    public void Names_are_normalised_before_comparison(string text, string expected)
    {
        // Given a name as written
        // When it is prepared for comparison
        var form = NameForm.Of(text);

        // Then case, diacritics, articles, prefixes, possessives and legal suffixes are gone
        Assert.Equal(expected, form.Normalised);
    }

    [Theory]
    [InlineData("Velinograd", "Verinograd")]
    [InlineData("Khalid", "Halid")]
    [InlineData("Farhad", "Farhadi")]
    [InlineData("Qasimov", "Kasimov")]
    [InlineData("Tarashenko", "Tarachenko")]
    public void Transliteration_variants_share_a_skeleton(string a, string b)
    {
        // Given two romanisations of one name
        // When their skeletons are taken
        // Then they are equal
        Assert.Equal(NameForm.Of(a).Skeleton, NameForm.Of(b).Skeleton);
    }
}
