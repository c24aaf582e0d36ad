namespace Triangulate.Resolution;

/// <summary>The state of a case after resolution: entities, claim clusters, contradictions and the timeline.</summary>
/// <param name="Entities">One entity per real-world thing, ids <c>e1</c>, <c>e2</c>, ... in order of first mention.</param>
/// <param name="Clusters">One cluster per proposition (single claims included), ids <c>k1</c>, ... in order of first claim.</param>
/// <param name="Contradictions">Pairs of claims that cannot both be true, typed and explained.</param>
/// <param name="Timeline">Dated claims grouped by when, earliest first.</param>
/// <param name="Updates">Values that changed between reports of different dates (a running total, a schedule): not contradictions.</param>
public sealed record CaseResolution(
    IReadOnlyList<ResolvedEntity> Entities,
    IReadOnlyList<ClaimCluster> Clusters,
    IReadOnlyList<Contradiction> Contradictions,
    IReadOnlyList<TimelineEntry> Timeline,
    IReadOnlyList<Update>? Updates = null)
{
    /// <summary>Values that changed between reports of different dates, earliest change first.</summary>
    public IReadOnlyList<Update> Updates { get; init; } = Updates ?? [];
}

/// <summary>One real-world thing across the reports of a case.</summary>
/// <param name="Id">Case-wide id, <c>e1</c>, <c>e2</c>, ... deterministic for the same input order.</param>
/// <param name="Type">One of <see cref="Triangulate.Core.Entities.EntityTypes"/> (the type most mentions give it).</param>
/// <param name="Name">Its display name: the spelling used most often (the longest on a tie).</param>
/// <param name="Aliases">Every spelling, with the documents that used it.</param>
/// <param name="Mentions">Every mention, in document and text order.</param>
/// <param name="Explanation">Why its mentions were put together: one human-readable line per merge.</param>
public sealed record ResolvedEntity(
    string Id,
    string Type,
    string Name,
    IReadOnlyList<EntityAlias> Aliases,
    IReadOnlyList<MentionRef> Mentions,
    IReadOnlyList<string> Explanation);

/// <summary>One spelling of an entity and the documents that used it.</summary>
/// <param name="Text">The spelling as written.</param>
/// <param name="Documents">Ids of the documents that used it, in the order they entered the case.</param>
public sealed record EntityAlias(string Text, IReadOnlyList<string> Documents);

/// <summary>One mention of an entity.</summary>
/// <param name="Document">The document id.</param>
/// <param name="Start">First UTF-16 code unit.</param>
/// <param name="End">One past the last code unit.</param>
/// <param name="Text">As written.</param>
public sealed record MentionRef(string Document, int Start, int End, string Text);

/// <summary>Claims from one or more documents that state the same proposition.</summary>
/// <param name="Id">Case-wide id, <c>k1</c>, <c>k2</c>, ...</param>
/// <param name="Claims">Claim ids (<see cref="AnnotatedDocument.ClaimId"/>).</param>
/// <param name="Documents">How many distinct documents state it.</param>
/// <param name="IndependentOrigins">How many distinct roots their source chains have.</param>
/// <param name="Origins">Those roots, by name.</param>
/// <param name="FirstReportedBy">The id of the earliest published document that states it.</param>
public sealed record ClaimCluster(
    string Id,
    IReadOnlyList<string> Claims,
    int Documents,
    int IndependentOrigins,
    IReadOnlyList<string> Origins,
    string FirstReportedBy);

/// <summary>
/// One disagreement between two origins: claims that cannot both be true, with every claim on each side (one origin
/// repeating its statement in several sentences or reports is one side, not several contradictions).
/// </summary>
/// <param name="ClaimA">The first claim's id: the first of side A.</param>
/// <param name="ClaimB">The second claim's id: the first of side B.</param>
/// <param name="Kind"><c>time</c>, <c>quantity</c> or <c>polarity</c>.</param>
/// <param name="Explanation">What conflicts, in words, with both values and both report dates.</param>
/// <param name="SideA">Every claim of side A (ClaimA first); null for the pair alone.</param>
/// <param name="SideB">Every claim of side B (ClaimB first); null for the pair alone.</param>
public sealed record Contradiction(string ClaimA, string ClaimB, string Kind, string Explanation,
    IReadOnlyList<string>? SideA = null, IReadOnlyList<string>? SideB = null)
{
    /// <summary>Every claim of side A, <see cref="ClaimA"/> first.</summary>
    public IReadOnlyList<string> SideA { get; init; } = SideA ?? [ClaimA];

    /// <summary>Every claim of side B, <see cref="ClaimB"/> first.</summary>
    public IReadOnlyList<string> SideB { get; init; } = SideB ?? [ClaimB];
}

/// <summary>A value that changed between two reports of different dates: recorded, not called a contradiction.</summary>
/// <param name="From">The earlier report's claim.</param>
/// <param name="To">The later report's claim.</param>
/// <param name="Kind"><c>quantity</c> (a total, a level, a toll) or <c>time</c> (a date that was moved: a plan, a forecast).</param>
/// <param name="What">What changed, in words ("orders", "the date of: first flight").</param>
/// <param name="FromValue">The earlier value as written.</param>
/// <param name="ToValue">The later value as written.</param>
/// <param name="When">The later report's date (yyyy-MM-dd), or null when unknown.</param>
/// <param name="Who">Who gives the later value: its source, or the later report's outlet or author.</param>
public sealed record Update(string From, string To, string Kind, string What, string FromValue, string ToValue, string? When, string Who);

/// <summary>One point (or stretch) of the case's timeline.</summary>
/// <param name="When">A TIMEX3 value (<c>2022-08-20</c>, <c>2022-11</c>), or <c>before 2022-02-24</c> / <c>after ...</c> for a claim placed by a relative anchor.</param>
/// <param name="Precision">One of <see cref="Triangulate.Core.Times.TimePrecisions"/>, or <c>relative</c>.</param>
/// <param name="Claims">The claims dated there.</param>
/// <param name="Documents">The documents those claims come from.</param>
/// <param name="Summary">A short text of what happened (the earliest report's claim).</param>
public sealed record TimelineEntry(
    string When,
    string Precision,
    IReadOnlyList<string> Claims,
    IReadOnlyList<string> Documents,
    string Summary);
