namespace Triangulate.Export;

/// <summary>The case file, schema <c>triangulate/1</c> (DESIGN.md); every view (CLI, report, JSON) is built from it.</summary>
/// <param name="Schema">Always <c>triangulate/1</c>.</param>
/// <param name="Documents">The reports.</param>
/// <param name="Entities">Resolved entities.</param>
/// <param name="Times">Every time expression.</param>
/// <param name="Quantities">Every amount.</param>
/// <param name="Claims">Every claim.</param>
/// <param name="Clusters">Claims that state the same proposition.</param>
/// <param name="Contradictions">Claims that conflict.</param>
/// <param name="Timeline">Dated claims grouped by when.</param>
/// <param name="Updates">Values that changed between reports of different dates (not contradictions).</param>
public sealed record CaseFile(
    string Schema,
    IReadOnlyList<CaseDocument> Documents,
    IReadOnlyList<CaseEntity> Entities,
    IReadOnlyList<CaseTime> Times,
    IReadOnlyList<CaseQuantity> Quantities,
    IReadOnlyList<CaseClaim> Claims,
    IReadOnlyList<CaseCluster> Clusters,
    IReadOnlyList<CaseContradiction> Contradictions,
    IReadOnlyList<CaseTimelineEntry> Timeline,
    IReadOnlyList<CaseUpdate>? Updates = null)
{
    /// <summary>Values that changed between reports of different dates, earliest change first.</summary>
    public IReadOnlyList<CaseUpdate> Updates { get; init; } = Updates ?? [];

    /// <summary>The schema name this model writes.</summary>
    public const string SchemaName = "triangulate/1";
}

/// <summary>A report in the case, with the metadata a citation needs.</summary>
/// <param name="Id">Hash of its normalised text.</param>
/// <param name="Name">The file (or <c>file.jsonl#line</c>, <c>archive.zip/entry</c>) it came from.</param>
/// <param name="Title">Headline.</param>
/// <param name="Source">Outlet (or, when none is stated, the first author).</param>
/// <param name="Url">Address (the canonical one when the page states it).</param>
/// <param name="Published">Date, <c>yyyy-MM-dd</c>.</param>
/// <param name="PublishedInferred">True when the date was inferred from the text.</param>
/// <param name="Language">ISO 639-1 code.</param>
/// <param name="Text">The text all offsets point into.</param>
/// <param name="Authors">The people who wrote it.</param>
/// <param name="Modified">Date of the last change, <c>yyyy-MM-dd</c>.</param>
/// <param name="Retrieved">Date it was retrieved (a web archive's capture), <c>yyyy-MM-dd</c>.</param>
/// <param name="Outlet">The outlet as the input names it.</param>
/// <param name="Description">The input's own summary.</param>
/// <param name="Section">Section or desk.</param>
/// <param name="Format">The format it was read as (<c>html</c>, <c>pdf</c>, <c>email</c>, ...).</param>
/// <param name="Parent">The container it was read from (a zip file, a web archive, a message), by name.</param>
/// <param name="ParentId">The container's document id when the container is itself a document.</param>
/// <param name="Path">Where inside the container it was.</param>
public sealed record CaseDocument(
    string Id, string Name, string? Title, string? Source, string? Url, string? Published, bool PublishedInferred, string Language, string Text,
    IReadOnlyList<string> Authors, string? Modified, string? Retrieved, string? Outlet, string? Description, string? Section, string? Format,
    string? Parent, string? ParentId, string? Path);

/// <summary>One real-world thing, with every spelling used for it.</summary>
/// <param name="Id">Case-wide id.</param>
/// <param name="Type">Entity type.</param>
/// <param name="Name">Preferred name.</param>
/// <param name="Aliases">Every spelling.</param>
/// <param name="Variants">Every spelling with the documents that used it.</param>
/// <param name="Titles">Titles and ranks written before the name.</param>
/// <param name="Mentions">Where it is named.</param>
public sealed record CaseEntity(string Id, string Type, string Name, IReadOnlyList<string> Aliases, IReadOnlyList<CaseVariant> Variants, IReadOnlyList<string> Titles, IReadOnlyList<CaseMention> Mentions);

/// <summary>A spelling and who used it.</summary>
/// <param name="Text">The spelling.</param>
/// <param name="Documents">Ids of the documents that used it.</param>
public sealed record CaseVariant(string Text, IReadOnlyList<string> Documents);

