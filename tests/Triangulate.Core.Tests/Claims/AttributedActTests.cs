using Triangulate.Core.Claims;
using Triangulate.Core.Documents;
using Triangulate.Core.Pipeline;
using Triangulate.Core.Syntax;
using Triangulate.Core.Text;

namespace Triangulate.Core.Tests.Claims;

public sealed class AttributedActTests
{
    private static Document Run(string text)
    {
        var pipeline = new PipelineBuilder().Add(new TokenAnnotator()).Add(new SyntaxAnnotator()).Add(new ClaimAnnotator()).Build();
        return pipeline.Run(new Document(text, new DocumentMetadata("a.txt")));
    }

    [Fact]
    public void Records_an_intention_beside_the_authors_claim_without_changing_it()
    {
        // Given a sentence in which a person wants something, told by the author
        const string text = "Clinton wants to triple the size of the national service program.";

        // When the claim stage reads it with the built-in cue model
        var document = Run(text);

        // Then the claim stays the author's plan, and the intention is recorded with its holder, cue and complement
        var claim = Assert.Single(document.Get<Claim>());
        Assert.Empty(claim.SourceChain);
        Assert.Equal(Modalities.Plan, claim.Modality);
        var act = Assert.Single(document.Get<AttributedAct>());
        Assert.Equal(AttributedActKinds.Intention, act.Kind);
        Assert.Equal("Clinton", text[act.Source.Start..act.Source.End]);
        Assert.Equal("wants", text[act.Source.CueStart..act.Source.CueEnd]);
        Assert.Equal("to triple the size of the national service program", act.Content);
    }

    [Fact]
    public void Takes_the_subject_of_a_progressive_the_parser_reads_as_passive()
    {
        // Given an act in the progressive ("is stressing"), which the parser takes for a passive without an agent
        const string text = "The governor is stressing the need to repair the state's bridges.";

        // When the claim stage reads it
        var document = Run(text);

        // Then the governor is the source of the act, and its content is what the verb takes
        var act = Assert.Single(document.Get<AttributedAct>());
        Assert.Equal("The governor", text[act.Source.Start..act.Source.End]);
        Assert.Equal("is stressing", text[act.Source.CueStart..act.Source.CueEnd]);
        Assert.Equal("the need to repair the state's bridges", act.Content);
    }

    [Fact]
    public void Records_no_act_inside_reported_speech_or_for_a_plain_event()
    {
        // Given a report whose content holds a verb with an object, and a sentence about a plain event
        const string text = "The minister said the army had unleashed a wave of strikes. The river flooded the valley.";

        // When the claim stage reads them
        var document = Run(text);

        // Then the report is a claim with its source and no act is recorded for either sentence
        Assert.Contains(document.Get<Claim>(), c => c.SourceChain.Count == 1 && c.Text.Contains("unleashed", StringComparison.Ordinal));
        Assert.Empty(document.Get<AttributedAct>());
    }
}
