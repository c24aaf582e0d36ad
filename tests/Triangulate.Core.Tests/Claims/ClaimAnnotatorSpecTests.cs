using Triangulate.Core.Claims;
using Triangulate.Core.Documents;
using Triangulate.Core.Pipeline;
using Triangulate.Core.Syntax;
using Triangulate.Core.Text;

namespace Triangulate.Core.Tests.Claims;

public sealed class ClaimAnnotatorSpecTests
{
    public static TheoryData<string> Cases() => new(ClaimSpecCase.Load().Select(c => c.Title));

    internal static IReadOnlyList<Claim> Annotate(string text)
    {
        var document = new Document(text, new DocumentMetadata("spec.txt"));
        new PipelineBuilder().Add(new TokenAnnotator()).Add(new SyntaxAnnotator()).Add(new ClaimAnnotator()).Build().Run(document);
        return document.Get<Claim>();
    }

    internal static string ChainAsWritten(Claim claim) =>
        claim.SourceChain.Count == 0
            ? "-"
            : string.Join(" > ", claim.SourceChain.Select(l => SourceChainFormatter.Describe(l) + (l.Anonymous ? "*" : "")));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Spec_case_gives_the_expected_claims(string title)
    {
        // Given a case of the spec file
        var spec = ClaimSpecCase.Load().Single(c => c.Title == title);

        // When the claim stage runs on its text
        var claims = Annotate(spec.Text);

        // Then every expected claim is there, with its chain, stance and modality
        var described = string.Join("\n", claims.Select(c => $"  [{c.Text}] {ChainAsWritten(c)} | {c.Stance} | {c.Modality}"));
        foreach (var expected in spec.Expected)
        {
            var claim = claims.FirstOrDefault(c => c.Text.Contains(expected.Snippet, StringComparison.Ordinal));
            Assert.True(claim is not null, $"No claim contains '{expected.Snippet}'. Claims:\n{described}");
            Assert.True(
                (expected.Chain, expected.Stance, expected.Modality) == (ChainAsWritten(claim), claim.Stance, claim.Modality),
                $"For '{expected.Snippet}' expected {expected.Chain} | {expected.Stance} | {expected.Modality}. Claims:\n{described}");
        }
    }

    [Fact]
    public void Source_and_cue_spans_point_at_their_text()
    {
        // Given a nested attribution
        const string text = "The Northern Herald, citing its sources, reports that the talks failed.";

        // When it is annotated
        var claim = Assert.Single(Annotate(text));

        // Then each link's span is its source text, and its cue span is its cue
        Assert.All(claim.SourceChain, link =>
        {
            Assert.Equal(link.Text, text[link.Start..link.End]);
            Assert.Equal(link.Cue, text[link.CueStart..link.CueEnd]);
        });
        Assert.Equal("the talks failed", text[claim.Start..claim.End]);
    }
}
