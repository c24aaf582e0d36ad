namespace Triangulate.Core.Propositions;

/// <summary>
/// What a claim states, read from its sentence's dependency tree: the event word and its class of equivalents, who
/// and what take part in it by role, what each amount measures, when, and how it is put. Two claims of different
/// reports state one proposition when these agree, whatever their wording.
/// </summary>
/// <param name="Predicate">The event word, lemmatised ("buy" for "bought", "plant" for "plants").</param>
/// <param name="PredicateClass">Its class of equivalents from <c>proposition-predicate-classes.txt</c> ("buy" for
/// "purchase" and "acquire"), or the lemma itself when it is in no class.</param>
/// <param name="PredicateStart">Offset of the event word in the document.</param>
/// <param name="PredicateEnd">End offset of the event word.</param>
/// <param name="Arguments">The participants by role (<see cref="PropositionRoles"/>).</param>
/// <param name="Measures">Each amount of the claim with what it measures.</param>
/// <param name="EventTime">When what it states happened (the claim's event time), or null.</param>
/// <param name="Polarity">The claim's polarity.</param>
/// <param name="Modality">The claim's modality.</param>
public sealed record Proposition(
    string Predicate,
    string PredicateClass,
    int PredicateStart,
    int PredicateEnd,
    IReadOnlyList<PropositionArgument> Arguments,
    IReadOnlyList<QuantityMeasure> Measures,
    string? EventTime,
    string Polarity,
    string Modality);

/// <summary>A participant of a proposition.</summary>
/// <param name="Role">One of <see cref="PropositionRoles"/>.</param>
/// <param name="Text">The participant's phrase without its clauses ("the European planemaker").</param>
/// <param name="Start">Offset of that phrase.</param>
/// <param name="End">End offset of that phrase.</param>
/// <param name="Head">The lemma of its head word ("planemaker"): a descriptor when no entity is named there.</param>
public sealed record PropositionArgument(string Role, string Text, int Start, int End, string Head);

/// <summary>An amount of a claim and what it measures.</summary>
/// <param name="Start">Offset of the amount.</param>
/// <param name="End">End offset of the amount.</param>
/// <param name="Text">The amount as written.</param>
/// <param name="Measures">What it counts or, for money, what it pays or is ("annual loss", "federal loan", "job"),
/// lemmatised; empty when the tree does not say.</param>
/// <param name="Period">The time the measured thing belongs to ("2008", "so far"), or null.</param>
public sealed record QuantityMeasure(int Start, int End, string Text, string Measures, string? Period);

/// <summary>The roles of a proposition's participants.</summary>
public static class PropositionRoles
{
    /// <summary>Who does it (the active subject, the "by" phrase of a passive).</summary>
    public const string Agent = "agent";

    /// <summary>What it is done to or about (the object, the passive subject, the subject of a state).</summary>
    public const string Theme = "theme";

    /// <summary>Who receives it ("sold planes to X", "gave X a loan").</summary>
    public const string Recipient = "recipient";
}
