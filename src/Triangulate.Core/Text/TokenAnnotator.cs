using Triangulate.Core.Documents;
using Triangulate.Core.Pipeline;

namespace Triangulate.Core.Text;

/// <summary>The first stage: tokens and sentences.</summary>
public sealed class TokenAnnotator(Tokenizer tokenizer) : IAnnotator
{
    /// <summary>Uses the default tokenizer.</summary>
    public TokenAnnotator()
        : this(Tokenizer.Default)
    {
    }

    /// <inheritdoc />
    public string Name => "tokens";

    /// <inheritdoc />
    public IReadOnlyList<Type> Requires => [];

    /// <inheritdoc />
    public IReadOnlyList<Type> Produces => [typeof(Token), typeof(Sentence)];

    /// <inheritdoc />
    public void Annotate(Document document)
    {
        var (tokens, sentences) = tokenizer.Split(document.Text);
        document.Set<Token>(tokens);
        document.Set<Sentence>(sentences);
    }
}
