using System.Diagnostics;
using Triangulate.Core.Claims;
using Triangulate.Core.Documents;
using Triangulate.Core.Pipeline;
using Triangulate.Core.Syntax;
using Triangulate.Core.Text;

namespace Triangulate.Eval.Attribution;

/// <summary>Precision, recall and F1 of one role under one matching rule.</summary>
/// <param name="Gold">Gold spans.</param>
/// <param name="System">System spans.</param>
/// <param name="GoldFound">Gold spans matched by a system span.</param>
/// <param name="SystemCorrect">System spans that match a gold span.</param>
public sealed record SpanScore(int Gold, int System, int GoldFound, int SystemCorrect)
{
    /// <summary>SystemCorrect / System.</summary>
    public double Precision => System == 0 ? 0 : (double)SystemCorrect / System;

    /// <summary>GoldFound / Gold.</summary>
    public double Recall => Gold == 0 ? 0 : (double)GoldFound / Gold;

    /// <summary>Harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>The scores of an attribution evaluation, by role, overlap-based and exact.</summary>
/// <param name="Articles">Articles evaluated.</param>
/// <param name="Overlap">Overlap-based scores by role.</param>
/// <param name="Exact">Exact scores by role.</param>
/// <param name="Characters">Characters of text annotated.</param>
/// <param name="Elapsed">Time spent in the pipeline (tokens and claims).</param>
public sealed record AttributionScores(
    int Articles,
    IReadOnlyDictionary<AttributionRole, SpanScore> Overlap,
    IReadOnlyDictionary<AttributionRole, SpanScore> Exact,
    long Characters,
    TimeSpan Elapsed);

/// <summary>
/// Runs the claim stage on each article's raw text (tokens and claims only; no entity stage) and compares the
/// attributions' spans with the gold ones. The system's attributions are its claims with a source chain: each
/// link's source span is a system source, each link's cue span a system cue, the claim's span a system content; and the
/// acts and intentions the claim stage records in the author's voice (<see cref="AttributedAct"/>: "wants | to ...",
/// "called for | an inquiry"), which PolNeAR counts as attributions too. Identical system spans count once. Author claims (no cue) are not attributions and are not scored.
/// <para>
/// Overlap-based: a gold span is found when a system span of the same role shares at least one character with any
/// of its fragments; a system span is correct when it shares a character with a gold span of the same role.
/// Exact: a gold span is found when a system span of the same role starts where its first fragment starts and ends
/// where its last fragment ends; a system span is correct when such a gold span exists.
/// </para>
/// </summary>
public static class AttributionEvaluator
{
    /// <summary>Evaluates <paramref name="articles"/>.</summary>
    /// <param name="articles">The articles with their gold spans.</param>
    /// <param name="misses">
    /// When given, receives each gold cue no system cue overlaps and each gold content and source no system span matches
    /// exactly (with the overlapping system spans), for error analysis.
    /// </param>
    /// <param name="claims">The claim stage to evaluate; the default one (with the built-in cue model) when null.</param>
    public static AttributionScores Evaluate(IReadOnlyList<PolnearArticle> articles, TextWriter? misses = null, ClaimAnnotator? claims = null)
    {
        var pipeline = new PipelineBuilder().Add(new TokenAnnotator()).Add(new SyntaxAnnotator()).Add(claims ?? new ClaimAnnotator()).Build();
        var overlap = Enum.GetValues<AttributionRole>().ToDictionary(r => r, _ => new int[4]);
        var exact = Enum.GetValues<AttributionRole>().ToDictionary(r => r, _ => new int[4]);
        var stopwatch = new Stopwatch();
        long characters = 0;
        foreach (var article in articles)
        {
            var document = new Document(article.Text, new DocumentMetadata(article.Name));
            stopwatch.Start();
            pipeline.Run(document);
            stopwatch.Stop();
            characters += article.Text.Length;
            var system = SystemSpans(document.Get<Claim>(), document.GetOrEmpty<AttributedAct>());
            foreach (var role in Enum.GetValues<AttributionRole>())
            {
                var gold = article.Spans.Where(s => s.Role == role).ToList();
                var mine = system[role];
                Count(overlap[role], gold, mine, Overlaps);
                Count(exact[role], gold, mine, (g, s) => g.Start == s.Start && g.End == s.End);
            }

            if (misses is not null)
            {
                WriteMisses(misses, article, system);
            }
        }

        return new AttributionScores(
            articles.Count,
            overlap.ToDictionary(p => p.Key, p => new SpanScore(p.Value[0], p.Value[1], p.Value[2], p.Value[3])),
            exact.ToDictionary(p => p.Key, p => new SpanScore(p.Value[0], p.Value[1], p.Value[2], p.Value[3])),
            characters,
            stopwatch.Elapsed);
    }

