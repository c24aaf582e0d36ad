namespace Triangulate.Core.Entities;

/// <summary>A mention while the entity stage is still working on it: token range, character span, type, title.</summary>
internal sealed class MentionDraft(int firstToken, int endToken, int start, int end, string type)
{
    /// <summary>First token (index into the document's token layer).</summary>
    public int FirstToken { get; set; } = firstToken;

    /// <summary>One past the last token.</summary>
    public int EndToken { get; set; } = endToken;

    /// <summary>First character.</summary>
    public int Start { get; set; } = start;

    /// <summary>One past the last character.</summary>
    public int End { get; set; } = end;

    /// <summary>News type (<see cref="EntityTypes"/>), or a CoNLL type before refinement.</summary>
    public string Type { get; set; } = type;

    /// <summary>Title or rank before a person's name.</summary>
    public string? Title { get; set; }

    /// <summary>The fullest form within the document, once resolved.</summary>
    public string? Canonical { get; set; }

    /// <summary>Whether this is a description or pronoun standing for a name (never itself an antecedent by rule).</summary>
    public bool Anaphor { get; init; }

    /// <summary>Number of tokens.</summary>
    public int TokenCount => EndToken - FirstToken;

    /// <summary>Whether the token range overlaps <paramref name="first"/>..<paramref name="end"/>.</summary>
    public bool Overlaps(int first, int end) => first < EndToken && FirstToken < end;
}
