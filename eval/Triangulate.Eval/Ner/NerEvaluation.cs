using System.Diagnostics;
using System.Globalization;
using Triangulate.Core.Entities.Recognition;
using Triangulate.Core.Text;

namespace Triangulate.Eval.Ner;

/// <summary>The result of tagging a data set: conlleval scores and the speed of tagging.</summary>
/// <param name="PerType">Score of each type of the data.</param>
/// <param name="Overall">Score over all types.</param>
/// <param name="Tokens">Tokens tagged.</param>
/// <param name="Seconds">Time spent tagging (not reading).</param>
/// <param name="DroppedTypes">Predicted types the data does not annotate, left out of the score.</param>
public sealed record NerEvaluationResult(
    IReadOnlyList<ChunkScore> PerType, ChunkScore Overall, int Tokens, double Seconds, IReadOnlyList<string> DroppedTypes)
{
    /// <summary>The report: one line per type, then <c>overall P=… R=… F1=…</c>.</summary>
    public IEnumerable<string> Lines()
    {
        var c = CultureInfo.InvariantCulture;
        yield return string.Format(c, "tokens {0}, tagging {1:0} tokens/s", Tokens, Tokens / Math.Max(Seconds, 1e-9));
        foreach (var line in ChunkScore.ReportLines(PerType, Overall, DroppedTypes, typeWidth: 18))
        {
            yield return line;
        }
    }
}

/// <summary>Tags CoNLL-format documents with a model and scores the result against their own labels.</summary>
public static class NerEvaluation
{
    /// <summary>
    /// Tags every document (sentences in order, so the document-history features work as in the pipeline) and scores
    /// with <see cref="ConllScorer"/>. Predicted types the data never uses (MISC on a PER/ORG/LOC data set) are
    /// turned into O before scoring, and listed.
    /// </summary>
    public static NerEvaluationResult Evaluate(NerModel model, IReadOnlyList<List<ConllSentence>> documents)
    {
        var tagger = new NerTagger(model);
        var goldTypes = documents.SelectMany(d => d).SelectMany(s => s.Tags)
            .Where(t => t.Length > 2).Select(t => t[2..]).ToHashSet(StringComparer.Ordinal);
        var prepared = documents.Select(Join).ToArray();
        var predictions = new List<(ConllSentence Gold, byte[] Labels)>();
        var tokens = 0;
        var clock = Stopwatch.StartNew();
        var tagged = new List<byte[]>(prepared.Length);
        foreach (var (text, spans, sentences) in prepared)
        {
            var labels = new byte[spans.Length];
            tagger.TagDocument(text, spans, sentences, labels);
            tagged.Add(labels);
            tokens += spans.Length;
        }

        for (var d = 0; d < documents.Count; d++)
        {
            foreach (var (sentence, range) in documents[d].Zip(prepared[d].Sentences))
            {
                predictions.Add((sentence, tagged[d][range.FirstToken..(range.FirstToken + range.TokenCount)]));
            }
        }

        var seconds = clock.Elapsed.TotalSeconds;
        var scorer = new ConllScorer();
        var dropped = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (gold, labels) in predictions)
        {
            var predicted = labels.Select(l => NerLabels.Name(l)).ToArray();
            for (var i = 0; i < predicted.Length; i++)
            {
                if (predicted[i].Length > 2 && !goldTypes.Contains(predicted[i][2..]))
                {
                    dropped.Add(predicted[i][2..]);
                    predicted[i] = "O";
                }
            }

            scorer.Add(gold.Tags, predicted);
        }

        return new NerEvaluationResult(scorer.PerType(), scorer.Overall(), tokens, seconds, [.. dropped]);
    }

    // A document's sentences as one text, one sentence a line, with their tokens and sentence ranges.
    private static (string Text, Token[] Tokens, List<Sentence> Sentences) Join(List<ConllSentence> document)
    {
        var builder = new System.Text.StringBuilder();
        var tokens = new List<Token>();
        var sentences = new List<Sentence>();
        foreach (var s in document)
        {
            sentences.Add(new Sentence(builder.Length, 0, tokens.Count, s.Words.Length));
            foreach (var word in s.Words)
            {
                tokens.Add(new Token(builder.Length, builder.Length + word.Length, TokenKind.Word));
                builder.Append(word).Append(' ');
            }

            builder.Append('\n');
        }

        return (builder.ToString(), [.. tokens], sentences);
    }

    /// <summary>Converts sentences to BIO training labels over the CoNLL types (other types become O).</summary>
    public static List<LabeledSentence> ToTraining(IEnumerable<ConllSentence> sentences)
    {
        var result = new List<LabeledSentence>();
        foreach (var s in sentences)
        {
            var labels = new byte[s.Words.Length];
            foreach (var chunk in ConllScorer.Chunks(s.Tags))
            {
                var type = NerLabels.TypeOf(chunk.Type);
                if (type < 0)
                {
                    continue;
                }

                labels[chunk.Start] = NerLabels.Begin(type);
                for (var i = chunk.Start + 1; i < chunk.End; i++)
                {
                    labels[i] = NerLabels.Inside(type);
                }
            }

            result.Add(new LabeledSentence(s.Words, labels));
        }

        return result;
    }
}