    /// <summary>The system's source, cue and content spans from its attributed claims and its acts, each span once.</summary>
    public static Dictionary<AttributionRole, List<(int Start, int End)>> SystemSpans(IReadOnlyList<Claim> claims, IReadOnlyList<AttributedAct> acts)
    {
        var sets = Enum.GetValues<AttributionRole>().ToDictionary(r => r, _ => new HashSet<(int, int)>());
        foreach (var act in acts)
        {
            sets[AttributionRole.Content].Add((act.ContentStart, act.ContentEnd));
            sets[AttributionRole.Source].Add((act.Source.Start, act.Source.End));
            sets[AttributionRole.Cue].Add((act.Source.CueStart, act.Source.CueEnd));
        }

        foreach (var claim in claims.Where(c => c.SourceChain.Count > 0))
        {
            sets[AttributionRole.Content].Add(claim.ContentStart >= 0 ? (claim.ContentStart, claim.ContentEnd) : (claim.Start, claim.End));
            foreach (var link in claim.SourceChain)
            {
                if (link.Start >= 0)
                {
                    sets[AttributionRole.Source].Add((link.Start, link.End));
                }

                if (link.CueStart >= 0)
                {
                    sets[AttributionRole.Cue].Add((link.CueStart, link.CueEnd));
                }
            }
        }

        return sets.ToDictionary(p => p.Key, p => p.Value.Order().ToList());
    }

    private static void WriteMisses(TextWriter writer, PolnearArticle article, Dictionary<AttributionRole, List<(int Start, int End)>> system)
    {
        string Show(int start, int end) => article.Text[Math.Min(start, end)..Math.Max(start, end)].ReplaceLineEndings(" ");
        foreach (var cue in article.Spans.Where(s => s.Role == AttributionRole.Cue))
        {
            if (!system[AttributionRole.Cue].Exists(s => Overlaps(cue, s)))
            {
                writer.WriteLine($"cue-missed\t{Show(cue.Start, cue.End).ToLowerInvariant()}\t{article.Name}");
            }
        }

        foreach (var role in (AttributionRole[])[AttributionRole.Content, AttributionRole.Source])
        {
            var name = role.ToString().ToLowerInvariant();
            foreach (var gold in article.Spans.Where(s => s.Role == role))
            {
                if (system[role].Exists(s => s.Start == gold.Start && s.End == gold.End))
                {
                    continue;
                }

                writer.WriteLine($"{name}-gold\t{Show(gold.Start, gold.End)}");
                foreach (var (start, end) in system[role].Where(s => Overlaps(gold, s)))
                {
                    writer.WriteLine($"{name}-mine\t{Show(start, end)}");
                }
            }
        }
    }

    private static bool Overlaps(GoldSpan gold, (int Start, int End) system) =>
        gold.Fragments.Any(f => f.Start < system.End && system.Start < f.End);

    private static void Count(int[] counts, List<GoldSpan> gold, List<(int Start, int End)> system, Func<GoldSpan, (int Start, int End), bool> match)
    {
        counts[0] += gold.Count;
        counts[1] += system.Count;
        counts[2] += gold.Count(g => system.Exists(s => match(g, s)));
        counts[3] += system.Count(s => gold.Exists(g => match(g, s)));
    }
}
