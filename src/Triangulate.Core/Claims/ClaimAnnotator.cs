using Triangulate.Core.Documents;
using Triangulate.Core.Pipeline;
using Triangulate.Core.Text;
using Triangulate.Core.Times;

namespace Triangulate.Core.Claims;

/// <summary>
/// Splits each document into claims, each with its source chain (outermost first, empty for the author's own
/// claims), its stance and its modality. Rules over the token and sentence layers, driven by the word lists in
/// <c>report-cues.txt</c>, <c>modality-cues.txt</c>, <c>opinion-cues.txt</c>, <c>source-anaphors.txt</c>,
/// <c>anonymous-sources.txt</c>, <c>outlet-words.txt</c> and <c>deny-words.txt</c>. It uses the entity layer when an
/// earlier stage produced it (to type sources and resolve "the publication" or "he"), the syntax layer for polarity,
/// stance and modality read from the tree, and the time layer for each claim's event and report time; it works
/// without them. Beside the claims it records the acts and intentions told in the author's voice
/// (<see cref="AttributedAct"/>: "X | wants | to ...", "X | called for | Y"), which change no claim.
/// </summary>
public sealed class ClaimAnnotator : IAnnotator
{
    private readonly CueModel? _cueModel;

    /// <summary>Creates the stage with the built-in cue model (<see cref="CueModel.Default"/>).</summary>
    public ClaimAnnotator()
        : this(CueModel.Default)
    {
    }

    /// <summary>Creates the stage with a given cue model, or none (the word lists' cues only).</summary>
    /// <param name="cueModel">The learnt cue classifier, or null.</param>
    public ClaimAnnotator(CueModel? cueModel)
    {
        _cueModel = cueModel;
    }

    /// <inheritdoc />
    public string Name => "claims";

    /// <inheritdoc />
    public IReadOnlyList<Type> Requires => [typeof(Token), typeof(Sentence)];

    /// <inheritdoc />
    public IReadOnlyList<Type> Produces => [typeof(Claim), typeof(AttributedAct)];

    /// <inheritdoc />
    public void Annotate(Document document)
    {
        var scanner = new ClaimScanner(document, ClaimLexicon.Default, _cueModel);
        var claims = scanner.Scan();
        if (document.GetOrEmpty<TimeExpression>().Count > 0)
        {
            AddTimes(document, claims);
        }

        document.Set<Claim>(claims);
        document.Set<AttributedAct>(scanner.Acts);
    }

    /// <summary>
    /// The event time of each claim apart from the time it was reported ("In November, the paper reported that the
    /// plane had delivered the cash on August 20": event August 20, report November), read by <see cref="EventTimes"/>.
    /// </summary>
    private static void AddTimes(Document document, List<Claim> claims)
    {
        var tokens = document.Get<Token>();
        int TokenAt(int offset) => TokenText.IndexAtOrAfter(tokens, offset);

        for (var i = 0; i < claims.Count; i++)
        {
            var claim = claims[i];
            var first = TokenAt(claim.Start);
            var end = TokenAt(claim.End - 1) + 1;
            if (first >= tokens.Count || end <= first)
            {
                continue;
            }

            var cue = claim.SourceChain.Count > 0 && claim.SourceChain[^1].CueStart >= 0 ? TokenAt(claim.SourceChain[^1].CueStart) : -1;
            var timing = EventTimes.For(document, first, Math.Min(end, tokens.Count), cue);
            if (timing.Event is not null || timing.Report is not null)
            {
                claims[i] = claim with { EventTime = timing.Event?.Value, ReportTime = timing.Report?.Value };
            }
        }
    }
}
