namespace Triangulate.Core.Entities;

/// <summary>The entity types of the case file (DESIGN.md).</summary>
public static class EntityTypes
{
    /// <summary>A person.</summary>
    public const string Person = "PERSON";

    /// <summary>An organisation.</summary>
    public const string Org = "ORG";

    /// <summary>A country, city, region: a place with a government.</summary>
    public const string Gpe = "GPE";

    /// <summary>A location that is not a GPE (mountains, seas, areas).</summary>
    public const string Loc = "LOC";

    /// <summary>A facility: a building, airport, plant, road.</summary>
    public const string Fac = "FAC";

    /// <summary>A product: vehicle, weapon system, model designation.</summary>
    public const string Product = "PRODUCT";

    /// <summary>A nationality, religious or political group.</summary>
    public const string Norp = "NORP";

    /// <summary>A named event (a war, a summit).</summary>
    public const string Event = "EVENT";

    /// <summary>An outlet that reports: newspapers, broadcasters, agencies.</summary>
    public const string Media = "MEDIA";

    /// <summary>All types, in the order of DESIGN.md.</summary>
    public static readonly IReadOnlyList<string> All = [Person, Org, Gpe, Loc, Fac, Product, Norp, Event, Media];
}
