using Triangulate.Core.Documents;
using Triangulate.Core.Pipeline;
using Triangulate.Core.Syntax;
using Triangulate.Core.Text;

namespace Triangulate.Core.Times;

/// <summary>
/// The time stage: finds dates, times, durations and sets, settles the document date (from metadata, or inferred
/// from the text and marked <see cref="Document.PublishedInferred"/>), and resolves every expression to a TIMEX3
/// value against it.
/// </summary>
public sealed class TimeAnnotator : IAnnotator
{
    private readonly TimeLexicon _lexicon;
    private readonly TenseGuesser _tense;

    /// <summary>Creates the stage with the built-in (and user) word lists.</summary>
    public TimeAnnotator()
        : this(TimeLexicon.Default)
    {
    }

    internal TimeAnnotator(TimeLexicon lexicon)
    {
        _lexicon = lexicon;
        _tense = new TenseGuesser(lexicon);
    }

    /// <inheritdoc />
    public string Name => "times";

    /// <inheritdoc />
    public IReadOnlyList<Type> Requires => [typeof(Token), typeof(Sentence)];

    /// <inheritdoc />
    public IReadOnlyList<Type> Produces => [typeof(TimeExpression)];

    /// <inheritdoc />
    public void Annotate(Document document)
    {
        var text = document.Text;
        var tokens = document.Get<Token>();
        var sentences = document.Get<Sentence>();

        // The tree is read when the syntax stage ran before this one; without it, word cues decide alone.
        var syntax = document.GetOrEmpty<TokenSyntax>();
        var recognizer = new TimeRecognizer(_lexicon);
        var mentions = new List<TimeMention>();
        var sentenceOf = new List<int>();
        var tenses = new List<Tense>();
        for (var s = 0; s < sentences.Count; s++)
        {
            var before = mentions.Count;
            recognizer.Recognize(text, tokens, sentences[s], mentions);
            for (var k = before; k < mentions.Count; k++)
            {
                var m = mentions[k];
                var end = TokenEnd(tokens, m);
                sentenceOf.Add(s);
                tenses.Add(_tense.Guess(text, tokens, sentences[s], m.FirstToken, end, syntax));
            }
        }

        if (document.Published is null && Dateline(text, mentions) is { } dateline)
        {
            // "PORT CITY, April 9, 2025 (Wire) - ...": the dateline states the date of the report.
            document.Published = dateline;
            document.PublishedInferred = true;
        }

        if (document.Published is null && mentions.Count > 0)
        {
            var evidence = new List<DocumentDateInference.Evidence>(mentions.Count);
            for (var k = 0; k < mentions.Count; k++)
            {
                evidence.Add(new DocumentDateInference.Evidence(mentions[k], tenses[k], mentions[k].Weekday));
            }

            if (DocumentDateInference.Infer(evidence) is { } inferred)
            {
                document.Published = inferred;
                document.PublishedInferred = true;
            }
        }

        var result = new List<TimeExpression>(mentions.Count);
        string? lastQuarter = null;
        var told = new ToldDate();
        var lastQuarterSentence = -2;
        for (var k = 0; k < mentions.Count; k++)
        {
            var m = mentions[k];
            var contextYear = m.HasYear || m.Shifted ? 0 : ContextYear(mentions, sentenceOf, k);
            var (type, value, precision) = m.Kind == MentionKind.Anaphoric
                ? TimeResolver.ResolveAnaphoric(m, told.For(m.Unit!, document.Published))
                : TimeResolver.Resolve(m, document.Published, tenses[k], contextYear);
            told.Update(type, value, precision);
            if (precision == TimePrecisions.Quarter && value is { Length: 7 } && value[5] == 'Q' && char.IsDigit(value[0]))
            {
                (lastQuarter, lastQuarterSentence) = (value, sentenceOf[k]);
            }
            else if (m is { Kind: MentionKind.Ago, Unit: "Y" } && lastQuarter is not null && sentenceOf[k] - lastQuarterSentence <= 1)
            {
                // In results reporting, "a year earlier" after "the third quarter" is that quarter a year before.
                value = TimeResolver.ShiftQuarterYears(lastQuarter, m.Offset);
                precision = TimePrecisions.Quarter;
            }

            result.Add(new TimeExpression(m.Start, m.End, text[m.Start..m.End], type, value, precision, m.Anchor, m.Direction));
        }

        document.Set<TimeExpression>(result);
    }

