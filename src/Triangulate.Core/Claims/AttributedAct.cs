namespace Triangulate.Core.Claims;

/// <summary>
/// What a source does, wants or asks for, told in the author's voice: an attribution that attribution corpora count
/// (PolNeAR marks "Trump | wants | to build a wall", "the senator | called for | an inquiry") but that reports no
/// speech, so the claim stays the author's with its own stance and modality ("wants to build" is a plan). The claim
/// stage records them beside the claims, with the source, the cue and the content the verb takes.
/// </summary>
/// <param name="Kind">One of <see cref="AttributedActKinds"/>.</param>
/// <param name="Source">Who acts, with the cue's text and span (<see cref="SourceLink.CueStart"/>).</param>
/// <param name="ContentStart">First UTF-16 code unit of what the verb takes (its open complement or object).</param>
/// <param name="ContentEnd">One past the last code unit of the content.</param>
/// <param name="Content">The content's text.</param>
public sealed record AttributedAct(string Kind, SourceLink Source, int ContentStart, int ContentEnd, string Content);

/// <summary>The kinds of <see cref="AttributedAct"/>.</summary>
public static class AttributedActKinds
{
    /// <summary>A verb with an open complement: "wants to", "plans to", "agreed to", "urged X to".</summary>
    public const string Intention = "intention";

    /// <summary>A verb with a noun phrase: "called for an inquiry", "released a letter", "criticized the party's record".</summary>
    public const string Act = "act";
}
