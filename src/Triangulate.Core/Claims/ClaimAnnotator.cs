using Triangulate.Core.Documents;
using Triangulate.Core.Pipeline;
using Triangulate.Core.Text;

namespace Triangulate.Core.Claims;

/// <summary>
/// Splits each document into claims, each with its source chain (outermost first, empty for the author's own
/// claims), its stance and its modality. Rules over the token and sentence layers, driven by the word lists in
/// <c>report-cues.txt</c>, <c>modality-cues.txt</c>, <c>opinion-cues.txt</c>, <c>source-anaphors.txt</c>,
/// <c>anonymous-sources.txt</c>, <c>outlet-words.txt</c> and <c>deny-words.txt</c>. It uses the entity layer when an
/// earlier stage produced it (to type sources and resolve "the publication" or "he"), and works without it.
/// </summary>
public sealed class ClaimAnnotator : IAnnotator
{
    /// <inheritdoc />
    public string Name => "claims";

    /// <inheritdoc />
    public IReadOnlyList<Type> Requires => [typeof(Token), typeof(Sentence)];

    /// <inheritdoc />
    public IReadOnlyList<Type> Produces => [typeof(Claim)];

    /// <inheritdoc />
    public void Annotate(Document document) =>
        document.Set<Claim>(new ClaimScanner(document, ClaimLexicon.Default).Scan());
}
