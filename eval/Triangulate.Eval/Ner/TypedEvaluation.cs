using System.Globalization;
using System.Text;
using Triangulate.Core.Documents;
using Triangulate.Core.Entities;
using Triangulate.Core.Pipeline;
using Triangulate.Core.Text;

namespace Triangulate.Eval.Ner;

/// <summary>Which gold mentions a typed evaluation counts.</summary>
public enum GoldMentions
{
    /// <summary>Only names: gold mentions with a capitalised word or a digit that is not a pronoun ("the Army", "T-72").</summary>
    Names,

    /// <summary>Every gold mention, nominal ones ("the group", "tanks") and pronouns ("I") included.</summary>
    All,
}

/// <summary>The result of a typed evaluation: scores per news-type class, and the mismatches for error analysis.</summary>
/// <param name="PerType">Score of each class.</param>
/// <param name="Overall">Score over all classes.</param>
/// <param name="DroppedTypes">Predicted news types the data does not annotate, left out of the score.</param>
/// <param name="Errors">One line per missed gold mention ("miss") and per wrong prediction ("false").</param>
public sealed record TypedEvaluationResult(
    IReadOnlyList<ChunkScore> PerType, ChunkScore Overall, IReadOnlyList<string> DroppedTypes, IReadOnlyList<string> Errors)
{
    /// <summary>The report: one line per class, then <c>overall P=… R=… F1=…</c>.</summary>
    public IEnumerable<string> Lines() => ChunkScore.ReportLines(PerType, Overall, DroppedTypes, typeWidth: 12);
}

