using System.Text;

namespace Triangulate.Readers.Pdf;

/// <summary>
/// Lines joined into paragraphs, one a line: lines of a paragraph joined by a space, a word hyphenated at a line's end
/// joined ("infra-" + "structure" is "infrastructure"; "Anglo-" + "American" keeps its hyphen).
/// </summary>
internal static class Paragraphs
{
    /// <summary>The text of the pages; an empty line ends a paragraph.</summary>
    public static string Join(IEnumerable<List<string>> pages)
    {
        var text = new StringBuilder();
        var paragraph = new StringBuilder();
        foreach (var line in pages.SelectMany(p => p.Append(string.Empty)))
        {
            if (line.Length == 0)
            {
                Flush(text, paragraph);
                continue;
            }

            if (paragraph.Length == 0)
            {
                paragraph.Append(line);
            }
            else if (paragraph.Length > 1 && paragraph[^1] == '-' && char.IsLetter(paragraph[^2]) && char.IsLower(line[0]))
            {
                paragraph.Length--;
                paragraph.Append(line);
            }
            else if (paragraph[^1] == '-' && paragraph.Length > 1 && char.IsLetter(paragraph[^2]))
            {
                paragraph.Append(line);
            }
            else
            {
                paragraph.Append(' ').Append(line);
            }
        }

        Flush(text, paragraph);
        return text.ToString().TrimEnd('\n');
    }

    private static void Flush(StringBuilder text, StringBuilder paragraph)
    {
        if (paragraph.Length > 0)
        {
            text.Append(paragraph).Append('\n');
            paragraph.Clear();
        }
    }
}
