using Triangulate.Core.Claims;
using Triangulate.Core.Documents;
using Triangulate.Core.Entities;
using Triangulate.Core.Pipeline;
using Triangulate.Core.Text;

namespace Triangulate.Core.Tests.Claims;

public sealed class ClaimAnnotatorTests
{
    private static EntityMention Mention(string text, string name, string type, string? canonical = null)
    {
        var start = text.IndexOf(name, StringComparison.Ordinal);
        return new EntityMention(start, start + name.Length, name, type, canonical ?? name);
    }

    [Fact]
    public void Uses_the_entity_layer_to_resolve_anaphoric_sources()
    {
        // Given a text whose outlet and speaker an entity stage has typed, with canonical names
        const string text = "Yesterday the Ledger wrote about the dam. According to the publication, the dam leaked. " +
            "Engineer Mara Holt said the leak was small. He also said the valves were replaced.";
        var document = new Document(text, new DocumentMetadata("a.txt"));
        new TokenAnnotator().Annotate(document);
        document.Set<EntityMention>([
            Mention(text, "Ledger", EntityTypes.Media, "The Ledger"),
            Mention(text, "Mara Holt", EntityTypes.Person),
        ]);

        // When the claim stage runs
        new ClaimAnnotator().Annotate(document);
        var claims = document.Get<Claim>();

        // Then "the publication" resolves to the outlet and "He" to the last person speaking, spans kept on the anaphor
        var leaked = claims.Single(c => c.Text.Contains("the dam leaked", StringComparison.Ordinal));
        var publication = Assert.Single(leaked.SourceChain);
        Assert.Equal("The Ledger", publication.Resolved);
        Assert.Equal("the publication", text[publication.Start..publication.End]);
        var valves = claims.Single(c => c.Text.Contains("valves", StringComparison.Ordinal));
        Assert.Equal("Mara Holt", Assert.Single(valves.SourceChain).Resolved);
    }

    [Fact]
    public void Builds_in_a_pipeline_with_tokens_only_and_is_registered_last_but_for_propositions_by_default()
    {
        // Given the default pipeline and a minimal one
        var stages = DefaultPipeline.Create().Stages;
        var minimal = new PipelineBuilder().Add(new TokenAnnotator()).Add(new ClaimAnnotator()).Build();

        // When a document runs through the minimal one
        var document = minimal.Run(new Document("Officials said the road reopened.", new DocumentMetadata("a.txt")));

        // Then the claim stage is the last default stage but the one reading its propositions, and needs nothing but
        // tokens and sentences
        Assert.IsType<ClaimAnnotator>(stages[^2]);
        Assert.IsType<Triangulate.Core.Propositions.PropositionAnnotator>(stages[^1]);
        Assert.Equal([typeof(Token), typeof(Sentence)], new ClaimAnnotator().Requires);
        Assert.Single(document.Get<Claim>());
    }

    [Fact]
    public void Formats_a_chain_as_a_readable_path()
    {
        // Given a chain of an outlet, its anonymous sources, and an anaphor resolved to a name
        SourceLink[] chain =
        [
            new("the Wall Street Journal", "reports", 0, 23),
            new("its sources", "citing", 25, 36, Anonymous: true),
            new("he", "said", 40, 42, Resolved: "Jonas Varga"),
        ];

        // When it is formatted
        var path = SourceChainFormatter.Format(chain);

        // Then it reads from the report outwards, with names for anaphors and no leading article on names
        Assert.Equal("report \u2192 Wall Street Journal \u2192 its sources \u2192 Jonas Varga", path);
        Assert.Equal("report", SourceChainFormatter.Format([]));
    }

    [Fact]
    public void Empty_and_punctuation_only_texts_give_no_attributed_claims()
    {
        // Given degenerate texts
        string[] texts = ["", "...", "said.", "According to", "\u201C\u201D"];

        // When each is annotated
        var claims = texts.SelectMany(ClaimAnnotatorSpecTests.Annotate).ToList();

        // Then nothing is attributed to anyone
        Assert.All(claims, c => Assert.Empty(c.SourceChain));
    }
}
