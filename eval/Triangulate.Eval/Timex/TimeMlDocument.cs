using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Triangulate.Eval.Timex;

/// <summary>A gold TIMEX3 of a TimeML file: its span in the plain text and its type and value.</summary>
/// <param name="Start">First UTF-16 code unit in <see cref="TimeMlDocument.Text"/>.</param>
/// <param name="End">One past the last code unit.</param>
/// <param name="Type">DATE, TIME, DURATION or SET.</param>
/// <param name="Value">The TIMEX3 value.</param>
public sealed record GoldTimex(int Start, int End, string Type, string Value);

/// <summary>
/// One TimeML file read for scoring: the plain text of its TEXT element (tags removed, entities decoded), its
/// document creation time, and its TIMEX3s other than the creation time itself, which TempEval-3 does not score.
/// </summary>
public sealed partial class TimeMlDocument
{
    private TimeMlDocument(string name, string text, DateOnly? creationTime, IReadOnlyList<GoldTimex> timexes)
    {
        Name = name;
        Text = text;
        CreationTime = creationTime;
        Timexes = timexes;
    }

    /// <summary>The file name.</summary>
    public string Name { get; }

    /// <summary>The text of the TEXT element without markup.</summary>
    public string Text { get; }

    /// <summary>The DCT: the TIMEX3 with <c>functionInDocument="CREATION_TIME"</c>.</summary>
    public DateOnly? CreationTime { get; }

    /// <summary>The gold time expressions of the text.</summary>
    public IReadOnlyList<GoldTimex> Timexes { get; }

    /// <summary>Reads a TimeML file.</summary>
    public static TimeMlDocument Load(string path) => Parse(Path.GetFileName(path), File.ReadAllText(path));

    /// <summary>Parses TimeML markup.</summary>
    public static TimeMlDocument Parse(string name, string xml)
    {
        DateOnly? dct = null;
        var dctMatch = CreationTimeRegex().Match(xml);
        if (dctMatch.Success)
        {
            var value = ValueRegex().Match(dctMatch.Value).Groups[1].Value;
            if (value.Length >= 10 && DateOnly.TryParseExact(value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            {
                dct = d;
            }
        }

        var start = xml.IndexOf("<TEXT>", StringComparison.Ordinal);
        var end = xml.IndexOf("</TEXT>", StringComparison.Ordinal);
        var body = start < 0 ? xml : xml[(start + 6)..(end < 0 ? xml.Length : end)];
        var text = new StringBuilder(body.Length);
        var timexes = new List<GoldTimex>();
        var open = new Stack<(int Start, string Type, string Value, bool IsTimex)>();
        var i = 0;
        while (i < body.Length)
        {
            var lt = body.IndexOf('<', i);
            var chunk = lt < 0 ? body[i..] : body[i..lt];
            text.Append(WebUtility.HtmlDecode(chunk));
            if (lt < 0)
            {
                break;
            }

            var gt = body.IndexOf('>', lt);
            var tag = body[(lt + 1)..gt];
            i = gt + 1;
            if (tag.StartsWith('/'))
            {
                if (open.Count > 0)
                {
                    var o = open.Pop();
                    if (o.IsTimex)
                    {
                        timexes.Add(new GoldTimex(o.Start, text.Length, o.Type, o.Value));
                    }
                }
            }
            else if (!tag.EndsWith('/'))
            {
                var isTimex = tag.StartsWith("TIMEX3", StringComparison.Ordinal) && !tag.Contains("CREATION_TIME", StringComparison.Ordinal);
                var type = isTimex ? TypeRegex().Match(tag).Groups[1].Value : string.Empty;
                var value = isTimex ? ValueRegex().Match(tag).Groups[1].Value : string.Empty;
                open.Push((text.Length, type, value, isTimex));
            }
        }

        return new TimeMlDocument(name, text.ToString(), dct, timexes);
    }

    [GeneratedRegex("<TIMEX3[^>]*CREATION_TIME[^>]*>")]
    private static partial Regex CreationTimeRegex();

    [GeneratedRegex("\\bvalue=\"([^\"]*)\"")]
    private static partial Regex ValueRegex();

    [GeneratedRegex("\\btype=\"([^\"]*)\"")]
    private static partial Regex TypeRegex();
}
