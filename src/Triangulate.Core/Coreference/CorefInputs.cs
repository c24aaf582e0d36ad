using Triangulate.Core.Documents;
using Triangulate.Core.Entities;
using Triangulate.Core.Syntax;
using Triangulate.Core.Text;

namespace Triangulate.Core.Coreference;

/// <summary>Builds the model's input from an annotated document.</summary>
public static class CorefInputs
{
    /// <summary>
    /// The input of <paramref name="document"/>, which must hold tokens, sentences, the syntax layer and entity
    /// mentions; the names are the entity mentions that begin with a capital or a digit (descriptions and pronouns
    /// other stages tied to a name are left out).
    /// </summary>
    public static CorefInput From(Document document)
    {
        var text = document.Text;
        var tokens = document.Get<Token>();
        var names = new List<NameSpan>();
        foreach (var m in document.GetOrEmpty<EntityMention>())
        {
            if (m.End <= m.Start || !(char.IsUpper(text[m.Start]) || char.IsDigit(text[m.Start])))
            {
                continue;
            }

            var first = TokenText.IndexAtOrAfter(tokens, m.Start);
            var end = first;
            while (end < tokens.Count && tokens[end].Start < m.End)
            {
                end++;
            }

            if (end > first)
            {
                names.Add(new NameSpan(first, end, m.Type));
            }
        }

        return new CorefInput(text, tokens, document.Get<Sentence>(), document.Get<TokenSyntax>(), names);
    }
}
