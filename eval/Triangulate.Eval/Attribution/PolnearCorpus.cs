namespace Triangulate.Eval.Attribution;

/// <summary>The role of an annotated span in an attribution relation.</summary>
public enum AttributionRole
{
    /// <summary>Who the content is attributed to.</summary>
    Source,

    /// <summary>The words that signal the attribution ("said", "according to").</summary>
    Cue,

    /// <summary>What is attributed.</summary>
    Content,
}

/// <summary>An annotated span; several fragments when it is discontinuous. Offsets are UTF-16 code units.</summary>
/// <param name="Role">Its role.</param>
/// <param name="Fragments">Its pieces, in text order.</param>
public sealed record GoldSpan(AttributionRole Role, IReadOnlyList<(int Start, int End)> Fragments)
{
    /// <summary>Start of the first fragment.</summary>
    public int Start => Fragments[0].Start;

    /// <summary>End of the last fragment.</summary>
    public int End => Fragments[^1].End;
}

/// <summary>One PolNeAR article: its raw text and the source, cue and content spans of its attributions.</summary>
/// <param name="Name">The article's file name without extension.</param>
/// <param name="Text">Its raw text.</param>
/// <param name="Spans">The spans of its attribution relations.</param>
public sealed record PolnearArticle(string Name, string Text, IReadOnlyList<GoldSpan> Spans);

/// <summary>
/// Reads a split of PolNeAR (<c>data/{train,dev,test}/text/NAME.txt</c> and brat standoff files
/// <c>data/SPLIT/attributions/NAME_ANNOTATOR.ann</c>). An article annotated by several annotators is read with the
/// annotation of the first annotator in ordinal order, so every article counts once. Brat offsets count code points;
/// they are converted to UTF-16 code units.
/// </summary>
public static class PolnearCorpus
{
    /// <summary>The articles of <paramref name="split"/> under <paramref name="root"/> (the folder holding <c>data</c>, or <c>data</c> itself).</summary>
    public static IReadOnlyList<PolnearArticle> Read(string root, string split)
    {
        var dataFolder = Directory.Exists(Path.Combine(root, "data", split)) ? Path.Combine(root, "data") : root;
        var splitFolder = Path.Combine(dataFolder, split);
        var textFolder = Path.Combine(splitFolder, "text");
        var annotationFolder = Path.Combine(splitFolder, "attributions");
        if (!Directory.Exists(textFolder) || !Directory.Exists(annotationFolder))
        {
            throw new DirectoryNotFoundException($"No PolNeAR split '{split}' (text/ and attributions/) under {root}.");
        }

        var annotations = Directory.GetFiles(annotationFolder, "*.ann").Order(StringComparer.Ordinal).ToList();
        var articles = new List<PolnearArticle>();
        foreach (var textPath in Directory.GetFiles(textFolder, "*.txt").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(textPath);
            var annotation = annotations.Find(a => Path.GetFileName(a).StartsWith(name + "_", StringComparison.Ordinal));
            if (annotation is null)
            {
                continue;
            }

            var text = File.ReadAllText(textPath);
            articles.Add(new PolnearArticle(name, text, ReadSpans(File.ReadLines(annotation), CodePointOffsets(text))));
        }

        return articles;
    }

    /// <summary>
    /// The articles of one half of a split, to train on one and tune on the other: <c>all</c>, <c>even</c> or
    /// <c>odd</c> (by position in file order).
    /// </summary>
    /// <exception cref="ArgumentException">Another part name.</exception>
    public static IReadOnlyList<PolnearArticle> Part(IReadOnlyList<PolnearArticle> articles, string part) => part switch
    {
        "all" => articles,
        "even" => [.. articles.Where((_, i) => i % 2 == 0)],
        "odd" => [.. articles.Where((_, i) => i % 2 == 1)],
        _ => throw new ArgumentException($"--part: '{part}' is not all, even or odd."),
    };

    /// <summary>Parses the text-bound annotations (<c>T1\tSource 89 106\tThe New York Post</c>) of one file.</summary>
    public static IReadOnlyList<GoldSpan> ReadSpans(IEnumerable<string> lines, int[] utf16Offsets)
    {
        var spans = new List<GoldSpan>();
        foreach (var line in lines)
        {
            if (!line.StartsWith('T'))
            {
                continue;
            }

            var columns = line.Split('\t');
            if (columns.Length < 2)
            {
                continue;
            }

            var space = columns[1].IndexOf(' ', StringComparison.Ordinal);
            if (space < 0 || !Enum.TryParse<AttributionRole>(columns[1][..space], out var role))
            {
                continue;
            }

            var fragments = new List<(int, int)>();
            foreach (var fragment in columns[1][(space + 1)..].Split(';'))
            {
                var numbers = fragment.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                fragments.Add((utf16Offsets[int.Parse(numbers[0])], utf16Offsets[int.Parse(numbers[1])]));
            }

            spans.Add(new GoldSpan(role, fragments));
        }

        return spans;
    }

    /// <summary>For each code point index (and one past the end), its UTF-16 offset.</summary>
    public static int[] CodePointOffsets(string text)
    {
        var offsets = new List<int>(text.Length + 1);
        for (var i = 0; i < text.Length; i++)
        {
            offsets.Add(i);
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
        }

        offsets.Add(text.Length);
        return [.. offsets];
    }
}