/// <summary>A span naming an entity.</summary>
/// <param name="Doc">Document id.</param>
/// <param name="Start">Start offset.</param>
/// <param name="End">End offset.</param>
/// <param name="Text">As written.</param>
public sealed record CaseMention(string Doc, int Start, int End, string Text);

/// <summary>A time expression.</summary>
/// <param name="Doc">Document id.</param>
/// <param name="Start">Start offset.</param>
/// <param name="End">End offset.</param>
/// <param name="Text">As written.</param>
/// <param name="Type">DATE, TIME, DURATION or SET.</param>
/// <param name="Value">TIMEX3 value.</param>
/// <param name="Precision">day, month, year, ...</param>
/// <param name="Anchor">Event it is relative to.</param>
/// <param name="Direction">before, after, during.</param>
public sealed record CaseTime(string Doc, int Start, int End, string Text, string Type, string? Value, string Precision, string? Anchor, string? Direction);

/// <summary>An amount.</summary>
/// <param name="Doc">Document id.</param>
/// <param name="Start">Start offset.</param>
/// <param name="End">End offset.</param>
/// <param name="Text">As written.</param>
/// <param name="Value">Number.</param>
/// <param name="Unit">ISO currency or unit.</param>
/// <param name="Qualifier">exact, at_least, at_most, approx.</param>
/// <param name="Counted">What is counted.</param>
public sealed record CaseQuantity(string Doc, int Start, int End, string Text, decimal Value, string? Unit, string Qualifier, string? Counted);

/// <summary>A claim with its sources and content.</summary>
/// <param name="Id">Case-wide id.</param>
/// <param name="Doc">Document id.</param>
/// <param name="Start">Start offset.</param>
/// <param name="End">End offset.</param>
/// <param name="Text">The claim.</param>
/// <param name="SourceChain">Who it comes from, outermost first; the document itself for the author's claims.</param>
/// <param name="Stance">assert, deny, admit, accuse, question, request.</param>
/// <param name="Modality">fact, plan, expectation, possibility, opinion.</param>
/// <param name="Entities">Ids of the entities named in it.</param>
/// <param name="Times">Values of the time expressions in it.</param>
/// <param name="Quantities">Amounts in it.</param>
/// <param name="Polarity">positive, or negative when the stated proposition is negated ("will not sign").</param>
/// <param name="EventTime">TIMEX value of when what it states happened or will happen, or null.</param>
/// <param name="ReportTime">TIMEX value of when its source said it, or null.</param>
/// <param name="Proposition">What it states, read from the tree, or null (no syntax when it was annotated).</param>
/// <param name="Content">
/// The span of what is stated, as attribution corpora mark it, for evaluation and highlighting: for reported speech
/// the reported content with its complementizer ("that the talks failed") or the whole quotation it belongs to; for
/// the author's own claims, and whenever it equals the claim's span, that span. Null only in files written before it.
/// </param>
public sealed record CaseClaim(string Id, string Doc, int Start, int End, string Text, IReadOnlyList<CaseSourceLink> SourceChain, string Stance, string Modality, IReadOnlyList<string> Entities, IReadOnlyList<string> Times, IReadOnlyList<CaseAmount> Quantities, string Polarity = "positive", string? EventTime = null, string? ReportTime = null, CaseProposition? Proposition = null, CaseSpan? Content = null)
{
    /// <summary>
    /// For a proposition stated in passing in another claim's sentence (an apposition, a relative clause, a second
    /// predicate), the id of that claim; else null.
    /// </summary>
    public string? PartOf { get; init; }
}

/// <summary>A span of a document's text.</summary>
/// <param name="Start">Start offset (UTF-16 code units).</param>
/// <param name="End">End offset.</param>
/// <param name="Text">The text of the span.</param>
public sealed record CaseSpan(int Start, int End, string Text);

/// <summary>What a claim states: its event word, participants by role, measured amounts.</summary>
/// <param name="Predicate">The event word, lemmatised.</param>
/// <param name="PredicateClass">Its class of equivalents (the class's first word).</param>
/// <param name="Arguments">Participants by role.</param>
/// <param name="Measures">Each amount with what it measures.</param>
public sealed record CaseProposition(string Predicate, string PredicateClass, IReadOnlyList<CaseArgument> Arguments, IReadOnlyList<CaseMeasure> Measures);

