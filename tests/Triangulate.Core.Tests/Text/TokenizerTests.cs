using Triangulate.Core.Text;

namespace Triangulate.Core.Tests.Text;

public sealed class TokenizerTests
{
    private static string[] Words(string text)
    {
        var (tokens, _) = Tokenizer.Default.Split(text);
        return tokens.Select(t => text[t.Start..t.End]).ToArray();
    }

    private static string[] Sentences(string text)
    {
        var (_, sentences) = Tokenizer.Default.Split(text);
        return sentences.Select(s => text[s.Start..s.End]).ToArray();
    }

    [Theory]
    [InlineData("The U.S. Army said so.", "The|U.S.|Army|said|so|.")]
    [InlineData("Gen. Smith paid $3.5 million for 7,500 units.", "Gen.|Smith|paid|$|3.5|million|for|7,500|units|.")]
    [InlineData("The An-124 and Kestrel-7s flew.", "The|An-124|and|Kestrel-7s|flew|.")]
    [InlineData("Norway's minister didn't go.", "Norway|'s|minister|didn|'t|go|.")]
    [InlineData("He said: \u201Cfake\u201D, twice.", "He|said|:|\u201C|fake|\u201D|,|twice|.")]
    public void Tokens_keep_abbreviations_numbers_and_codes_whole(string text, string expected)
    {
        // Given a sentence with abbreviations, decimals, codes and possessives
        // When it is tokenised
        var words = Words(text);

        // Then each is one token
        Assert.Equal(expected.Split('|'), words);
    }

    [Fact]
    public void Sentences_do_not_end_at_abbreviations()
    {
        // Given abbreviations, an initial and a title inside sentences
        const string text = "Mr. J. Smith met Gen. Doe on Jan. 5 in the U.S. capital. They talked! Did they agree?";

        // When it is split
        var sentences = Sentences(text);

        // Then only the real ends split it
        Assert.Equal(
            ["Mr. J. Smith met Gen. Doe on Jan. 5 in the U.S. capital.", "They talked!", "Did they agree?"],
            sentences);
    }

    [Fact]
    public void Newlines_and_glued_periods_end_sentences()
    {
        // Given a line break without a period and a period glued to the next capital
        const string text = "First line without stop\nthe talks.Officials said 3.5 percent.";

        // When it is split
        var sentences = Sentences(text);

        // Then both are boundaries, and the decimal is not
        Assert.Equal(["First line without stop", "the talks.", "Officials said 3.5 percent."], sentences);
    }

    [Fact]
    public void Offsets_point_into_the_unchanged_text()
    {
        // Given text with quotes and odd spacing
        const string text = "  \u201CNo,\u201D she said.\r\n\r\nNext.";

        // When it is tokenised
        var (tokens, sentences) = Tokenizer.Default.Split(text);

        // Then every token is non-empty text without white space, and sentences cover their tokens
        Assert.All(tokens, t => Assert.False(string.IsNullOrWhiteSpace(text[t.Start..t.End])));
        Assert.Equal(2, sentences.Count);
        Assert.Equal(tokens.Count, sentences.Sum(s => s.TokenCount));
    }
}
