using System.Globalization;
using System.Text;
using System.Xml.Linq;
using Triangulate.Core.Entities;

namespace Triangulate.Eval.Coref;

/// <summary>A gold entity mention of ECB+: its span in the rebuilt document text, its type and its gold cluster.</summary>
/// <param name="Document">The document name ("36_1ecbplus").</param>
/// <param name="Start">First UTF-16 code unit in <see cref="EcbDocument.Text"/>.</param>
/// <param name="End">One past the last code unit.</param>
/// <param name="Text">The mention text.</param>
/// <param name="Tag">The ECB+ tag ("HUMAN_PART_PER").</param>
/// <param name="Type">The Triangulate entity type the tag family maps to.</param>
/// <param name="Cluster">The gold cluster: the cross-document instance id, a within-document chain, or the mention itself.</param>
public sealed record EcbMention(string Document, int Start, int End, string Text, string Tag, string Type, string Cluster);

/// <summary>One ECB+ document, its text rebuilt from the tokens (one sentence a line).</summary>
/// <param name="Name">The document name ("36_1ecbplus").</param>
/// <param name="Topic">Its topic number.</param>
/// <param name="Text">The text.</param>
/// <param name="AnnotatedSentences">Character ranges of the sentences listed in ECBplus_coreference_sentences.csv.</param>
/// <param name="Mentions">Gold entity mentions in those sentences.</param>
public sealed record EcbDocument(string Name, int Topic, string Text, IReadOnlyList<(int Start, int End)> AnnotatedSentences, IReadOnlyList<EcbMention> Mentions);

/// <summary>
/// Reads ECB+ (Cybulska and Vossen 2014) for entity coreference as the literature does (Cybulska and Vossen 2015,
/// Barhom et al. 2019): test topics 36-45, only the sentences listed in ECBplus_coreference_sentences.csv, entity
/// mentions = the tags of participants, locations and times (HUMAN_*, NON_HUMAN_*, LOC_*, TIME_*); action and
/// negated action tags are events and left out.
/// </summary>
public static class EcbPlusCorpus
{
    /// <summary>The test topics of the standard split.</summary>
    public static readonly IReadOnlyList<int> TestTopics = [36, 37, 38, 39, 40, 41, 42, 43, 44, 45];

    /// <summary>The development topics of the standard split (Cybulska and Vossen 2015).</summary>
    public static readonly IReadOnlyList<int> DevTopics = [2, 5, 12, 18, 21, 23, 34, 35];

    /// <summary>The training topics of the standard split: every topic below 36 that is not a development topic.</summary>
    public static readonly IReadOnlyList<int> TrainTopics = Enumerable.Range(1, 35).Except(DevTopics).ToList();

    /// <summary>The topics of a split by name: "train", "dev" or "test".</summary>
    public static IReadOnlyList<int> TopicsOf(string split) => split switch
    {
        "train" => TrainTopics,
        "dev" => DevTopics,
        "test" => TestTopics,
        _ => throw new ArgumentException($"Unknown ECB+ split \"{split}\" (train, dev or test).", nameof(split)),
    };

    private static readonly string[] EntityFamilies = ["HUMAN", "NON_HUMAN", "LOC", "TIME"];

    /// <summary>Reads the documents of <paramref name="topics"/> from the data folder (holding ECB+ and the csv).</summary>
    public static List<EcbDocument> Read(string folder, IEnumerable<int> topics)
    {
        var corpus = Path.Combine(folder, "ECB+");
        var sentences = ReadSentenceIndex(Path.Combine(folder, "ECBplus_coreference_sentences.csv"));
        var documents = new List<EcbDocument>();
        foreach (var topic in topics)
        {
            var dir = Path.Combine(corpus, topic.ToString(CultureInfo.InvariantCulture));
            if (!Directory.Exists(dir))
            {
                continue;
            }

            foreach (var file in Directory.GetFiles(dir, "*.xml").Order(StringComparer.Ordinal))
            {
                var name = Path.GetFileNameWithoutExtension(file);
                var listed = sentences.TryGetValue(name, out var set) ? set : [];
                documents.Add(ReadDocument(file, name, topic, listed, TypeOf));
            }
        }

        return documents;
    }

    /// <summary>
    /// Reads the documents of <paramref name="topics"/> with their gold event mentions (the ACTION_* and
    /// NEG_ACTION_* tags, type "EVENT") in the annotated sentences instead of the entity mentions.
    /// </summary>
    public static List<EcbDocument> ReadEvents(string folder, IEnumerable<int> topics)
    {
        var corpus = Path.Combine(folder, "ECB+");
        var sentences = ReadSentenceIndex(Path.Combine(folder, "ECBplus_coreference_sentences.csv"));
        var documents = new List<EcbDocument>();
        foreach (var topic in topics)
        {
            var dir = Path.Combine(corpus, topic.ToString(CultureInfo.InvariantCulture));
            if (!Directory.Exists(dir))
            {
                continue;
            }

            foreach (var file in Directory.GetFiles(dir, "*.xml").Order(StringComparer.Ordinal))
            {
                var name = Path.GetFileNameWithoutExtension(file);
                documents.Add(ReadDocument(file, name, topic, sentences.TryGetValue(name, out var set) ? set : [], EventTypeOf));
            }
        }

        return documents;
    }

