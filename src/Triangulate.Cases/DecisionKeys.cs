using Triangulate.Resolution;

namespace Triangulate.Cases;

/// <summary>
/// The kinds of decision a user makes and how an entity is named in one. Decisions are stored by spelling, never by
/// id (ids are renumbered when the case grows), and every front end (CLI, web) stores them through here.
/// </summary>
public static class DecisionKeys
{
    /// <summary>Two entities are one.</summary>
    public const string Merge = "merge";

    /// <summary>A spelling leaves an entity.</summary>
    public const string Split = "split";

    /// <summary>An entity is a false one ("Click here").</summary>
    public const string Reject = "reject";

    /// <summary>An entity gets a preferred name.</summary>
    public const string Rename = "rename";

    /// <summary>A contradiction is real (its two claim ids).</summary>
    public const string Confirm = "confirm";

    /// <summary>A contradiction is not one (its two claim ids).</summary>
    public const string Dismiss = "dismiss";

    /// <summary>
    /// A spelling that stands for the entity with this id, spelling or name: one of its own aliases (the one most
    /// reports used), because a preferred name the user gave it is not a spelling any report used.
    /// </summary>
    public static string? SpellingOf(CaseResolution resolution, string key)
    {
        ArgumentNullException.ThrowIfNull(resolution);
        if (resolution.Entities.FirstOrDefault(e => e.Id == key) is { } byId)
        {
            return BestAlias(byId);
        }

        return resolution.Entities.SelectMany(e => e.Aliases)
                .FirstOrDefault(a => string.Equals(a.Text, key, StringComparison.OrdinalIgnoreCase))?.Text
            ?? resolution.Entities.Where(e => string.Equals(e.Name, key, StringComparison.OrdinalIgnoreCase)).Select(BestAlias).FirstOrDefault();
    }

    /// <summary>
    /// The ids of the entities a key could mean when it is not an id: each entity holding it as a spelling, or else
    /// named so. More than one means the key is ambiguous, and a decision must name the entity by its id.
    /// </summary>
    public static IReadOnlyList<string> HoldersOf(CaseResolution resolution, string key)
    {
        ArgumentNullException.ThrowIfNull(resolution);
        if (resolution.Entities.Any(e => e.Id == key))
        {
            return [key];
        }

        var holders = resolution.Entities.Where(e => e.Aliases.Any(a => string.Equals(a.Text, key, StringComparison.OrdinalIgnoreCase))).Select(e => e.Id).ToList();
        return holders.Count > 0
            ? holders
            : resolution.Entities.Where(e => string.Equals(e.Name, key, StringComparison.OrdinalIgnoreCase)).Select(e => e.Id).ToList();
    }

    /// <summary>The entity holding a spelling after the decisions, or null.</summary>
    public static ResolvedEntity? EntityWith(CaseResolution resolution, string spelling)
    {
        ArgumentNullException.ThrowIfNull(resolution);
        return resolution.Entities.FirstOrDefault(e => e.Aliases.Any(a => string.Equals(a.Text, spelling, StringComparison.OrdinalIgnoreCase)));
    }

    private static string BestAlias(ResolvedEntity entity) =>
        entity.Aliases.Count == 0
            ? entity.Name
            : entity.Aliases.OrderByDescending(a => a.Documents.Count).First().Text;
}
