namespace Triangulate.Eval.Ner;

/// <summary>One sentence of a CoNLL-style file: words and their tags as written (IOB1 or IOB2).</summary>
/// <param name="Words">The words.</param>
/// <param name="Tags">One tag per word ("O", "I-PER", "B-ORG", ...), types normalised by <see cref="ConllReader.NormaliseType"/>.</param>
public sealed record ConllSentence(string[] Words, string[] Tags);

/// <summary>
/// Reads the column formats of the NER data sets: CoNLL-2003 (word POS chunk tag), two-column files (word tag),
/// UNER's CoNLL-U-like files (index word tag - -) and WikiNEuRal (index word tag). The word is the first column, or
/// the second when the first counts the sentence's tokens; the tag is the last column that looks like a tag.
/// Documents are separated by <c>-DOCSTART-</c> lines or <c># newdoc</c> comments; other <c>#</c> comment lines are
/// skipped.
/// </summary>
public static class ConllReader
{
    /// <summary>Reads the documents of a file; a file without document markers is one document.</summary>
    public static List<List<ConllSentence>> Read(string path)
    {
        var documents = new List<List<ConllSentence>>();
        var document = new List<ConllSentence>();
        var rows = new List<string[]>();

        void EndSentence()
        {
            if (rows.Count > 0)
            {
                document.Add(Sentence(rows));
                rows.Clear();
            }
        }

        void EndDocument()
        {
            EndSentence();
            if (document.Count > 0)
            {
                documents.Add(document);
                document = [];
            }
        }

        foreach (var raw in File.ReadLines(path))
        {
            var line = raw.TrimEnd('\r');
            if (line.StartsWith("-DOCSTART-", StringComparison.Ordinal) || line.StartsWith("# newdoc", StringComparison.Ordinal))
            {
                EndDocument();
            }
            else if (line.StartsWith("# ", StringComparison.Ordinal) || line.StartsWith("#\t", StringComparison.Ordinal))
            {
                continue;
            }
            else if (line.Trim().Length == 0)
            {
                EndSentence();
            }
            else
            {
                var columns = line.Contains('\t') ? line.Split('\t') : line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (columns.Length >= 2)
                {
                    rows.Add(columns);
                }
            }
        }

        EndDocument();
        return documents;
    }

    /// <summary>Maps the type names of the data sets onto the CoNLL names where they mean the same.</summary>
    public static string NormaliseType(string type) => type.ToUpperInvariant() switch
    {
        "PER" or "PERSON" => "PER",
        "ORG" or "ORGANIZATION" or "ORGANISATION" => "ORG",
        "LOC" or "LOCATION" => "LOC",
        "MISC" => "MISC",
        _ => type,
    };

    // The word is the second column when the first counts the tokens (0 or 1, then 2, 3, ...), else the first.
    private static ConllSentence Sentence(List<string[]> rows)
    {
        var indexed = rows.TrueForAll(r => r.Length >= 3);
        var origin = rows[0][0] == "0" ? 0 : 1;
        for (var i = 0; indexed && i < rows.Count; i++)
        {
            indexed = int.TryParse(rows[i][0], out var n) && n == i + origin;
        }

        var wordColumn = indexed ? 1 : 0;
        var words = new string[rows.Count];
        var tags = new string[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            var columns = rows[i];
            var tagColumn = columns.Length - 1;
            while (tagColumn > wordColumn && !LooksLikeTag(columns[tagColumn]))
            {
                tagColumn--;
            }

            words[i] = columns[wordColumn];
            tags[i] = tagColumn == wordColumn ? "O" : NormaliseTag(columns[tagColumn]);
        }

        return new ConllSentence(words, tags);
    }

    private static string NormaliseTag(string tag) =>
        tag.Length > 2 && tag[1] == '-' ? tag[..2] + NormaliseType(tag[2..]) : tag;

    private static bool LooksLikeTag(string column) =>
        column == "O" || (column.Length > 2 && column[1] == '-' && column[0] is 'B' or 'I' or 'E' or 'S');
}
