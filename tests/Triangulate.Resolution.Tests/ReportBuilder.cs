using System.Text;
using System.Text.RegularExpressions;
using Triangulate.Core.Claims;
using Triangulate.Core.Documents;
using Triangulate.Core.Entities;
using Triangulate.Core.Quantities;
using Triangulate.Core.Times;
using Triangulate.Resolution;

namespace Triangulate.Resolution.Tests;

/// <summary>
/// Builds an <see cref="AnnotatedDocument"/> from claims written in a small markup, so tests read like the reports
/// they stand for: <c>[name|TYPE]</c> or <c>[name|TYPE|Canonical]</c> marks a mention, <c>{text|VALUE|precision}</c>
/// a time (<c>{text|VALUE|precision|anchor|direction}</c> for a relative one, VALUE may be <c>-</c>),
/// <c>&lt;text|value|unit|qualifier|counted&gt;</c> an amount (unit and counted may be <c>-</c>).
/// </summary>
internal sealed partial class ReportBuilder(string name, DateOnly? published = null, string? source = null)
{
    private static long _sequence;
    private readonly StringBuilder _text = new();
    private readonly List<EntityMention> _mentions = [];
    private readonly List<TimeExpression> _times = [];
    private readonly List<Quantity> _quantities = [];
    private readonly List<Claim> _claims = [];

    /// <summary>
    /// Adds a sentence that is one claim; <paramref name="source"/> names a mention in it as the chain's root;
    /// <paramref name="partOf"/> makes it a proposition stated in passing in the claim of that index.
    /// </summary>
    public ReportBuilder Claim(string markup, string stance = Stances.Assert, string? source = null, bool anonymous = false, int partOf = -1)
    {
        if (_text.Length > 0)
        {
            _text.Append(' ');
        }

        var start = _text.Length;
        var pos = 0;
        foreach (Match m in Markup().Matches(markup))
        {
            _text.Append(markup, pos, m.Index - pos);
            var parts = m.Groups["body"].Value.Split('|');
            var s = _text.Length;
            _text.Append(parts[0]);
            var e = _text.Length;
            switch (m.Groups["open"].Value)
            {
                case "[":
                    _mentions.Add(new EntityMention(s, e, parts[0], parts[1], parts.Length > 2 ? parts[2] : parts[0]));
                    break;
                case "{":
                    _times.Add(new TimeExpression(s, e, parts[0], parts[1].StartsWith('P') ? TimeTypes.Duration : TimeTypes.Date, parts[1] == "-" ? null : parts[1], parts[2],
                        parts.Length > 3 ? parts[3] : null, parts.Length > 4 ? parts[4] : null));
                    break;
                default:
                    _quantities.Add(new Quantity(s, e, parts[0], decimal.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture),
                        parts[2] == "-" ? null : parts[2], parts[3], parts.Length > 4 && parts[4] != "-" ? parts[4] : null));
                    break;
            }

            pos = m.Index + m.Length;
        }

        _text.Append(markup, pos, markup.Length - pos);
        var text = _text.ToString(start, _text.Length - start);
        var chain = new List<SourceLink>();
        if (source is not null)
        {
            var at = text.IndexOf(source, StringComparison.Ordinal);
            chain.Add(at >= 0
                ? new SourceLink(source, "reported", start + at, start + at + source.Length, Anonymous: anonymous)
                : new SourceLink(source, "according to", -1, -1, Anonymous: anonymous));
        }

        _claims.Add(new Claim(start, _text.Length, text, chain, stance, Modalities.Fact, PartOf: partOf));
        return this;
    }

    /// <summary>The snapshot of a case holding <paramref name="documents"/>, added in order.</summary>
    public static CaseResolution Resolve(params AnnotatedDocument[] documents)
    {
        var resolver = new CaseResolver();
        foreach (var d in documents)
        {
            resolver.Add(d);
        }

        return resolver.Snapshot();
    }

    /// <summary>The annotated document.</summary>
    public AnnotatedDocument Build()
    {
        var text = _text.ToString();
        return new AnnotatedDocument(DocumentId.For(name + "\n" + text), name, source, published, Interlocked.Increment(ref _sequence),
            text, _mentions.ToList(), _times.ToList(), _quantities.ToList(), _claims.ToList());
    }

    [GeneratedRegex(@"(?<open>[\[{<])(?<body>[^\]}>]+)[\]}>]")]
    private static partial Regex Markup();
}