    /// <summary>The date the narrative last told, at day, month or year precision, for "that day" and "the following year".</summary>
    private sealed class ToldDate
    {
        private DateOnly? _day;
        private DateOnly? _month;
        private DateOnly? _year;

        public DateOnly? For(string unit, DateOnly? published) => unit switch
        {
            "D" or "W" => _day ?? published,
            "M" => _month ?? _day ?? published,
            _ => _year ?? _month ?? _day ?? published,
        };

        public void Update(string type, string? value, string precision)
        {
            if (type is not (TimeTypes.Date or TimeTypes.Time) || value is null || value.Length < 4 || !char.IsDigit(value[0]) ||
                !int.TryParse(value.AsSpan(0, 4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year) ||
                year < 1)
            {
                return;
            }

            if (precision is TimePrecisions.Day or TimePrecisions.Time && DateOnly.TryParseExact(value.AsSpan(0, 10), "yyyy-MM-dd",
                System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var day))
            {
                (_day, _month, _year) = (day, day, day);
            }
            else if (precision == TimePrecisions.Month && value.Length >= 7 && int.TryParse(value.AsSpan(5, 2),
                System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var month) && month is >= 1 and <= 12)
            {
                (_month, _year) = (new DateOnly(year, month, 1), new DateOnly(year, month, 1));
            }
            else if (precision == TimePrecisions.Year)
            {
                _year = new DateOnly(year, 1, 1);
            }
        }
    }

    /// <summary>An explicit year of another date in the same sentence, nearest first ("in 2022 ... on August 20").</summary>
    private static int ContextYear(List<TimeMention> mentions, List<int> sentenceOf, int k)
    {
        if (mentions[k].Kind is not (MentionKind.Calendar or MentionKind.Interval or MentionKind.Quarter or MentionKind.Season) ||
            mentions[k].Month == 0 && mentions[k].Kind is MentionKind.Calendar or MentionKind.Interval)
        {
            return 0;
        }

        for (var d = 1; d < mentions.Count; d++)
        {
            foreach (var j in (ReadOnlySpan<int>)[k - d, k + d])
            {
                if (j >= 0 && j < mentions.Count && sentenceOf[j] == sentenceOf[k] && mentions[j].HasYear &&
                    mentions[j].Month > 0 && mentions[j].Kind is MentionKind.Calendar or MentionKind.Interval)
                {
                    return mentions[j].Year;
                }
            }

            if ((k - d < 0 || sentenceOf[k - d] != sentenceOf[k]) && (k + d >= mentions.Count || sentenceOf[k + d] != sentenceOf[k]))
            {
                break;
            }
        }

        return 0;
    }

    /// <summary>
    /// A wire dateline near the top of the text: a place in capitals, a comma, a full date with its year, then an
    /// outlet in parentheses or a dash ("PORT CITY, April 9, 2025 (Wire) -", "LONDON, 3 May 2021 -").
    /// </summary>
    private static DateOnly? Dateline(string text, List<TimeMention> mentions)
    {
        const int DatelineReach = 400;
        foreach (var m in mentions)
        {
            if (m.Start > DatelineReach)
            {
                break;
            }

            if (m.Kind != MentionKind.Calendar || m.Year == 0 || m.Month == 0 || m.Day == 0 || m.Until is not null
                || m.Day > DateTime.DaysInMonth(m.Year, m.Month))
            {
                continue;
            }

            var after = text.AsSpan(m.End).TrimStart(' ');
            var before = text.AsSpan(0, m.Start).TrimEnd(' ');
            var lineStart = before.LastIndexOf('\n') + 1;
            var place = before[lineStart..];
            if (after.Length > 0 && after[0] is '(' or '-' or '–' or '—' && place.EndsWith(",") && place.Length > 1
                && place[..^1].ToString().Any(char.IsLetter) && !place[..^1].ToString().Any(char.IsLower))
            {
                return new DateOnly(m.Year, m.Month, m.Day);
            }
        }

        return null;
    }

    private static int TokenEnd(IReadOnlyList<Token> tokens, TimeMention m)
    {
        var i = m.FirstToken;
        while (i < tokens.Count && tokens[i].End <= m.End)
        {
            i++;
        }

        return i;
    }
}
