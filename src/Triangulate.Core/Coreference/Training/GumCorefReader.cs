using System.Text;

namespace Triangulate.Core.Coreference.Training;

/// <summary>A mention of the gold annotation, as a character span of <see cref="GumCorefDocument.Text"/>.</summary>
/// <param name="Start">First character.</param>
/// <param name="End">One past the last character.</param>
/// <param name="Entity">The gold entity's id within the document.</param>
public readonly record struct GoldMention(int Start, int End, string Entity);

/// <summary>One document of GUM's coreference layer: its text rebuilt from the words, and its gold mentions.</summary>
/// <param name="Name">The document's name ("GUM_news_iodine").</param>
/// <param name="Text">The text: the words with their spacing, a blank line after every sentence.</param>
/// <param name="Mentions">The gold mentions.</param>
public sealed record GumCorefDocument(string Name, string Text, IReadOnlyList<GoldMention> Mentions);

/// <summary>
/// Reads GUM's OntoNotes-style coreference files (<c>coref/*.conllu</c>, CorefUD style): the <c>Entity=</c> item of
/// the MISC column opens a mention with "(id", closes it with "id)", a one-word mention is "(id)". Multi-word tokens
/// ("participants’") are written once, as their surface form; a mention starting or ending inside one covers it.
/// </summary>
public static class GumCorefReader
{
    /// <summary>Reads one file; <see cref="InvalidDataException"/> names the file and line of a malformed one.</summary>
    public static GumCorefDocument Read(string path)
    {
        using var reader = new StreamReader(path);
        return Read(reader, path);
    }

    /// <summary>Reads CoNLL-U text; <paramref name="path"/> names the document (its file name without extension) and the source in errors.</summary>
    public static GumCorefDocument Read(TextReader reader, string path)
    {
        var text = new StringBuilder();
        var mentions = new List<GoldMention>();
        var open = new Dictionary<string, Stack<int>>(StringComparer.Ordinal);
        var lineNumber = 0;
        var multiEnd = 0;
        int multiStart = -1, multiEndChar = -1, multiNext = -1;
        var inSentence = false;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                if (inSentence)
                {
                    TrimEnd(text);
                    text.Append("\n\n");
                }

                inSentence = false;
                (multiEnd, multiStart, multiEndChar, multiNext) = (0, -1, -1, -1);
                continue;
            }

            if (line[0] == '#')
            {
                continue;
            }

            var columns = line.Split('\t');
            if (columns.Length != 10)
            {
                throw new InvalidDataException($"{path}:{lineNumber}: expected 10 tab-separated columns, found {columns.Length}.");
            }

            inSentence = true;
            var id = columns[0];
            if (id.Contains('.', StringComparison.Ordinal))
            {
                continue;
            }

            var dash = id.IndexOf('-', StringComparison.Ordinal);
            if (dash > 0)
            {
                // A multi-word token: its surface is the text; its words take its span.
                multiEnd = int.Parse(id[(dash + 1)..], System.Globalization.CultureInfo.InvariantCulture);
                multiStart = text.Length;
                text.Append(columns[1]);
                multiEndChar = text.Length;
                multiNext = multiStart;
                AppendSpace(text, columns[9]);
                continue;
            }

            int start, end;
            var word = int.Parse(id, System.Globalization.CultureInfo.InvariantCulture);
            if (word <= multiEnd && multiStart >= 0)
            {
                // A word of the token: its own characters where the words spell the surface ("we" + "'ve"), else the whole token.
                var surface = text.ToString(multiStart, multiEndChar - multiStart);
                var at = multiNext - multiStart;
                if (at >= 0 && at + columns[1].Length <= surface.Length && string.Compare(surface, at, columns[1], 0, columns[1].Length, StringComparison.OrdinalIgnoreCase) == 0)
                {
                    (start, end) = (multiNext, multiNext + columns[1].Length);
                    multiNext = end;
                }
                else
                {
                    (start, end) = (multiStart, multiEndChar);
                }
            }
            else
            {
                start = text.Length;
                text.Append(columns[1]);
                end = text.Length;
                AppendSpace(text, columns[9]);
            }

            foreach (var item in columns[9].Split('|'))
            {
                if (item.StartsWith("Entity=", StringComparison.Ordinal))
                {
                    ReadBrackets(item[7..], start, end, open, mentions, path, lineNumber);
                }
            }
        }

        var unclosed = open.Where(o => o.Value.Count > 0).Select(o => o.Key).FirstOrDefault();
        if (unclosed is not null)
        {
            throw new InvalidDataException($"{path}: entity {unclosed} is opened and never closed.");
        }

        return new GumCorefDocument(Path.GetFileNameWithoutExtension(path), text.ToString(), mentions);
    }

    private static void AppendSpace(StringBuilder text, string misc)
    {
        if (!misc.Contains("SpaceAfter=No", StringComparison.Ordinal))
        {
            text.Append(' ');
        }
    }

    private static void TrimEnd(StringBuilder text)
    {
        while (text.Length > 0 && text[^1] == ' ')
        {
            text.Length--;
        }
    }

    // "(3(2", "2)", "13)8)", "(4)", "6)(4)": opens, closes and one-word mentions, left to right.
    private static void ReadBrackets(string value, int start, int end, Dictionary<string, Stack<int>> open, List<GoldMention> mentions, string path, int lineNumber)
    {
        var i = 0;
        while (i < value.Length)
        {
            if (value[i] == '(')
            {
                var j = i + 1;
                while (j < value.Length && value[j] != '(' && value[j] != ')')
                {
                    j++;
                }

                var entity = value[(i + 1)..j];
                if (j < value.Length && value[j] == ')')
                {
                    mentions.Add(new GoldMention(start, end, entity));
                    i = j + 1;
                }
                else
                {
                    if (!open.TryGetValue(entity, out var stack))
                    {
                        open[entity] = stack = new Stack<int>();
                    }

                    stack.Push(start);
                    i = j;
                }
            }
            else
            {
                var j = i;
                while (j < value.Length && value[j] != ')')
                {
                    j++;
                }

                if (j == value.Length)
                {
                    throw new InvalidDataException($"{path}:{lineNumber}: cannot read Entity={value}.");
                }

                var entity = value[i..j];
                if (!open.TryGetValue(entity, out var stack) || stack.Count == 0)
                {
                    throw new InvalidDataException($"{path}:{lineNumber}: entity {entity} is closed but was never opened.");
                }

                mentions.Add(new GoldMention(stack.Pop(), end, entity));
                i = j + 1;
            }
        }
    }
}
