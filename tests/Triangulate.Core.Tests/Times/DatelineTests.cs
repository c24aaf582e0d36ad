using Triangulate.Core.Documents;
using Triangulate.Core.Pipeline;
using Triangulate.Core.Text;
using Triangulate.Core.Times;

namespace Triangulate.Core.Tests.Times;

public sealed class DatelineTests
{
    private static Document Annotate(string text)
    {
        var document = new Document(text, new DocumentMetadata("a.txt"));
        new TokenAnnotator().Annotate(document);
        new TimeAnnotator().Annotate(document);
        return document;
    }

    [Fact]
    public void A_wire_dateline_dates_the_report_over_later_dates_in_its_text()
    {
        // Given an undated wire report whose dateline precedes a later, yearless date for a coming vote
        const string text = "Ferry operator fined\n\nHARBOUR TOWN, June 4, 2023 (Coastal Wire) - The operator was fined on Monday. " +
            "The council will vote on the new timetable on July 30, weeks before the August 20 elections.";

        // When the time stage runs
        var document = Annotate(text);

        // Then the report is dated by its dateline, and the coming vote falls in the same year
        Assert.Equal(new DateOnly(2023, 6, 4), document.Published);
        Assert.True(document.PublishedInferred);
        Assert.Contains(document.Get<TimeExpression>(), t => t.Text == "July 30" && t.Value == "2023-07-30");
    }

    [Fact]
    public void A_date_inside_a_sentence_is_no_dateline()
    {
        // Given a report that opens with a sentence holding a date, not a dateline
        const string text = "The talks, held on June 4, 2023 - the last before the summer - failed. They resume on May 2, 2024, officials said.";

        // When the time stage runs
        var document = Annotate(text);

        // Then the date inside the sentence is not taken as the dateline
        Assert.NotEqual(new DateOnly(2023, 6, 4), document.Published);
    }

    [Fact]
    public void A_trailing_said_does_not_put_a_coming_date_in_the_past()
    {
        // Given a dated report announcing a vote before a yearless election date, closed by who said it
        const string text = "HARBOUR TOWN, June 4, 2023 (Coastal Wire) - The council will vote on the timetable in July, " +
            "weeks before the August 20 elections, a councillor said.";

        // When the time stage runs
        var document = Annotate(text);

        // Then the election date is the coming one, not last year's
        Assert.Contains(document.Get<TimeExpression>(), t => t.Text.Contains("August 20", StringComparison.Ordinal) && t.Value == "2023-08-20");
    }
}
