using Triangulate.Core.Claims;
using Triangulate.Core.Quantities;

namespace Triangulate.Resolution.Claims;

/// <summary>A claim with what clustering and contradiction finding compare: entities, words, times, amounts.</summary>
internal sealed class ClaimRecord
{
    public required int Index { get; init; }

    public required string Id { get; init; }

    /// <summary>The claim's document without its text and annotations (they stay with the store, not in memory).</summary>
    public required AnnotatedDocument Document { get; init; }

    /// <summary>The claim reports a payment other than one reported before ("a second transfer", "$5 million more").</summary>
    public bool AnotherPayment { get; set; }

    public required Claim Claim { get; init; }

    /// <summary>Entity nodes mentioned in the claim's span.</summary>
    public required int[] Nodes { get; init; }

    /// <summary>Lowercase stems of its content words.</summary>
    public required HashSet<string> Words { get; init; }

    /// <summary>Stems of the words outside its time expressions: what the claim says about, not when.</summary>
    public HashSet<string> PlainWords { get; set; } = [];

    /// <summary>Stems of the words outside its names, times and amounts: what happened, not to whom, when or how much.</summary>
    public HashSet<string> EventWords { get; set; } = [];

    public required List<ClaimTime> Times { get; init; }

    /// <summary>Dates of the claim's sentence outside the claim: when it was said, for the timeline.</summary>
    public List<ClaimTime> SentenceTimes { get; init; } = [];

    public required List<Quantity> Quantities { get; init; }

    /// <summary>Its amounts with what each measures (amounts inside names left out; durations of a measured word in).</summary>
    public List<AmountFrame> Amounts { get; init; } = [];

    /// <summary>What the claim states (predicate, participants as entity nodes, measured amounts), or null without syntax.</summary>
    public Propositions.ClaimProposition? Proposition { get; init; }

    /// <summary>The node of the entity its source chain starts with, when the source is a mention.</summary>
    public int OriginNode { get; init; } = -1;

    /// <summary>The source chain's root by name, normalised, when no mention holds it.</summary>
    public required string OriginName { get; init; }

    /// <summary>Claims (by index) found through shared blocking keys when this one was added.</summary>
    public List<int> Candidates { get; } = [];

    /// <summary>
    /// -1 when the source holds the proposition false (a denial of a positive one, or an assertion of a negated one:
    /// "the firm will not cut jobs"), +1 when it holds it true, 0 for a question or a request, which assert nothing.
    /// </summary>
    public int Polarity => Claim.Stance switch
    {
        Stances.Question or Stances.Request => 0,
        _ when IsQuestion => 0,
        Stances.Deny => Claim.Polarity == Polarities.Negative ? 1 : -1,
        _ => Claim.Polarity == Polarities.Negative ? -1 : 1,
    };

    /// <summary>The claim is a question ("Why did the ministry ...?"): it asks, and asserts nothing to contradict.</summary>
    public bool IsQuestion => Claim.Text.AsSpan().TrimEnd(" \"'’”)»").EndsWith("?", StringComparison.Ordinal);

    /// <summary>Publication order: date (unknown dates last), then order of entry.</summary>
    public (DateOnly, long) PublishedOrder => (Document.Published ?? DateOnly.MaxValue, Document.Sequence);
}