/// <summary>
/// Scores the whole entity stage (recogniser, news types, within-report resolution) against a data set whose labels
/// are mapped onto news types. Each document's words are joined back into running text (no space before
/// punctuation, hyphens glued between words: "U.S. - led" becomes "U.S.-led"), the default tokens and entity stages
/// run on it as on a report, and mentions are compared to gold by character span and class. Both spans lose a
/// leading article ("the", "a", "an"), and a person's title, which the stage keeps apart, is put back in front of
/// the name, since gold sets count it in the span. News types map onto classes the gold can tell apart: ORG and
/// MEDIA are both organisations, GPE, LOC and FAC are all places.
/// </summary>
public static class TypedEvaluation
{
    private static readonly HashSet<string> Articles = new(["the", "a", "an"], StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> Pronouns = new(
        ["I", "me", "my", "we", "us", "our", "he", "him", "his", "she", "her", "it", "its", "they", "them", "their", "you", "your"],
        StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> NoSpaceBefore = new([",", ".", ":", ";", "!", "?", ")", "]", "}", "%", "'s", "n't"], StringComparer.Ordinal);

    /// <summary>The news-type classes of re3d's labels (DSTL's defence and security set); other labels are not scored.</summary>
    public static IReadOnlyDictionary<string, string> Re3dGold { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["PER"] = "PERSON",
        ["ORG"] = "ORG+MEDIA",
        ["LOC"] = "GPE+LOC+FAC",
        ["Weapon"] = "PRODUCT",
        ["MilitaryPlatform"] = "PRODUCT",
        ["Nationality"] = "NORP",
    };

    /// <summary>The class of each news type; EVENT has none in re3d and is left out.</summary>
    public static IReadOnlyDictionary<string, string> NewsTypeClasses { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [EntityTypes.Person] = "PERSON",
        [EntityTypes.Org] = "ORG+MEDIA",
        [EntityTypes.Media] = "ORG+MEDIA",
        [EntityTypes.Gpe] = "GPE+LOC+FAC",
        [EntityTypes.Loc] = "GPE+LOC+FAC",
        [EntityTypes.Fac] = "GPE+LOC+FAC",
        [EntityTypes.Product] = "PRODUCT",
        [EntityTypes.Norp] = "NORP",
    };

    /// <summary>The mentions the default tokens and entity stages find in <paramref name="text"/>.</summary>
    public static IReadOnlyList<EntityMention> Mentions(string text) =>
        new PipelineBuilder().Add(new TokenAnnotator()).Add(new EntityAnnotator()).Build()
            .Run(new Document(text, new DocumentMetadata("text.txt"))).Get<EntityMention>();

    /// <summary>Runs the default tokens and entity stages over every document and scores them.</summary>
    public static TypedEvaluationResult Evaluate(
        IReadOnlyList<List<ConllSentence>> documents, IReadOnlyDictionary<string, string> goldClasses, GoldMentions which)
    {
        var pipeline = new PipelineBuilder().Add(new TokenAnnotator()).Add(new EntityAnnotator()).Build();
        var counts = new SortedDictionary<string, (int Correct, int Predicted, int Gold)>(StringComparer.Ordinal);
        var dropped = new SortedSet<string>(StringComparer.Ordinal);
        var errors = new List<string>();
        foreach (var document in documents)
        {
            var (text, gold) = Join(document, goldClasses, which);
            var annotated = pipeline.Run(new Document(text, new DocumentMetadata("eval.txt")));
            var predicted = new List<(int Start, int End, string Class, string Type)>();
            foreach (var m in annotated.Get<EntityMention>())
            {
                if (!NewsTypeClasses.TryGetValue(m.Type, out var cls))
                {
                    dropped.Add(m.Type);
                    continue;
                }

                var start = m.Start;
                if (m.Title is { } title && text.AsSpan(0, start).TrimEnd().EndsWith(title, StringComparison.Ordinal))
                {
                    start = text.AsSpan(0, start).TrimEnd().Length - title.Length;
                }

                var (s, e) = Trim(text, start, m.End);
                predicted.Add((s, e, cls, m.Type));
            }

            var goldSet = gold.Select(g => (g.Start, g.End, g.Class)).ToHashSet();
            var predictedSet = predicted.Select(p => (p.Start, p.End, p.Class)).ToHashSet();
            foreach (var g in gold)
            {
                Bump(counts, g.Class, gold: 1);
                if (!predictedSet.Contains((g.Start, g.End, g.Class)))
                {
                    var near = predicted.Where(p => p.Start < g.End && g.Start < p.End).Select(p => $"{p.Type} '{text[p.Start..p.End]}'");
                    errors.Add($"miss  {g.Class,-12} '{text[g.Start..g.End]}'  predicted: {string.Join(", ", near.DefaultIfEmpty("-"))}  | {Context(text, g.Start, g.End)}");
                }
            }

            foreach (var p in predicted.Distinct())
            {
                var correct = goldSet.Contains((p.Start, p.End, p.Class));
                Bump(counts, p.Class, predicted: 1, correct: correct ? 1 : 0);
                if (!correct)
                {
                    var near = gold.Where(g => g.Start < p.End && p.Start < g.End).Select(g => $"{g.Class} '{text[g.Start..g.End]}'");
                    errors.Add($"false {p.Type,-12} '{text[p.Start..p.End]}'  gold: {string.Join(", ", near.DefaultIfEmpty("-"))}  | {Context(text, p.Start, p.End)}");
                }
            }
        }

        var perType = counts.Select(kv => new ChunkScore(kv.Key, kv.Value.Correct, kv.Value.Predicted, kv.Value.Gold)).ToList();
        var overall = new ChunkScore("overall", perType.Sum(s => s.Correct), perType.Sum(s => s.Predicted), perType.Sum(s => s.Gold));
        return new TypedEvaluationResult(perType, overall, [.. dropped], errors);
    }

    /// <summary>
    /// A document's words as running text, one sentence a line, and its gold mentions (character spans without a
    /// leading article) of the mapped labels.
    /// </summary>
    public static (string Text, List<(int Start, int End, string Class)> Gold) Join(
        IReadOnlyList<ConllSentence> document, IReadOnlyDictionary<string, string> goldClasses, GoldMentions which)
    {
        var builder = new StringBuilder();
        var gold = new List<(int Start, int End, string Class)>();
        foreach (var sentence in document)
        {
            var starts = new int[sentence.Words.Length];
            var ends = new int[sentence.Words.Length];
            for (var i = 0; i < sentence.Words.Length; i++)
            {
                var word = sentence.Words[i];
                var previous = i > 0 ? sentence.Words[i - 1] : null;
                var glue = previous is null || previous is "(" or "[" or "{" || NoSpaceBefore.Contains(word) ||
                    (word == "s" && previous is "'" or "\u2019") ||
                    (word == "-" && IsWordy(previous) && i + 1 < sentence.Words.Length && IsWordy(sentence.Words[i + 1])) ||
                    (previous == "-" && i > 1 && IsWordy(sentence.Words[i - 2]) && IsWordy(word)) ||
                    (word is "'" or "\u2019" && i + 1 < sentence.Words.Length && sentence.Words[i + 1] == "s");
                if (!glue)
                {
                    builder.Append(' ');
                }

                starts[i] = builder.Length;
                builder.Append(word);
                ends[i] = builder.Length;
            }

            builder.Append('\n');
            foreach (var chunk in ConllScorer.Chunks(sentence.Tags))
            {
                if (!goldClasses.TryGetValue(chunk.Type, out var cls))
                {
                    continue;
                }

                var first = chunk.Start;
                while (first < chunk.End - 1 && Articles.Contains(sentence.Words[first]))
                {
                    first++;
                }

                if (which == GoldMentions.Names && !IsName(sentence.Words[first..chunk.End]))
                {
                    continue;
                }

                gold.Add((starts[first], ends[chunk.End - 1], cls));
            }
        }

        return (builder.ToString(), gold);
    }

    private static bool IsName(string[] words) =>
        words.Any(w => !Pronouns.Contains(w) && (char.IsUpper(w[0]) || w.Any(char.IsAsciiDigit)));

    // A word or an abbreviation ("U.S."), which a hyphen joins to the next word.
    private static bool IsWordy(string word) =>
        word.Length > 0 && char.IsLetterOrDigit(word[0]) && (char.IsLetterOrDigit(word[^1]) || (word.Length > 1 && word[^1] == '.'));

    // The span without a leading article and the spaces after it.
    private static (int Start, int End) Trim(string text, int start, int end)
    {
        var space = text.IndexOf(' ', start, end - start);
        if (space > start && Articles.Contains(text[start..space]))
        {
            start = space + 1;
        }

        return (start, end);
    }

    private static string Context(string text, int start, int end)
    {
        var lineStart = text.LastIndexOf('\n', Math.Max(start - 1, 0)) + 1;
        var lineEnd = text.IndexOf('\n', end);
        var line = text[lineStart..(lineEnd < 0 ? text.Length : lineEnd)];
        return line.Length > 160 ? line[..160] + "…" : line;
    }

    private static void Bump(SortedDictionary<string, (int, int, int)> counts, string type, int gold = 0, int predicted = 0, int correct = 0)
    {
        var (c, p, g) = counts.GetValueOrDefault(type);
        counts[type] = (c + correct, p + predicted, g + gold);
    }
}
