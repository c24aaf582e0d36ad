namespace Triangulate.Core.Claims;

/// <summary>A statement in a report, with who it comes from and how it is put.</summary>
/// <param name="Start">First UTF-16 code unit of the claim.</param>
/// <param name="End">One past the last code unit.</param>
/// <param name="Text">The claim's text.</param>
/// <param name="SourceChain">
/// Who it comes from, outermost first: "The outlet, citing its sources, reports that ..." gives [the outlet, its
/// sources]. Empty when the author states it: the document itself is the source.
/// </param>
/// <param name="Stance">One of <see cref="Stances"/>.</param>
/// <param name="Modality">One of <see cref="Modalities"/>.</param>
/// <param name="Polarity">
/// One of <see cref="Polarities"/>: whether the stated proposition itself is negated ("the firm will not cut jobs"),
/// apart from the stance (a source may deny a positive proposition or assert a negative one).
/// </param>
/// <param name="EventTime">
/// The TIMEX value of when what the claim states happened or will happen (attached to its predicate in the tree), or
/// null when the claim has no time of its own.
/// </param>
/// <param name="ReportTime">For reported speech, the TIMEX value of when the source said it ("said on Monday"), or null.</param>
/// <param name="ContentStart">
/// For reported speech, the start of the reported content as attribution corpora mark it, when it differs from the
/// claim's span: the complementizer kept ("said | that the talks failed"), a quotation of several sentences whole
/// (each of its claims carries the whole quotation's span); -1 when the content is the claim's own span.
/// </param>
/// <param name="ContentEnd">The end of that content span, or -1.</param>
/// <param name="Proposition">What it states, read from the tree by the proposition stage; null before it or without syntax.</param>
/// <param name="PartOf">
/// For a proposition stated in passing inside another claim's sentence (an apposition, a relative clause, a second
/// predicate: "The A380, the world's largest plane, landed"), the index of that claim in the document; else -1.
/// </param>
public sealed record Claim(
    int Start,
    int End,
    string Text,
    IReadOnlyList<SourceLink> SourceChain,
    string Stance,
    string Modality,
    string Polarity = Polarities.Positive,
    string? EventTime = null,
    string? ReportTime = null,
    int ContentStart = -1,
    int ContentEnd = -1,
    Propositions.Proposition? Proposition = null,
    int PartOf = -1);

/// <summary>One hop of a source chain.</summary>
/// <param name="Text">The source as written ("the Wall Street Journal", "a senior official").</param>
/// <param name="Cue">The reporting cue ("reports", "according to", "citing").</param>
/// <param name="Start">Offset of the source text in the document, or -1 when it is resolved from elsewhere.</param>
/// <param name="End">
/// End offset of the source text, or -1. A phrase with an apposition bracketed by commas keeps the closing comma
/// ("Jane Doe, the trade minister, | said"), as attribution corpora mark it.
/// </param>
/// <param name="Resolved">
/// For an anaphoric source ("the publication", "he"): the name it resolves to, whose mention the entity layer holds;
/// else null.
/// </param>
/// <param name="Anonymous">True for a descriptor with no entity ("a senior official", "sources").</param>
/// <param name="CueStart">Offset of the cue's text in the document, or -1 when not known.</param>
/// <param name="CueEnd">End offset of the cue's text, or -1.</param>
public sealed record SourceLink(
    string Text, string Cue, int Start, int End, string? Resolved = null, bool Anonymous = false, int CueStart = -1, int CueEnd = -1);

/// <summary>How the source relates to the proposition.</summary>
public static class Stances
{
    /// <summary>States it.</summary>
    public const string Assert = "assert";

    /// <summary>Denies it.</summary>
    public const string Deny = "deny";

    /// <summary>Admits it.</summary>
    public const string Admit = "admit";

    /// <summary>Accuses someone of it.</summary>
    public const string Accuse = "accuse";

    /// <summary>Questions it.</summary>
    public const string Question = "question";

    /// <summary>Asks for it or calls for it ("asked the government for $5 billion", "called for an inquiry").</summary>
    public const string Request = "request";
}

/// <summary>Whether the proposition a claim states is negated.</summary>
public static class Polarities
{
    /// <summary>Not negated.</summary>
    public const string Positive = "positive";

    /// <summary>Negated ("will not announce", "did not rise").</summary>
    public const string Negative = "negative";
}

/// <summary>What kind of statement it is.</summary>
public static class Modalities
{
    /// <summary>Something that happened or is.</summary>
    public const string Fact = "fact";

    /// <summary>Something intended.</summary>
    public const string Plan = "plan";

    /// <summary>Something expected.</summary>
    public const string Expectation = "expectation";

    /// <summary>Something possible.</summary>
    public const string Possibility = "possibility";

    /// <summary>The author's own evaluation.</summary>
    public const string Opinion = "opinion";
}
