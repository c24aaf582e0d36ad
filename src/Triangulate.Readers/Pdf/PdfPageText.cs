using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis;
using UglyToad.PdfPig.DocumentLayoutAnalysis.PageSegmenter;
using UglyToad.PdfPig.DocumentLayoutAnalysis.ReadingOrderDetector;
using UglyToad.PdfPig.DocumentLayoutAnalysis.WordExtractor;

namespace Triangulate.Readers.Pdf;

/// <summary>
/// The lines of one page in reading order. Words are grouped into blocks (Docstrum), blocks ordered by their layout
/// (a column is read to its end before the next), and a block's lines kept in order with an empty line between blocks
/// and where a line ends a paragraph (short, ending a sentence).
/// </summary>
internal static class PdfPageText
{
    // One thread per page: PdfPig's default runs each page's neighbour searches in parallel, which on pages of a few
    // hundred words costs more in scheduling than it saves, and `add` already reads files in parallel.
    private static readonly NearestNeighbourWordExtractor WordExtractor = new(new NearestNeighbourWordExtractor.NearestNeighbourWordExtractorOptions { MaxDegreeOfParallelism = 1 });
    private static readonly DocstrumBoundingBoxes Segmenter = new(new DocstrumBoundingBoxes.DocstrumBoundingBoxesOptions { MaxDegreeOfParallelism = 1 });

    /// <summary>The page's lines; an empty string marks a paragraph's end.</summary>
    public static List<string> Lines(Page page)
    {
        var letters = page.Letters;
        if (letters.Count == 0)
        {
            return [];
        }

        var words = WordExtractor.GetWords(letters).Where(w => !string.IsNullOrWhiteSpace(w.Text)).ToList();
        if (words.Count == 0)
        {
            return [];
        }

        var blocks = Segmenter.GetBlocks(words);
        var ordered = UnsupervisedReadingOrderDetector.Instance.Get(blocks).Where(b => !InMargin(b, blocks, page.Height)).ToList();
        var lines = new List<string>();
        foreach (var block in ordered)
        {
            var width = block.TextLines.Max(l => l.BoundingBox.Width);
            foreach (var line in block.TextLines)
            {
                var text = line.Text.Trim();
                if (text.Length == 0)
                {
                    continue;
                }

                lines.Add(text);
                if (EndsParagraph(text, line.BoundingBox.Width, width))
                {
                    lines.Add(string.Empty);
                }
            }

            if (lines.Count > 0 && lines[^1].Length > 0)
            {
                lines.Add(string.Empty);
            }
        }

        return lines;
    }

    /// <summary>
    /// A block of one short line alone in the page's top or bottom margin band (the outer 7.5%), clear of every other
    /// block by more than its own height: a running header or footer, which a one-page document cannot show by
    /// recurrence.
    /// </summary>
    private static bool InMargin(TextBlock block, IReadOnlyList<TextBlock> blocks, double pageHeight)
    {
        var box = block.BoundingBox;
        var band = pageHeight * 0.075;
        var top = box.Bottom >= pageHeight - band;
        var bottom = box.Top <= band;
        if (block.TextLines.Count != 1 || !(top || bottom) || block.Text.Split(' ').Length > 12)
        {
            return false;
        }

        var gap = Math.Max(box.Height, 1);
        return blocks.Where(b => !ReferenceEquals(b, block)).All(b => top ? b.BoundingBox.Top < box.Bottom - gap : b.BoundingBox.Bottom > box.Top + gap);
    }

    private static bool EndsParagraph(string text, double lineWidth, double blockWidth) =>
        lineWidth < blockWidth * 0.85 && text[^1] is '.' or '!' or '?' or ':' or '"' or '\u201D';
}
