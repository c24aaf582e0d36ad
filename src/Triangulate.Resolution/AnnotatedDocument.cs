using Triangulate.Core.Claims;
using Triangulate.Core.Entities;
using Triangulate.Core.Quantities;
using Triangulate.Core.Times;

namespace Triangulate.Resolution;

/// <summary>What resolution needs of one annotated document (as the pipeline produced it or the store loaded it).</summary>
/// <param name="Id">The document id.</param>
/// <param name="Name">Its file name.</param>
/// <param name="Source">Its outlet, when known; the root of the source chain of the author's own claims.</param>
/// <param name="Published">Its date, from metadata or inferred.</param>
/// <param name="Sequence">Order in which it entered the case (0, 1, 2, ...): ties in publication order break by it.</param>
/// <param name="Text">Its text.</param>
/// <param name="Mentions">Entity mentions.</param>
/// <param name="Times">Time expressions.</param>
/// <param name="Quantities">Amounts.</param>
/// <param name="Claims">Claims, in text order; a claim's id is <see cref="ClaimId"/> of this document and its index.</param>
public sealed record AnnotatedDocument(
    string Id,
    string Name,
    string? Source,
    DateOnly? Published,
    long Sequence,
    string Text,
    IReadOnlyList<EntityMention> Mentions,
    IReadOnlyList<TimeExpression> Times,
    IReadOnlyList<Quantity> Quantities,
    IReadOnlyList<Claim> Claims)
{
    /// <summary>The case-wide id of the claim at <paramref name="index"/> in document <paramref name="documentId"/>.</summary>
    public static string ClaimId(string documentId, int index) => $"c{documentId[..8]}.{index + 1}";
}

/// <summary>A user's decision about entities, stored with the case and honoured by every later resolution.</summary>
/// <param name="Kind"><c>merge</c>: the entities holding aliases A and B are one; <c>split</c>: alias B leaves the
/// entity whose name is A and becomes an entity of its own; <c>reject</c>: the entity holding alias A is no entity
/// (B unused); <c>rename</c>: the entity holding alias A is named B. Other kinds (a contradiction confirmed or
/// dismissed) are kept with the case and ignored by resolution.</param>
/// <param name="A">An alias (case-insensitive) of the first entity.</param>
/// <param name="B">An alias of the second entity, or the alias to split off.</param>
public sealed record ResolutionDecision(string Kind, string A, string B);
