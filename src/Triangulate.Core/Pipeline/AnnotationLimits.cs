using Triangulate.Core.Documents;

namespace Triangulate.Core.Pipeline;

/// <summary>
/// The per-document cap on what reaches the annotation stages. A document longer than the cap is annotated up to a
/// paragraph or sentence end before it and stored whole: its text past that point is kept (searchable, exported)
/// but yields no entities, dates or claims. One document can then cost no more than a cap's worth of annotation
/// and resolution, whatever a scraper brought home.
/// </summary>
public static class AnnotationLimits
{
    /// <summary>Characters of one document that are annotated (about 300,000 words, a few hundred reports).</summary>
    public const int MaxCharacters = 2_000_000;

    /// <summary>
    /// Runs <paramref name="pipeline"/> on <paramref name="document"/>, or on its first
    /// <paramref name="maxCharacters"/> characters when it is longer; returns the warning to show in that case.
    /// </summary>
    public static string? RunWithin(this AnnotationPipeline pipeline, Document document, int maxCharacters = MaxCharacters)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(document);
        if (document.Text.Length <= maxCharacters)
        {
            pipeline.Run(document);
            return null;
        }

        var cut = Cut(document.Text, maxCharacters);
        var head = new Document(document.Text[..cut], document.Metadata);
        pipeline.Run(head);
        document.AdoptLayers(head);
        return $"{document.Text.Length:N0} characters, over the {maxCharacters:N0} annotated for one document: " +
            $"the first {cut:N0} were annotated, the rest is stored as text only";
    }

    // The last paragraph break, else sentence end, in the last 20,000 characters before the cap; else the cap itself
    // (never between the two halves of a surrogate pair).
    private static int Cut(string text, int max)
    {
        var floor = Math.Max(1, max - 20_000);
        var paragraph = text.LastIndexOf('\n', max - 1, max - floor);
        if (paragraph > 0)
        {
            return paragraph + 1;
        }

        var sentence = text.LastIndexOf(". ", max - 2, max - floor - 1, StringComparison.Ordinal);
        if (sentence > 0)
        {
            return sentence + 2;
        }

        return char.IsHighSurrogate(text[max - 1]) ? max - 1 : max;
    }
}
