namespace Triangulate.Core.Entities;

/// <summary>A name in the text that refers to an entity.</summary>
/// <param name="Start">First UTF-16 code unit of the name (titles excluded).</param>
/// <param name="End">One past the last code unit.</param>
/// <param name="Text">The name as written.</param>
/// <param name="Type">One of <see cref="EntityTypes"/>.</param>
/// <param name="Canonical">
/// The fullest form of this name within the document: "Daniel Okafor" for a later "Okafor", the expansion
/// for a defined acronym. Mentions of one thing in one document share it.
/// </param>
/// <param name="Title">A title or rank written before a person's name ("Brigadier General"), else null.</param>
public sealed record EntityMention(int Start, int End, string Text, string Type, string Canonical, string? Title = null);
