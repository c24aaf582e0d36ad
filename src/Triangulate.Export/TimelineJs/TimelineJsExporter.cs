using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Triangulate.Export.TimelineJs;

/// <summary>
/// The timeline as TimelineJS 3 JSON, which a newsroom publishes as it is: a title slide listing the reports, then
/// one event per timeline entry, with <c>start_date</c> (and <c>end_date</c> for a span) at the precision known,
/// <c>text.headline</c>, <c>text.text</c> listing each claim with its source chain, stance and report, and
/// <c>group</c> naming the claim cluster. An entry whose date has no calendar year is left out; a case with no
/// dated entry cannot be written (<see cref="ExportException"/>).
/// </summary>
public sealed class TimelineJsExporter : ICaseExporter
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <inheritdoc />
    public string Format => "timelinejs";

    /// <inheritdoc />
    public string Description => "the timeline as TimelineJS 3 JSON (title slide, one event per dated entry, grouped by cluster)";

    /// <summary>The timeline entries that become events: those whose date TimelineJS can place.</summary>
    public static IEnumerable<(CaseTimelineEntry Entry, int Index)> Events(CaseFile caseFile) =>
        caseFile.Timeline.Select((entry, index) => (entry, index)).Where(x => TimelineDate.Parse(x.entry.When) is not null);

    /// <inheritdoc />
    public void Write(CaseFile caseFile, Stream output)
    {
        // TimelineJS refuses a timeline with no event ("Timeline configuration has no events").
        if (!Events(caseFile).Any())
        {
            throw new ExportException("the case has no dated timeline entry, and TimelineJS shows no timeline without one");
        }

        var lookup = new CaseLookup(caseFile);
        using (var json = new Utf8JsonWriter(output, Options))
        {
            json.WriteStartObject();
            json.WriteStartObject("title");
            WriteText(json, $"Timeline of {caseFile.Documents.Count} report{(caseFile.Documents.Count == 1 ? string.Empty : "s")}", TitleText(caseFile, lookup));
            json.WriteEndObject();

            json.WriteStartArray("events");
            foreach (var (entry, index) in Events(caseFile))
            {
                var (start, end, display) = TimelineDate.Parse(entry.When)!.Value;
                json.WriteStartObject();
                json.WriteString("unique_id", $"t{index + 1}");
                WriteDate(json, "start_date", start, display);
                if (end is not null)
                {
                    WriteDate(json, "end_date", end, null);
                }

                WriteText(json, Headline(entry.Summary), EventText(entry, lookup));
                if (entry.Claims.Select(lookup.ClusterOf).FirstOrDefault(k => k is not null) is { } cluster)
                {
                    json.WriteString("group", $"{cluster.Id}: {cluster.Documents} report{(cluster.Documents == 1 ? string.Empty : "s")}, {cluster.IndependentOrigins} origin{(cluster.IndependentOrigins == 1 ? string.Empty : "s")}");
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteByte((byte)'\n');
    }

    private static void WriteDate(Utf8JsonWriter json, string name, TimelineDate date, string? display)
    {
        json.WriteStartObject(name);
        json.WriteString("year", Number(date.Year));
        WriteOptional(json, "month", date.Month);
        WriteOptional(json, "day", date.Day);
        WriteOptional(json, "hour", date.Hour);
        WriteOptional(json, "minute", date.Minute);
        if (display is not null)
        {
            json.WriteString("display_date", display);
        }

        json.WriteEndObject();
    }

    private static void WriteOptional(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } v)
        {
            json.WriteString(name, Number(v));
        }
    }

    private static void WriteText(Utf8JsonWriter json, string headline, string html)
    {
        json.WriteStartObject("text");
        json.WriteString("headline", E(headline));
        json.WriteString("text", html);
        json.WriteEndObject();
    }

    private static string TitleText(CaseFile caseFile, CaseLookup lookup)
    {
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<p>{caseFile.Claims.Count} claims, {caseFile.Timeline.Count} dated entries, {caseFile.Contradictions.Count} conflicts. Written by Triangulate.</p><ul>");
        foreach (var document in caseFile.Documents)
        {
            html.Append("<li>").Append(E(lookup.DocumentLabel(document.Id)));
            if (document.Title is { Length: > 0 } title)
            {
                html.Append(": <i>").Append(E(title)).Append("</i>");
            }

            html.Append("</li>");
        }

        return html.Append("</ul>").ToString();
    }

    private static string EventText(CaseTimelineEntry entry, CaseLookup lookup)
    {
        var html = new StringBuilder();
        foreach (var claim in entry.Claims.Select(lookup.Claim).OfType<CaseClaim>())
        {
            html.Append("<p>“").Append(E(OneLine(claim.Text))).Append("”<br><small>")
                .Append(E(lookup.ChainPath(claim))).Append(" · ").Append(E(claim.Stance)).Append(", ").Append(E(claim.Modality))
                .Append(" · ").Append(E(lookup.DocumentLabel(claim.Doc)))
                .Append(CultureInfo.InvariantCulture, $", characters {claim.Start}-{claim.End}</small></p>");
        }

        html.Append("<p><small>Date ").Append(E(entry.When)).Append(" (").Append(E(entry.Precision)).Append("). Reports: ")
            .Append(E(string.Join("; ", entry.Documents.Select(lookup.DocumentLabel)))).Append("</small></p>");
        return html.ToString();
    }

    private static string Headline(string summary)
    {
        var line = OneLine(summary);
        if (line.Length <= 110)
        {
            return line;
        }

        var cut = line.LastIndexOf(' ', 108);
        return line[..(cut > 60 ? cut : 108)] + "…";
    }

    private static string OneLine(string text) =>
        string.Join(' ', text.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
