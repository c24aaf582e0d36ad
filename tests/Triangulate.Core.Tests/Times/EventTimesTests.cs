using Triangulate.Core.Documents;
using Triangulate.Core.Pipeline;
using Triangulate.Core.Syntax;
using Triangulate.Core.Text;
using Triangulate.Core.Times;

namespace Triangulate.Core.Tests.Times;

/// <summary>The event time of a claim apart from the time of its report, from the tree and from positions alone.</summary>
public sealed class EventTimesTests
{
    private static readonly AnnotationPipeline WithSyntax =
        new PipelineBuilder().Add(new TokenAnnotator()).Add(new SyntaxAnnotator()).Add(new TimeAnnotator()).Build();

    private static readonly AnnotationPipeline WithoutSyntax =
        new PipelineBuilder().Add(new TokenAnnotator()).Add(new TimeAnnotator()).Build();

    public static TheoryData<bool> BothWays => [true, false];

    [Theory]
    [MemberData(nameof(BothWays))]
    public void A_report_in_November_of_a_delivery_in_August_keeps_both_times(bool syntax)
    {
        // Given a report verb with its own time and a content clause with another
        var document = Run("In November, the broadcaster reported that a plane had delivered the cash on August 20.", "2023-02-01", syntax);

        // When the claim's times are asked for the content, with the report verb
        var timing = EventTimes.For(document, After(document, "that"), End(document), Index(document, "reported"));

        // Then the event is August 20 and the report November, of the year before the document
        Assert.Equal("2022-08-20", timing.Event?.Value);
        Assert.Equal("2022-11", timing.Report?.Value);
    }

    [Theory]
    [MemberData(nameof(BothWays))]
    public void A_statement_on_Monday_about_March_puts_the_event_in_March(bool syntax)
    {
        // Given a minister speaking on Monday of a plant opening in March
        var document = Run("The minister said on Monday that the plant would open in March.", "2021-01-13", syntax);

        // When the claim's times are asked for the whole sentence, with its report verb
        var timing = EventTimes.For(document, 0, End(document), Index(document, "said"));

        // Then the report is that Monday and the event the coming March
        Assert.Equal("2021-01-11", timing.Report?.Value);
        Assert.Equal("2021-03", timing.Event?.Value);
    }

    [Fact]
    public void A_time_inside_a_relative_clause_is_not_the_claims()
    {
        // Given reported content whose subject carries a relative clause with its own day
        var document = Run("The police said the men who were arrested on Friday had planned the attack for months.", "2019-05-20", syntax: true);

        // When the claim's times are asked for the content, with the report verb
        var timing = EventTimes.For(document, After(document, "said"), End(document), Index(document, "said"));

        // Then the arrest's Friday is neither the planning's time nor the report's, and "for months" places nothing
        Assert.Null(timing.Event);
        Assert.Null(timing.Report);
    }

    [Fact]
    public void A_time_of_the_main_clause_is_the_claims_beside_a_nested_one()
    {
        // Given a claim with a time in its main clause and another in a relative clause
        var document = Run("The police said the men who were arrested on Friday had planned the attack since March.", "2019-05-20", syntax: true);

        // When the claim's times are asked for the content
        var timing = EventTimes.For(document, After(document, "said"), End(document), Index(document, "said"));

        // Then the event time is the main clause's
        Assert.Equal("2019-03", timing.Event?.Value);
    }

    [Fact]
    public void A_plan_takes_the_time_of_what_it_plans()
    {
        // Given a plan with the date of its object
        var document = Run("The company plans to deliver the engines on June 3.", "2018-04-10", syntax: true);

        // When the claim's times are asked for
        var timing = EventTimes.For(document, 0, End(document));

        // Then the event is the coming June 3
        Assert.Equal("2018-06-03", timing.Event?.Value);
    }

    [Theory]
    [MemberData(nameof(BothWays))]
    public void A_claim_without_a_time_has_none(bool syntax)
    {
        // Given a reported claim that names no time
        var document = Run("The regulator said the fine was unlawful.", "2020-02-02", syntax);

        // When the claim's times are asked for
        var timing = EventTimes.For(document, 0, End(document), Index(document, "said"));

        // Then there is neither an event time nor a report time
        Assert.Null(timing.Event);
        Assert.Null(timing.Report);
    }

    [Fact]
    public void A_range_outside_the_document_gives_no_time()
    {
        // Given a document with a time
        var document = Run("The vote was held on Friday.", "2020-02-02", syntax: false);

        // When a range past the tokens is asked for
        var timing = EventTimes.For(document, 3, 1000);

        // Then nothing is returned rather than an error
        Assert.Same(ClaimTiming.None, timing);
    }

    private static Document Run(string text, string date, bool syntax)
    {
        var document = new Document(text, new DocumentMetadata("claim", Published: DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));
        (syntax ? WithSyntax : WithoutSyntax).Run(document);
        return document;
    }

    private static int Index(Document document, string word)
    {
        var tokens = document.Get<Token>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (document.Text.AsSpan(tokens[i].Start, tokens[i].Length).SequenceEqual(word))
            {
                return i;
            }
        }

        throw new InvalidOperationException($"no token '{word}'");
    }

    private static int After(Document document, string word) => Index(document, word) + 1;

    private static int End(Document document) => document.Get<Token>().Count;
}
