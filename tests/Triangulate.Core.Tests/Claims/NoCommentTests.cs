using Triangulate.Core.Claims;
using Triangulate.Core.Documents;
using Triangulate.Core.Pipeline;
using Triangulate.Core.Syntax;
using Triangulate.Core.Text;

namespace Triangulate.Core.Tests.Claims;

public sealed class NoCommentTests
{
    private static IReadOnlyList<Claim> Annotate(string text)
    {
        var document = new Document(text, new DocumentMetadata("a.txt"));
        new TokenAnnotator().Annotate(document);
        new SyntaxAnnotator().Annotate(document);
        new ClaimAnnotator().Annotate(document);
        return document.Get<Claim>();
    }

    [Theory]
    [InlineData("The Orlen Shipping Group did not respond to a request for comment.")]
    [InlineData("Merrow Trust declined to comment.")]
    [InlineData("A spokeswoman for the harbour board could not be reached for comment on Monday.")]
    [InlineData("The ministry did not immediately respond to requests for comment on the report.")]
    public void A_statement_that_a_party_said_nothing_is_no_claim(string sentence)
    {
        // Given a report where a party declines to comment after a claim made by another source
        var text = "Dock workers said the cranes had been sold abroad. " + sentence;

        // When the claim stage runs
        var claims = Annotate(text);

        // Then only the workers' claim remains: no denial, no claim made of "to a request for comment"
        var claim = Assert.Single(claims);
        Assert.Equal(Stances.Assert, claim.Stance);
        Assert.Contains("cranes", claim.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_refusal_followed_by_a_statement_keeps_the_statement()
    {
        // Given a sentence where the speaker declines to comment on one thing but states another
        const string text = "The mayor declined to comment, but said the bridge would reopen in May.";

        // When the claim stage runs
        var claims = Annotate(text);

        // Then the statement is still a claim
        Assert.Contains(claims, c => c.Text.Contains("the bridge would reopen", StringComparison.Ordinal));
    }
}
