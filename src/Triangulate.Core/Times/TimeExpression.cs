namespace Triangulate.Core.Times;

/// <summary>A time expression with its TIMEX3-style value.</summary>
/// <param name="Start">First UTF-16 code unit.</param>
/// <param name="End">One past the last code unit.</param>
/// <param name="Text">As written.</param>
/// <param name="Type">One of <see cref="TimeTypes"/>.</param>
/// <param name="Value">
/// TIMEX3 value: <c>2022-11-08</c>, <c>2022-11</c>, <c>2022</c>, <c>2022-W45</c>, <c>2022-Q3</c>, an interval
/// <c>2023-01-29/2023-01-31</c>, a duration <c>P3W</c>, a set <c>XXXX-WXX-1</c>; null when it cannot be computed.
/// </param>
/// <param name="Precision">One of <see cref="TimePrecisions"/>.</param>
/// <param name="Anchor">For expressions relative to an event ("two days after the strike"): the event's words.</param>
/// <param name="Direction">With <paramref name="Anchor"/>: "before", "after" or "during".</param>
public sealed record TimeExpression(
    int Start,
    int End,
    string Text,
    string Type,
    string? Value,
    string Precision,
    string? Anchor = null,
    string? Direction = null);

/// <summary>TIMEX3 types.</summary>
public static class TimeTypes
{
    /// <summary>A calendar date, month, year, week, quarter or interval of dates.</summary>
    public const string Date = "DATE";

    /// <summary>A time of day.</summary>
    public const string Time = "TIME";

    /// <summary>A length of time ("three weeks").</summary>
    public const string Duration = "DURATION";

    /// <summary>A recurrence ("every Monday").</summary>
    public const string Set = "SET";
}

/// <summary>How precise a time value is.</summary>
public static class TimePrecisions
{
    /// <summary>A day.</summary>
    public const string Day = "day";

    /// <summary>A week.</summary>
    public const string Week = "week";

    /// <summary>A month.</summary>
    public const string Month = "month";

    /// <summary>A quarter.</summary>
    public const string Quarter = "quarter";

    /// <summary>A year.</summary>
    public const string Year = "year";

    /// <summary>A decade or more.</summary>
    public const string Decade = "decade";

    /// <summary>A time of day.</summary>
    public const string Time = "time";

    /// <summary>No calendar value.</summary>
    public const string None = "none";
}
