using Triangulate.Core.Documents;
using Triangulate.Core.Pipeline;
using Triangulate.Core.Text;

namespace Triangulate.Core.Syntax;

/// <summary>
/// The syntax stage: a part of speech, a lemma and a dependency arc for every token of every sentence, as a
/// <see cref="TokenSyntax"/> layer parallel to the tokens. The trees are drawn over the document's own tokens; where
/// the tokenizer and Universal Dependencies split a word differently, only the forms the model reads are mapped
/// (see <see cref="TreebankForms"/>), never the tokens, so every arc points at a token of the document.
/// </summary>
public sealed class SyntaxAnnotator : IAnnotator
{
    private readonly SyntaxModel _model;
    private readonly ThreadLocal<SyntaxAnalyzer> _analyzers;

    /// <summary>Uses the built-in model.</summary>
    public SyntaxAnnotator()
        : this(SyntaxModel.Default)
    {
    }

    /// <summary>Uses <paramref name="model"/>.</summary>
    public SyntaxAnnotator(SyntaxModel model)
    {
        _model = model;
        _analyzers = new ThreadLocal<SyntaxAnalyzer>(model.CreateAnalyzer);
    }

    /// <inheritdoc />
    public string Name => "syntax";

    /// <inheritdoc />
    public IReadOnlyList<Type> Requires => [typeof(Token), typeof(Sentence)];

    /// <inheritdoc />
    public IReadOnlyList<Type> Produces => [typeof(TokenSyntax)];

    /// <inheritdoc />
    public void Annotate(Document document)
    {
        var tokens = document.Get<Token>();
        var sentences = document.Get<Sentence>();
        var layer = new TokenSyntax[tokens.Count];
        var analyzer = _analyzers.Value!;
        var text = document.Text;
        var result = new SentenceSyntax(0);
        foreach (var sentence in sentences)
        {
            var first = sentence.FirstToken;
            var count = sentence.TokenCount;
            if (result.Tags.Length < count)
            {
                result = new SentenceSyntax(Math.Max(count, result.Tags.Length * 2));
            }

            analyzer.Analyze(count, (i, _) => TreebankForms.Form(text, tokens, first, count, i), result, lemmas: true);
            for (var i = 0; i < count; i++)
            {
                var head = result.Heads[i];
                layer[first + i] = new TokenSyntax(result.Tags[i], head < 0 ? -1 : first + head, result.Relations[i], result.Lemmas[i]);
            }
        }

        document.Set<TokenSyntax>(layer);
    }
}
