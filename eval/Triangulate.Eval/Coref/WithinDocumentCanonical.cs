using Triangulate.Core.Entities;

namespace Triangulate.Eval.Coref;

/// <summary>
/// Gives gold mentions the within-document canonical form the entity stage gives its own: the fullest mention of the
/// same type in the document whose words include all of this mention's words ("Jeffs" → "Warren Jeffs"). Gold
/// coreference links are not used.
/// </summary>
public static class WithinDocumentCanonical
{
    /// <summary>The mentions (in text order) with <see cref="EntityMention.Canonical"/> set to their fullest form.</summary>
    public static List<EntityMention> Apply(IReadOnlyList<EntityMention> mentions)
    {
        var words = mentions.Select(m => Words(m.Text)).ToList();
        var result = new List<EntityMention>(mentions.Count);
        for (var i = 0; i < mentions.Count; i++)
        {
            var best = i;
            for (var j = 0; j < mentions.Count; j++)
            {
                if (j != i && mentions[j].Type == mentions[i].Type && words[i].Length > 0 && words[j].Length > words[best].Length
                    && IsCapitalised(mentions[i].Text) && IsCapitalised(mentions[j].Text)
                    && words[i].All(w => words[j].Contains(w, StringComparer.Ordinal)))
                {
                    best = j;
                }
            }

            result.Add(mentions[i] with { Canonical = mentions[best].Text });
        }

        // Pronouns take the canonical form of the nearest earlier capitalised mention they can refer to.
        for (var i = 0; i < result.Count; i++)
        {
            var pronoun = result[i].Text.ToLowerInvariant();
            Func<EntityMention, bool>? fits = pronoun switch
            {
                "he" or "him" or "his" or "himself" or "she" or "her" or "hers" or "herself" or "i" or "me" or "my" => m => m.Type == EntityTypes.Person,
                "it" or "its" or "itself" => m => m.Type is EntityTypes.Org or EntityTypes.Product or EntityTypes.Fac or EntityTypes.Gpe,
                "they" or "them" or "their" or "theirs" or "themselves" or "we" or "us" or "our" => m => m.Type is EntityTypes.Org or EntityTypes.Gpe,
                "who" or "whom" or "whose" or "which" or "that" => m => m.End >= result[i].Start - 3,
                _ => null,
            };
            if (fits is null)
            {
                continue;
            }

            for (var j = i - 1; j >= 0 && result[i].Start - result[j].End < 400; j--)
            {
                if (result[j].Start < result[i].Start && !IsPronoun(result[j].Text) && fits(result[j]))
                {
                    result[i] = result[i] with { Canonical = result[j].Canonical };
                    break;
                }
            }
        }

        return result;
    }

    private static bool IsPronoun(string text) =>
        text.ToLowerInvariant() is "he" or "him" or "his" or "himself" or "she" or "her" or "hers" or "herself" or "it" or "its"
            or "they" or "them" or "their" or "who" or "whom" or "whose" or "which" or "that" or "i" or "me" or "my" or "we" or "us" or "our";

    private static bool IsCapitalised(string text) => text.Split(' ').Any(w => w.Length > 0 && char.IsUpper(w[0]));

    private static string[] Words(string text) =>
        text.Split([' ', ',', '.', '\'', '"'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => char.IsUpper(w[0]) && w is not ("The" or "A" or "An")).Select(w => w.ToLowerInvariant()).ToArray();
}
