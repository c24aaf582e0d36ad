using Triangulate.Export.TimelineJs;

namespace Triangulate.Export.Tests;

public sealed class TimelineDateTests
{
    [Theory]
    [InlineData("2025", "2025", null, null)]
    [InlineData("2025-03", "2025-03", null, null)]
    [InlineData("2025-03-12", "2025-03-12", null, null)]
    [InlineData("2025-03-12T14:30", "2025-03-12T14:30", null, null)]
    [InlineData("2025-W11", "2025-03-10", "2025-03-16", "week 11 of 2025")]
    [InlineData("2025-Q2", "2025-04", "2025-06", "Q2 2025")]
    [InlineData("2025-03-03/2025-03-05", "2025-03-03", "2025-03-05", null)]
    [InlineData("after 2025-02-28", "2025-02-28", null, "after 2025-02-28")]
    [InlineData("before 2024", "2024", null, "before 2024")]
    public void A_timex_value_becomes_the_span_timelinejs_places(string when, string start, string? end, string? display)
    {
        // Given a TIMEX3 value of the timeline
        // When it is read as a TimelineJS date
        var parsed = TimelineDate.Parse(when);

        // Then it starts (and ends) where the value says, at its precision, with words when the parts say too much
        Assert.NotNull(parsed);
        Assert.Equal(start, Show(parsed.Value.Start));
        Assert.Equal(end, parsed.Value.End is null ? null : Show(parsed.Value.End));
        Assert.Equal(display, parsed.Value.Display);
    }

    [Theory]
    [InlineData("PRESENT_REF")]
    [InlineData("P3D")]
    [InlineData("2025-13")]
    [InlineData("2025-02-30")]
    [InlineData("2025-W54")]
    [InlineData("after sometime")]
    public void A_value_with_no_calendar_place_is_not_an_event(string when)
    {
        // Given a value without a year, or an impossible date
        // When it is read
        // Then it has no place on the timeline
        Assert.Null(TimelineDate.Parse(when));
    }

    private static string Show(TimelineDate d) =>
        $"{d.Year:0000}" + (d.Month is { } m ? $"-{m:00}" : string.Empty) + (d.Day is { } day ? $"-{day:00}" : string.Empty) +
        (d.Hour is { } h ? $"T{h:00}" + (d.Minute is { } min ? $":{min:00}" : string.Empty) : string.Empty);

    [Fact]
    public void A_case_with_no_dated_entry_is_refused_before_anything_is_written()
    {
        // Given a case whose only timeline entry has no calendar date (TimelineJS refuses a timeline without events)
        var caseFile = TinyCase.Create(when: ["PRESENT_REF"]);
        var path = Path.Combine(Path.GetTempPath(), $"triangulate-empty-{Guid.NewGuid():N}.json");

        // When it is exported as a TimelineJS timeline to a file
        var error = Assert.Throws<ExportException>(() => ((ICaseExporter)new TimelineJsExporter()).WriteTo(caseFile, path));

        // Then the export says why, and leaves no file behind
        Assert.Contains("no dated timeline entry", error.Message);
        Assert.False(File.Exists(path));
        Assert.False(File.Exists(path + ".partial"));
    }
}
