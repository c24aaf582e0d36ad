using Triangulate.Core.Entities;

namespace Triangulate.Core.Tests.Entities;

public sealed class ProductCodesTests
{
    [Theory]
    [InlineData("An-124", true)]
    [InlineData("T-72", true)]
    [InlineData("Zorya-12s", true)]
    [InlineData("A320", true)]
    [InlineData("COVID-19", false)]
    [InlineData("G20", false)]
    [InlineData("Top-10", false)]
    [InlineData("Under-21", false)]
    [InlineData("Q3", false)]
    [InlineData("1990-91", false)]
    [InlineData("Covid19", false)]
    public void Letter_digit_designations_are_products(string token, bool expected)
    {
        // Given a token and the built-in lexicon
        // When its form is checked
        var isCode = ProductCodes.IsCode(token, EntityLexicon.Default);

        // Then designations are codes, and diseases, groups, rankings and dates are not
        Assert.Equal(expected, isCode);
    }
}
