namespace Triangulate.Core.Times;

/// <summary>What shape a recognised expression has, before it is resolved to a calendar value.</summary>
internal enum MentionKind : byte
{
    /// <summary>A calendar date with what is known of year, month and day ("November 8", "August 2022", "2009").</summary>
    Calendar,

    /// <summary>A weekday ("Friday", "last Tuesday"), with <see cref="TimeMention.Offset"/> -1, 0, 1 or 0 for plain.</summary>
    Weekday,

    /// <summary>A decade ("the 1990s") in <see cref="TimeMention.Year"/>.</summary>
    Decade,

    /// <summary>A quarter ("the third quarter") or half ("the first half"): number, unit Q or H, maybe a year.</summary>
    Quarter,

    /// <summary>A season ("last summer"), its code index in <see cref="TimeMention.Number"/>.</summary>
    Season,

    /// <summary>The unit containing the document date shifted by an offset ("last week", "this year", "next month").</summary>
    Relative,

    /// <summary>The document date shifted by an amount of units ("three years ago", "a year earlier").</summary>
    Ago,

    /// <summary>Today, yesterday, tomorrow (day offset in <see cref="TimeMention.Offset"/>).</summary>
    Deictic,

    /// <summary>A fixed TIMEX3 value ("PRESENT_REF", "PAST_REF", "FUTURE_REF").</summary>
    Reference,

    /// <summary>A length of time ("three weeks").</summary>
    Duration,

    /// <summary>A recurrence ("every Monday", "daily"); the value is fixed at recognition.</summary>
    Set,

    /// <summary>An interval of two calendar dates ("January 29 to 31, 2023").</summary>
    Interval,

    /// <summary>A holiday ("Christmas", "Thanksgiving Day"), its rule in <see cref="TimeMention.Fixed"/>.</summary>
    Holiday,

    /// <summary>A century ("the 20th century"), its number in <see cref="TimeMention.Number"/>.</summary>
    Century,

    /// <summary>A unit relative to the date last mentioned ("that day", "the following year"), shift in <see cref="TimeMention.Offset"/>.</summary>
    Anaphoric,
}

/// <summary>A recognised time expression before resolution: its span and the parts of its meaning.</summary>
internal sealed class TimeMention
{
    /// <summary>First UTF-16 code unit.</summary>
    public int Start { get; set; }

    /// <summary>One past the last code unit.</summary>
    public int End { get; set; }

    /// <summary>Index of the first token.</summary>
    public int FirstToken { get; set; }

    /// <summary>The shape.</summary>
    public MentionKind Kind { get; set; }

    /// <summary>Explicit year, or 0.</summary>
    public int Year { get; set; }

    /// <summary>Month 1-12, or 0.</summary>
    public int Month { get; set; }

    /// <summary>Day of month, or 0.</summary>
    public int Day { get; set; }

    /// <summary>Weekday 1-7, quarter or half number, season index; 0 when none.</summary>
    public int Number { get; set; }

    /// <summary>A unit code ("Y", "M", "W", "D", "Q", "H", ...), or null.</summary>
    public string? Unit { get; set; }

    /// <summary>An amount of units; -1 when vague ("several weeks").</summary>
    public int Amount { get; set; }

    /// <summary>Direction and size of a shift: -1 last, 0 this, 1 next; or a signed amount for <see cref="MentionKind.Ago"/>.</summary>
    public int Offset { get; set; }

    /// <summary>Part of day ("MO", "AF", "EV", "NI") or a clock time ("14:30"), making the expression a TIME.</summary>
    public string? Clock { get; set; }

    /// <summary>A value fixed at recognition (sets, references).</summary>
    public string? Fixed { get; set; }

    /// <summary>The second date of an interval.</summary>
    public TimeMention? Until { get; set; }

    /// <summary>For event-relative expressions: the event's words.</summary>
    public string? Anchor { get; set; }

    /// <summary>With <see cref="Anchor"/>: "before", "after" or "during".</summary>
    public string? Direction { get; set; }

    /// <summary>A weekday written with a date ("Tuesday, November 8"), 1-7, or 0: it fixes the year.</summary>
    public int Weekday { get; set; }

    /// <summary>Whether "last", "next" or "this" shifts a month, weekday or season ("last November").</summary>
    public bool Shifted { get; set; }

    /// <summary>A month or date with "last year", "this year" or "next year" (the shift in <see cref="Offset"/>).</summary>
    public bool RelativeYear { get; set; }

    /// <summary>Whether the expression has an explicit year of its own.</summary>
    public bool HasYear => Year != 0;
}
