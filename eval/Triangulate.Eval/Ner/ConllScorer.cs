namespace Triangulate.Eval.Ner;

/// <summary>A name found by chunking a tag sequence: tokens [Start, End) of one sentence, and its type.</summary>
/// <param name="Start">First token.</param>
/// <param name="End">One past the last token.</param>
/// <param name="Type">Its type.</param>
public readonly record struct Chunk(int Start, int End, string Type);

/// <summary>Precision, recall and F1 of one type, or of all.</summary>
/// <param name="Type">The type, or "overall".</param>
/// <param name="Correct">Predicted chunks with exactly the gold span and type.</param>
/// <param name="Predicted">Predicted chunks.</param>
/// <param name="Gold">Gold chunks.</param>
public sealed record ChunkScore(string Type, int Correct, int Predicted, int Gold)
{
    /// <summary>Correct / predicted (0 when nothing was predicted).</summary>
    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;

    /// <summary>Correct / gold (0 when there is no gold chunk).</summary>
    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;

    /// <summary>Harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>
    /// The conlleval-style report: the predicted types left out (if any), one line per type with the type name padded
    /// to <paramref name="typeWidth"/>, then <c>overall P=… R=… F1=…</c>.
    /// </summary>
    public static IEnumerable<string> ReportLines(
        IReadOnlyList<ChunkScore> perType, ChunkScore overall, IReadOnlyList<string> droppedTypes, int typeWidth)
    {
        var c = System.Globalization.CultureInfo.InvariantCulture;
        if (droppedTypes.Count > 0)
        {
            yield return "not annotated in this data, left out of the score: " + string.Join(", ", droppedTypes);
        }

        foreach (var s in perType)
        {
            yield return string.Format(
                c, "{0} P={1:0.0000} R={2:0.0000} F1={3:0.0000}  gold {4}, predicted {5}, correct {6}",
                s.Type.PadRight(typeWidth), s.Precision, s.Recall, s.F1, s.Gold, s.Predicted, s.Correct);
        }

        yield return string.Format(c, "overall P={0:0.0000} R={1:0.0000} F1={2:0.0000}", overall.Precision, overall.Recall, overall.F1);
    }
}

/// <summary>
/// Scores tagged sentences the way conlleval does: chunks are read from IOB1, IOB2 or IOBES tags with conlleval's
/// start- and end-of-chunk rules, and a predicted chunk counts only when its span and type both equal a gold chunk's.
/// </summary>
public sealed class ConllScorer
{
    private readonly Dictionary<string, (int Correct, int Predicted, int Gold)> _counts = new(StringComparer.Ordinal);

    /// <summary>Adds one sentence's gold and predicted tags.</summary>
    public void Add(IReadOnlyList<string> gold, IReadOnlyList<string> predicted)
    {
        var goldChunks = Chunks(gold);
        var predictedChunks = Chunks(predicted);
        var goldSet = goldChunks.ToHashSet();
        foreach (var c in goldChunks)
        {
            Bump(c.Type, gold: 1);
        }

        foreach (var c in predictedChunks)
        {
            Bump(c.Type, predicted: 1, correct: goldSet.Contains(c) ? 1 : 0);
        }
    }

    /// <summary>The score of each type, sorted by name.</summary>
    public IReadOnlyList<ChunkScore> PerType() =>
        [.. _counts.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => new ChunkScore(kv.Key, kv.Value.Correct, kv.Value.Predicted, kv.Value.Gold))];

    /// <summary>The score over all types.</summary>
    public ChunkScore Overall() => new(
        "overall", _counts.Values.Sum(c => c.Correct), _counts.Values.Sum(c => c.Predicted), _counts.Values.Sum(c => c.Gold));

    /// <summary>The chunks of a tag sequence, by conlleval's rules.</summary>
    public static List<Chunk> Chunks(IReadOnlyList<string> tags)
    {
        var chunks = new List<Chunk>();
        var previousTag = 'O';
        var previousType = string.Empty;
        var start = -1;
        for (var i = 0; i <= tags.Count; i++)
        {
            var (tag, type) = i < tags.Count ? Split(tags[i]) : ('O', string.Empty);
            if (start >= 0 && EndsChunk(previousTag, tag, previousType, type))
            {
                chunks.Add(new Chunk(start, i, previousType));
                start = -1;
            }

            if (StartsChunk(previousTag, tag, previousType, type))
            {
                start = i;
            }

            previousTag = tag;
            previousType = type;
        }

        return chunks;
    }

    private static (char Tag, string Type) Split(string tag) =>
        tag.Length > 2 && tag[1] == '-' ? (tag[0], tag[2..]) : ('O', string.Empty);

    // conlleval's endOfChunk (its B/I/E/O rules; the data sets here use no other tags).
    private static bool EndsChunk(char previousTag, char tag, string previousType, string type) =>
        (previousTag, tag) is ('B', 'B') or ('B', 'O') or ('I', 'B') or ('I', 'O') or ('E', 'E') or ('E', 'I') or ('E', 'O') ||
        (previousTag != 'O' && previousType != type);

    // conlleval's startOfChunk.
    private static bool StartsChunk(char previousTag, char tag, string previousType, string type) =>
        (previousTag, tag) is ('B', 'B') or ('I', 'B') or ('O', 'B') or ('O', 'I') or ('E', 'E') or ('E', 'I') or ('O', 'E') ||
        (tag != 'O' && previousType != type);

    private void Bump(string type, int gold = 0, int predicted = 0, int correct = 0)
    {
        var (c, p, g) = _counts.GetValueOrDefault(type);
        _counts[type] = (c + correct, p + predicted, g + gold);
    }
}
