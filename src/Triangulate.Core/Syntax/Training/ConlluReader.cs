namespace Triangulate.Core.Syntax.Training;

/// <summary>
/// Reads CoNLL-U files (Universal Dependencies): one word a line, ten tab-separated columns, a blank line between
/// sentences. Multi-word token ranges ("1-2 don't") and empty nodes ("8.1") are skipped, so a sentence is its
/// syntactic words, as the trees are drawn over them.
/// </summary>
public static class ConlluReader
{
    /// <summary>The sentences of one CoNLL-U file.</summary>
    public static IEnumerable<TreebankSentence> Read(string path)
    {
        using var reader = new StreamReader(path);
        foreach (var sentence in Read(reader, path))
        {
            yield return sentence;
        }
    }

    /// <summary>The sentences of CoNLL-U text; <paramref name="name"/> names the source in errors.</summary>
    public static IEnumerable<TreebankSentence> Read(TextReader reader, string name)
    {
        var words = new List<string[]>();
        string? text = null;
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                if (words.Count > 0)
                {
                    yield return Build(words, text, name, lineNumber);
                }

                words.Clear();
                text = null;
                continue;
            }

            if (line[0] == '#')
            {
                if (line.StartsWith("# text = ", StringComparison.Ordinal))
                {
                    text = line[9..];
                }

                continue;
            }

            var columns = line.Split('\t');
            if (columns.Length != 10)
            {
                throw new InvalidDataException($"{name}:{lineNumber}: expected 10 tab-separated columns, found {columns.Length}.");
            }

            if (columns[0].Contains('-', StringComparison.Ordinal) || columns[0].Contains('.', StringComparison.Ordinal))
            {
                continue;
            }

            words.Add(columns);
        }

        if (words.Count > 0)
        {
            yield return Build(words, text, name, lineNumber);
        }
    }

    private static TreebankSentence Build(List<string[]> words, string? text, string name, int lineNumber)
    {
        var n = words.Count;
        var forms = new string[n];
        var lemmas = new string[n];
        var tags = new UniversalPos[n];
        var heads = new int[n];
        var relations = new string[n];
        for (var i = 0; i < n; i++)
        {
            var c = words[i];
            forms[i] = c[1];
            lemmas[i] = c[2];
            tags[i] = UniversalPosTags.Parse(c[3]);
            if (!int.TryParse(c[6], out var head) || head < 0 || head > n)
            {
                throw new InvalidDataException($"{name}:{lineNumber}: word {c[0]} has head '{c[6]}'.");
            }

            heads[i] = head - 1;
            relations[i] = c[7];
        }

        return new TreebankSentence(forms, lemmas, tags, heads, relations, text);
    }
}
