using Triangulate.Core.Entities;
using Triangulate.Core.Entities.Recognition;

namespace Triangulate.Core.Tests.Entities;

public sealed class EntityLexiconTests
{
    [Theory]
    [InlineData("France")]
    [InlineData("GUARDIAN")]
    [InlineData("reuters")]
    [InlineData("Minister")]
    public void Words_of_list_entries_light_gazetteer_bits_in_any_case(string word)
    {
        // Given the built-in lexicon
        var lexicon = EntityLexicon.Default;

        // When a word of one of its lists is looked up by its lower-cased hash
        var bits = lexicon.BitsOf(FeatureHash.Of(word, lower: true, foldDigits: true));

        // Then at least one list's bit is set
        Assert.NotEqual(0, bits);
    }

    [Fact]
    public void Function_words_of_entries_light_no_bit()
    {
        // Given "of" inside entries such as "Bank of England"
        // When looked up
        var bits = EntityLexicon.Default.BitsOf(FeatureHash.Of("of", lower: true, foldDigits: true));

        // Then no bit is set
        Assert.Equal(0, bits);
    }
}
