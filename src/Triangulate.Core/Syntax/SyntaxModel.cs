using System.Collections.Frozen;
using Triangulate.Core.Data;
using Triangulate.Core.Entities.Recognition;

namespace Triangulate.Core.Syntax;

/// <summary>
/// A trained syntax model: word clusters, the tags each training word had, the averaged-perceptron weights of the tagger, of the parser's transitions
/// and of its relations, the relation
/// names, and the lemmatiser's exception list and suffix rules. Immutable and shared by every thread; each thread
/// analyses with its own <see cref="SyntaxAnalyzer"/>. Stored as a small binary file that loads in well under a
/// second; the feature templates' version is part of the format, so a model made for other templates is refused.
/// </summary>
public sealed class SyntaxModel
{
    /// <summary>The name of the built-in model among the data files.</summary>
    public const string ResourceName = "syntax-ud.model";

    private const int Magic = 0x584E5953; // "SYNX"
    // Version 4 adds the beam width at the end; a version 3 file parses greedily.
    private const int Version = 4;
    private const int OldestVersion = 3;
    private static readonly Lazy<SyntaxModel> Shared = new(() => Load(DataFile.Open(ResourceName)));

    internal SyntaxModel(
        Dictionary<ulong, int> clusters,
        Dictionary<ulong, int> tagSets,
        SparseWeights tagger,
        SparseWeights transitions,
        SparseWeights labels,
        string[] relations,
        Lemmatizer lemmatizer,
        int beam = 1)
    {
        Beam = beam;
        ClusterTable = clusters;
        Clusters = new HashMap64(clusters.Select(c => KeyValuePair.Create(c.Key, c.Value + 1)));
        TagSetTable = tagSets;
        TagSets = new HashMap64(tagSets);
        Tagger = tagger;
        Transitions = transitions;
        Labels = labels;
        Relations = relations;
        Lemmatizer = lemmatizer;
        RelationSet = relations.ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>The built-in model (or the user's replacement in <c>$TRIANGULATE_DATA</c>), loaded once.</summary>
    public static SyntaxModel Default => Shared.Value;

    /// <summary>Configurations the parser keeps at each step (1: greedy, the fastest).</summary>
    public int Beam { get; }

    /// <summary>The same model (its weights shared) parsing with a beam of <paramref name="width"/> configurations.</summary>
    public SyntaxModel WithBeam(int width)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        return new SyntaxModel(ClusterTable, TagSetTable, Tagger, Transitions, Labels, [.. Relations], Lemmatizer, width);
    }

    /// <summary>The relation names the parser assigns, subtypes included.</summary>
    public IReadOnlyList<string> Relations { get; }

    /// <summary>Number of features with weights, tagger and parser together.</summary>
    public int FeatureCount => Tagger.FeatureCount + Transitions.FeatureCount + Labels.FeatureCount;

    /// <summary>Features with weights of the tagger, the transition classifier and the relation classifier.</summary>
    public (int Tagger, int Transitions, int Labels) FeatureCounts => (Tagger.FeatureCount, Transitions.FeatureCount, Labels.FeatureCount);

    internal FrozenSet<string> RelationSet { get; }

    internal Dictionary<ulong, int> ClusterTable { get; }

    internal HashMap64 Clusters { get; }

    internal Dictionary<ulong, int> TagSetTable { get; }

    internal HashMap64 TagSets { get; }

    internal SparseWeights Tagger { get; }

    internal SparseWeights Transitions { get; }

    internal SparseWeights Labels { get; }

    internal Lemmatizer Lemmatizer { get; }

    /// <summary>Reads a model written by <see cref="Save"/>.</summary>
    public static SyntaxModel Load(Stream stream)
    {
        using var reader = new BinaryReader(stream);
        var version = reader.ReadInt32() == Magic ? reader.ReadInt32() : -1;
        if (version < OldestVersion || version > Version)
        {
            throw new InvalidDataException("Not a Triangulate syntax model of this version.");
        }

        var relations = new string[reader.ReadInt32()];
        for (var i = 0; i < relations.Length; i++)
        {
            relations[i] = string.Intern(reader.ReadString());
        }

        var clusterCount = reader.ReadInt32();
        var clusters = new Dictionary<ulong, int>(clusterCount);
        for (var i = 0; i < clusterCount; i++)
        {
            clusters[reader.ReadUInt64()] = reader.ReadInt32();
        }

        var tagSetCount = reader.ReadInt32();
        var tagSets = new Dictionary<ulong, int>(tagSetCount);
        for (var i = 0; i < tagSetCount; i++)
        {
            tagSets[reader.ReadUInt64()] = reader.ReadInt32();
        }

        var tagger = SparseWeights.Read(reader);
        var transitions = SparseWeights.Read(reader);
        var labels = SparseWeights.Read(reader);
        if (tagger.ClassCount != UniversalPosTags.Count || transitions.ClassCount != ParserState.Transitions ||
            labels.ClassCount != relations.Length)
        {
            throw new InvalidDataException("The syntax model's classes do not match its tags and relations.");
        }

        var known = ReadEdits(reader);
        var suffixes = ReadEdits(reader);
        var beam = version >= 4 ? reader.ReadInt32() : 1;
        if (beam < 1)
        {
            throw new InvalidDataException("The syntax model's beam width is not positive.");
        }

        return new SyntaxModel(clusters, tagSets, tagger, transitions, labels, relations, new Lemmatizer(known, suffixes), beam);
    }

    /// <summary>Writes the model.</summary>
    public void Save(Stream stream)
    {
        using var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(Version);
        writer.Write(Relations.Count);
        foreach (var r in Relations)
        {
            writer.Write(r);
        }

        writer.Write(ClusterTable.Count);
        foreach (var (key, value) in ClusterTable.OrderBy(c => c.Key))
        {
            writer.Write(key);
            writer.Write(value);
        }

        writer.Write(TagSetTable.Count);
        foreach (var (key, value) in TagSetTable.OrderBy(c => c.Key))
        {
            writer.Write(key);
            writer.Write(value);
        }

        Tagger.Write(writer);
        Transitions.Write(writer);
        Labels.Write(writer);
        WriteEdits(writer, Lemmatizer.Known);
        WriteEdits(writer, Lemmatizer.Suffixes);
        writer.Write(Beam);
    }

    /// <summary>A new analyser (not thread-safe: one per thread) over this model.</summary>
    public SyntaxAnalyzer CreateAnalyzer() => new(this);

    private static Dictionary<ulong, LemmaEdit> ReadEdits(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        var edits = new Dictionary<ulong, LemmaEdit>(count);
        for (var i = 0; i < count; i++)
        {
            var key = reader.ReadUInt64();
            var strip = reader.ReadInt32();
            var append = reader.ReadString();
            var lower = reader.ReadBoolean();
            var whole = reader.ReadBoolean() ? string.Intern(reader.ReadString()) : null;
            edits[key] = new LemmaEdit(strip, append, lower, whole);
        }

        return edits;
    }

    private static void WriteEdits(BinaryWriter writer, IReadOnlyDictionary<ulong, LemmaEdit> edits)
    {
        writer.Write(edits.Count);
        foreach (var (key, edit) in edits.OrderBy(e => e.Key))
        {
            writer.Write(key);
            writer.Write(edit.Strip);
            writer.Write(edit.Append);
            writer.Write(edit.Lower);
            writer.Write(edit.Whole is not null);
            if (edit.Whole is not null)
            {
                writer.Write(edit.Whole);
            }
        }
    }
}
