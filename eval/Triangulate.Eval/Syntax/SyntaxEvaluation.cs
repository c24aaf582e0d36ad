using System.Diagnostics;
using System.Globalization;
using Triangulate.Core.Syntax;
using Triangulate.Core.Syntax.Training;

namespace Triangulate.Eval.Syntax;

/// <summary>
/// Scores the syntax model on gold-tokenised treebank sentences as the CoNLL 2018 shared task scores syntactic words
/// given their tokens: UPOS and lemma accuracy, UAS, and LAS over the universal part of the relation (subtypes
/// ignored), punctuation included. LAS with subtypes is printed beside it.
/// </summary>
public static class SyntaxEvaluation
{
    /// <summary>The scores of <paramref name="model"/> on <paramref name="sentences"/> (parsed on their gold tags when <paramref name="goldTags"/>, a diagnostic).</summary>
    public static SyntaxScores Evaluate(SyntaxModel model, IReadOnlyList<TreebankSentence> sentences, bool goldTags = false)
    {
        var analyzer = model.CreateAnalyzer();
        long words = 0, upos = 0, lemma = 0, uas = 0, las = 0, labeledFull = 0;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        foreach (var s in sentences)
        {
            var result = goldTags ? analyzer.Analyze(s.Forms, s.Tags) : analyzer.Analyze(s.Forms);
            for (var i = 0; i < s.Count; i++)
            {
                words++;
                upos += result.Tags[i] == s.Tags[i] ? 1 : 0;
                lemma += result.Lemmas[i] == s.Lemmas[i] ? 1 : 0;
                if (result.Heads[i] == s.Heads[i])
                {
                    uas++;
                    las += Universal(result.Relations[i]).SequenceEqual(Universal(s.Relations[i])) ? 1 : 0;
                    labeledFull += result.Relations[i] == s.Relations[i] ? 1 : 0;
                }
            }
        }

        var seconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        return new SyntaxScores(sentences.Count, words, upos, lemma, uas, las, labeledFull, seconds);
    }

    private static ReadOnlySpan<char> Universal(string relation)
    {
        var colon = relation.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? relation : relation.AsSpan(0, colon);
    }
}

/// <summary>Counts behind the syntax scores; <paramref name="Seconds"/> is the processor time the analysis took (one thread, so a busy machine does not count).</summary>
public sealed record SyntaxScores(int Sentences, long Words, long Upos, long Lemma, long Uas, long Las, long LasFull, double Seconds)
{
    /// <summary>UPOS accuracy.</summary>
    public double UposAccuracy => (double)Upos / Math.Max(1, Words);

    /// <summary>Lemma accuracy.</summary>
    public double LemmaAccuracy => (double)Lemma / Math.Max(1, Words);

    /// <summary>Unlabelled attachment score.</summary>
    public double UasScore => (double)Uas / Math.Max(1, Words);

    /// <summary>Labelled attachment score (universal relations).</summary>
    public double LasScore => (double)Las / Math.Max(1, Words);

    /// <summary>Labelled attachment score with subtypes.</summary>
    public double LasFullScore => (double)LasFull / Math.Max(1, Words);

    /// <summary>The one-line summary <c>overall UPOS=... UAS=... LAS=...</c>.</summary>
    public string Overall => string.Create(CultureInfo.InvariantCulture, $"overall UPOS={UposAccuracy:F4} UAS={UasScore:F4} LAS={LasScore:F4}");

    /// <inheritdoc />
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"sentences={Sentences} words={Words} UPOS={UposAccuracy:F4} lemma={LemmaAccuracy:F4} UAS={UasScore:F4} LAS={LasScore:F4} LAS(subtypes)={LasFullScore:F4}");
}