/// <summary>A participant of a proposition.</summary>
/// <param name="Role">agent, theme or recipient.</param>
/// <param name="Text">Its phrase.</param>
/// <param name="Entities">Ids of the entities named in the phrase (none: a descriptor).</param>
public sealed record CaseArgument(string Role, string Text, IReadOnlyList<string> Entities);

/// <summary>An amount and what it measures.</summary>
/// <param name="Text">The amount as written.</param>
/// <param name="Measures">What it counts or pays, lemmatised ("annual loss"); empty when not read.</param>
/// <param name="Period">The time the measured thing belongs to, or null.</param>
public sealed record CaseMeasure(string Text, string Measures, string? Period);

/// <summary>One hop of a source chain.</summary>
/// <param name="Entity">The entity id of the source, or null (anonymous, unresolved, or the document).</param>
/// <param name="Text">The source as written.</param>
/// <param name="Cue">The reporting cue; null for the document's own voice.</param>
/// <param name="Anonymous">True for an anonymous descriptor ("a senior official").</param>
/// <param name="Resolved">For an anaphor ("the publication", "he"): the name it points to; else null.</param>
public sealed record CaseSourceLink(string? Entity, string Text, string? Cue, bool Anonymous, string? Resolved = null);

/// <summary>An amount inside a claim.</summary>
/// <param name="Value">Number.</param>
/// <param name="Unit">Unit or currency.</param>
public sealed record CaseAmount(decimal Value, string? Unit);

/// <summary>Claims stating one proposition.</summary>
/// <param name="Id">Cluster id.</param>
/// <param name="Claims">Claim ids.</param>
/// <param name="Documents">How many documents state it.</param>
/// <param name="IndependentOrigins">How many independent origins (roots of source chains).</param>
/// <param name="Origins">Those origins.</param>
/// <param name="FirstReportedBy">Id of the earliest document stating it.</param>
public sealed record CaseCluster(string Id, IReadOnlyList<string> Claims, int Documents, int IndependentOrigins, IReadOnlyList<string> Origins, string FirstReportedBy);

/// <summary>One disagreement between two origins: claims that conflict, every claim of each side listed.</summary>
/// <param name="Claims">Every claim of it: the first of each side, then the other claims of side one, then of side two.</param>
/// <param name="Kind">time, quantity or polarity.</param>
/// <param name="Explanation">Why they conflict, with both values and both reports' dates.</param>
/// <param name="One">The claims of one side (one origin), <c>Claims[0]</c> first.</param>
/// <param name="Other">The claims of the other side, <c>Claims[1]</c> first.</param>
public sealed record CaseContradiction(IReadOnlyList<string> Claims, string Kind, string Explanation,
    IReadOnlyList<string>? One = null, IReadOnlyList<string>? Other = null)
{
    /// <summary>The claims of one side, <c>Claims[0]</c> first.</summary>
    public IReadOnlyList<string> One { get; init; } = One ?? [Claims[0]];

    /// <summary>The claims of the other side, <c>Claims[1]</c> first.</summary>
    public IReadOnlyList<string> Other { get; init; } = Other ?? [Claims[1]];
}

/// <summary>A value that changed between reports of different dates: recorded apart, not called a contradiction.</summary>
/// <param name="From">The earlier report's claim.</param>
/// <param name="To">The later report's claim.</param>
/// <param name="Kind">quantity (a total, a level) or time (a date moved: a plan, a forecast).</param>
/// <param name="What">What changed.</param>
/// <param name="FromValue">The earlier value as written.</param>
/// <param name="ToValue">The later value as written.</param>
/// <param name="When">The later report's date (yyyy-MM-dd), or null.</param>
/// <param name="Who">Who gives the later value.</param>
public sealed record CaseUpdate(string From, string To, string Kind, string What, string FromValue, string ToValue, string? When, string Who);

/// <summary>A point on the timeline.</summary>
/// <param name="When">TIMEX3 value.</param>
/// <param name="Precision">Its precision.</param>
/// <param name="Claims">Claims dated there.</param>
/// <param name="Documents">Documents they come from.</param>
/// <param name="Summary">A line saying what happened.</param>
public sealed record CaseTimelineEntry(string When, string Precision, IReadOnlyList<string> Claims, IReadOnlyList<string> Documents, string Summary);
