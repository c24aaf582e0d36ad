using Triangulate.Core.Propositions;
using Triangulate.Core.Quantities;

namespace Triangulate.Resolution.Propositions;

/// <summary>
/// A claim's proposition as resolution compares it: its predicate class, and each participant as the entity nodes
/// named in its phrase (or its head word, a descriptor, when it names none); each amount with what it measures.
/// </summary>
internal sealed class ClaimProposition
{
    /// <summary>The predicate's lemma.</summary>
    public required string Predicate { get; init; }

    /// <summary>Its class of equivalents.</summary>
    public required string PredicateClass { get; init; }

    /// <summary>The participants: role, entity nodes named in the phrase, head lemma.</summary>
    public required List<(string Role, int[] Nodes, string Head)> Arguments { get; init; }

    /// <summary>The amounts: value and unit, what they measure (lemmas), their period.</summary>
    public required List<(Quantity Amount, string Measures, string? Period)> Measures { get; init; }

    /// <summary>The resolution view of <paramref name="proposition"/>, with participants mapped to the mention nodes of their phrase.</summary>
    public static ClaimProposition? From(Proposition? proposition, AnnotatedDocument near, int[] nearNodes)
    {
        if (proposition is null)
        {
            return null;
        }

        var arguments = new List<(string, int[], string)>(proposition.Arguments.Count);
        foreach (var a in proposition.Arguments)
        {
            var nodes = new List<int>();
            for (var m = 0; m < near.Mentions.Count; m++)
            {
                var mention = near.Mentions[m];
                if (mention.Start >= a.Start && mention.End <= a.End && !nodes.Contains(nearNodes[m]))
                {
                    nodes.Add(nearNodes[m]);
                }
            }

            arguments.Add((a.Role, [.. nodes], a.Head));
        }

        var measures = new List<(Quantity, string, string?)>(proposition.Measures.Count);
        foreach (var m in proposition.Measures)
        {
            var amount = near.Quantities.FirstOrDefault(q => q.Start == m.Start && q.End == m.End);
            if (amount is not null)
            {
                measures.Add((amount, m.Measures, m.Period));
            }
        }

        return new ClaimProposition
        {
            Predicate = proposition.Predicate,
            PredicateClass = proposition.PredicateClass,
            Arguments = arguments,
            Measures = measures,
        };
    }
}