    private static string? EventTypeOf(string tag) =>
        tag.StartsWith("ACTION_", StringComparison.Ordinal) || tag.StartsWith("NEG_ACTION_", StringComparison.Ordinal) ? "EVENT" : null;

    /// <summary>The Triangulate type of an ECB+ entity tag, or null for an event tag.</summary>
    public static string? TypeOf(string tag)
    {
        if (!EntityFamilies.Any(f => tag.StartsWith(f + "_", StringComparison.Ordinal) || tag == f) || tag.StartsWith("NEG", StringComparison.Ordinal))
        {
            return null;
        }

        return tag switch
        {
            "HUMAN_PART_ORG" => EntityTypes.Org,
            "HUMAN_PART_GPE" => EntityTypes.Gpe,
            "HUMAN_PART_VEH" => EntityTypes.Product,
            _ when tag.StartsWith("HUMAN", StringComparison.Ordinal) => EntityTypes.Person,
            _ when tag.StartsWith("NON_HUMAN", StringComparison.Ordinal) => EntityTypes.Product,
            "LOC_FAC" => EntityTypes.Fac,
            "LOC_GEO" => EntityTypes.Gpe,
            _ when tag.StartsWith("LOC", StringComparison.Ordinal) => EntityTypes.Loc,
            _ => "TIME",
        };
    }

    private static Dictionary<string, HashSet<int>> ReadSentenceIndex(string path)
    {
        var index = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            var parts = line.Split(',');
            if (parts.Length < 3 || !int.TryParse(parts[2], CultureInfo.InvariantCulture, out var sentence))
            {
                continue;
            }

            var name = parts[0].Trim() + "_" + parts[1].Trim();
            if (!index.TryGetValue(name, out var set))
            {
                index[name] = set = [];
            }

            set.Add(sentence);
        }

        return index;
    }

    private static EcbDocument ReadDocument(string file, string name, int topic, HashSet<int> listed, Func<string, string?> typeOf)
    {
        var xml = XDocument.Load(file);
        var root = xml.Root!;
        var text = new StringBuilder();
        var tokenSpans = new Dictionary<string, (int Start, int End, int Sentence)>(StringComparer.Ordinal);
        var sentenceRanges = new SortedDictionary<int, (int Start, int End)>();
        var currentSentence = -1;
        string? previous = null;
        foreach (var token in root.Elements("token"))
        {
            var sentence = int.Parse((string)token.Attribute("sentence")!, CultureInfo.InvariantCulture);
            var word = token.Value;
            if (sentence != currentSentence)
            {
                if (text.Length > 0)
                {
                    text.Append('\n');
                }

                currentSentence = sentence;
            }
            else if (NeedsSpace(previous, word))
            {
                text.Append(' ');
            }

            var start = text.Length;
            text.Append(word);
            tokenSpans[(string)token.Attribute("t_id")!] = (start, text.Length, sentence);
            sentenceRanges[sentence] = sentenceRanges.TryGetValue(sentence, out var r) ? (r.Start, text.Length) : (start, text.Length);
            previous = word;
        }

        var clusters = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var relation in root.Element("Relations")?.Elements() ?? [])
        {
            var id = relation.Name.LocalName == "CROSS_DOC_COREF"
                ? (string?)relation.Attribute("note") ?? $"{name}:{relation.Attribute("r_id")}"
                : $"{name}:{relation.Element("target")?.Attribute("m_id")}";
            foreach (var source in relation.Elements("source"))
            {
                clusters[(string)source.Attribute("m_id")!] = id;
            }
        }

        var mentions = new List<EcbMention>();
        foreach (var markable in root.Element("Markables")?.Elements() ?? [])
        {
            var anchors = markable.Elements("token_anchor").Select(a => (string)a.Attribute("t_id")!).Where(tokenSpans.ContainsKey).ToList();
            var type = typeOf(markable.Name.LocalName);
            if (anchors.Count == 0 || type is null)
            {
                continue;
            }

            var spans = anchors.Select(a => tokenSpans[a]).ToList();
            if (!listed.Contains(spans[0].Sentence) || spans.Any(s => s.Sentence != spans[0].Sentence))
            {
                continue;
            }

            var mId = (string)markable.Attribute("m_id")!;
            var start = spans.Min(s => s.Start);
            var end = spans.Max(s => s.End);
            mentions.Add(new EcbMention(name, start, end, text.ToString(start, end - start), markable.Name.LocalName, type,
                clusters.GetValueOrDefault(mId) ?? $"{name}:singleton:{mId}"));
        }

        var annotated = sentenceRanges.Where(s => listed.Contains(s.Key)).Select(s => s.Value).ToList();
        return new EcbDocument(name, topic, text.ToString(), annotated, mentions);
    }

    private static bool NeedsSpace(string? previous, string word) =>
        previous is not null && previous is not ("(" or "[" or "$" or "``")
        && word is not ("," or "." or ";" or ":" or "!" or "?" or ")" or "]" or "%" or "'s" or "n't" or "'" or "''");
}
