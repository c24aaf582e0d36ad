using Triangulate.Core.Entities;
using Triangulate.Core.Text;

namespace Triangulate.Core.Tests.Entities;

public sealed class NameNumbersTests
{
    private static List<string> Extend(string text, params string[] names)
    {
        var (tokens, sentences) = Tokenizer.Default.Split(text);
        var drafts = new List<MentionDraft>();
        foreach (var name in names)
        {
            var start = text.IndexOf(name, StringComparison.Ordinal);
            var first = TokenText.IndexAtOrAfter(tokens, start);
            var end = first;
            while (end < tokens.Count && tokens[end].End <= start + name.Length)
            {
                end++;
            }

            drafts.Add(new MentionDraft(first, end, start, start + name.Length, "ORG"));
        }

        return NameNumbers.Extend(text, tokens, sentences, drafts).Select(d => text[d.Start..d.End]).ToList();
    }

    [Fact]
    public void A_series_number_after_a_name_is_part_of_it()
    {
        // Given index names the recogniser ended before their numbers, one with a possessive
        var names = Extend("The Zentrix 300 fell while the Standard & Poor's 500 rose.", "Zentrix", "Standard & Poor");

        // Then each takes its number
        Assert.Equal(["Zentrix 300", "Standard & Poor's 500"], names);
    }

    [Fact]
    public void A_year_a_quantity_or_a_decimal_is_not_part_of_a_name()
    {
        // Given a year, a percentage and a count after company names
        var names = Extend("Kestrel 2008 results came as Orvane 20 percent higher and Talmor 12,000 jobs.", "Kestrel", "Orvane", "Talmor");

        // Then no name takes the number
        Assert.Equal(["Kestrel", "Orvane", "Talmor"], names);
    }
}
