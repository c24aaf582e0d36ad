using Triangulate.Core.Data;

namespace Triangulate.Core.Entities.Recognition;

/// <summary>
/// A trained recogniser: the averaged-perceptron weights of every feature, the set of words that are usually written
/// in lower case (learnt from the training text), and the lexicon whose gazetteer bits the features use. Stored as
/// a small binary file so that it loads in well under a second. Weights are 32-bit floats: 16-bit ones cost 2.7 F1
/// points on CoNLL test, because large averaged weights (the bias of O) lose the small differences that decide.
/// </summary>
public sealed class NerModel
{
    /// <summary>The name of the built-in model among the data files.</summary>
    public const string ResourceName = "ner-conll.model";

    private const int Magic = 0x52454E54; // "TNER"
    private const int Version = 5;
    private static readonly Lazy<NerModel> Shared = new(() => Load(DataFile.Open(ResourceName), EntityLexicon.Default));

    private readonly HashSet<ulong> _commonLowercase;
    private readonly Dictionary<ulong, int> _clusters;
    private readonly HashMap64 _commonLowercaseMap;
    private readonly HashMap64 _clusterMap;

    internal NerModel(
        WeightTable weights,
        HashSet<ulong> commonLowercase,
        Dictionary<ulong, int> clusters,
        NameGazetteer names,
        EntityLexicon lexicon,
        int beamWidth = 1)
    {
        BeamWidth = beamWidth;
        Names = names;
        Weights = weights;
        _commonLowercase = commonLowercase;
        _clusters = clusters;
        Lexicon = lexicon;
        _commonLowercaseMap = new HashMap64(commonLowercase.Select(h => KeyValuePair.Create(h, 1)));
        _clusterMap = new HashMap64(clusters.Select(c => KeyValuePair.Create(c.Key, c.Value + 1)));
    }

    /// <summary>The built-in model (or the user's replacement in <c>$TRIANGULATE_DATA</c>), loaded once.</summary>
    public static NerModel Default => Shared.Value;

    /// <summary>The lexicon whose gazetteer bits the features use.</summary>
    public EntityLexicon Lexicon { get; }

    /// <summary>Paths the tagger's beam search keeps (the width the model was trained with; 1 is greedy).</summary>
    public int BeamWidth { get; }

    /// <summary>Number of features with weights.</summary>
    public int FeatureCount => Weights.Keys.Length;

    internal WeightTable Weights { get; }

    /// <summary>The names of the training data, with their types.</summary>
    internal NameGazetteer Names { get; }

    /// <summary>Reads a model written by <see cref="Save"/>.</summary>
    public static NerModel Load(Stream stream, EntityLexicon lexicon)
    {
        using var reader = new BinaryReader(stream);
        if (reader.ReadInt32() != Magic || reader.ReadInt32() != Version || reader.ReadInt32() != NerTags.Count)
        {
            throw new InvalidDataException("Not a Triangulate NER model of this version.");
        }

        var beamWidth = reader.ReadInt32();
        if (beamWidth is < 1 or > 64)
        {
            throw new InvalidDataException("Bad beam width in the NER model.");
        }

        var rows = reader.ReadInt32();
        var keys = new ulong[rows];
        reader.BaseStream.ReadExactly(System.Runtime.InteropServices.MemoryMarshal.AsBytes(keys.AsSpan()));
        var weights = new float[rows * NerTags.Count];
        reader.BaseStream.ReadExactly(System.Runtime.InteropServices.MemoryMarshal.AsBytes(weights.AsSpan()));

        var lowerCount = reader.ReadInt32();
        var lower = new ulong[lowerCount];
        reader.BaseStream.ReadExactly(System.Runtime.InteropServices.MemoryMarshal.AsBytes(lower.AsSpan()));
        var clusterCount = reader.ReadInt32();
        var clusters = new Dictionary<ulong, int>(clusterCount);
        for (var i = 0; i < clusterCount; i++)
        {
            clusters[reader.ReadUInt64()] = reader.ReadInt32();
        }

        var nameCount = reader.ReadInt32();
        var names = new Dictionary<ulong, int[]>(nameCount);
        for (var i = 0; i < nameCount; i++)
        {
            var key = reader.ReadUInt64();
            var counts = new int[NerLabels.Types.Count];
            for (var t = 0; t < counts.Length; t++)
            {
                counts[t] = reader.ReadUInt16();
            }

            names[key] = counts;
        }

        var prefixCount = reader.ReadInt32();
        var prefixes = new HashSet<ulong>(prefixCount);
        for (var i = 0; i < prefixCount; i++)
        {
            prefixes.Add(reader.ReadUInt64());
        }

        return new NerModel(new WeightTable(keys, weights), [.. lower], clusters, new NameGazetteer(names, prefixes), lexicon, beamWidth);
    }

    /// <summary>Writes the model (little-endian, as the machine it was trained on).</summary>
    public void Save(Stream stream)
    {
        using var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(Version);
        writer.Write(NerTags.Count);
        writer.Write(BeamWidth);
        writer.Write(Weights.Keys.Length);
        writer.Flush();
        stream.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(Weights.Keys.AsSpan()));
        stream.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(Weights.Weights.AsSpan()));
        var lower = _commonLowercase.Order().ToArray();
        writer.Write(lower.Length);
        writer.Flush();
        stream.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(lower.AsSpan()));
        writer.Write(_clusters.Count);
        foreach (var (word, cluster) in _clusters.OrderBy(c => c.Key))
        {
            writer.Write(word);
            writer.Write(cluster);
        }

        writer.Write(Names.Counts.Count);
        foreach (var (name, counts) in Names.Counts.OrderBy(c => c.Key))
        {
            writer.Write(name);
            foreach (var c in counts)
            {
                writer.Write((ushort)Math.Min(c, ushort.MaxValue));
            }
        }

        writer.Write(Names.Prefixes.Count);
        foreach (var prefix in Names.Prefixes.Order())
        {
            writer.Write(prefix);
        }
    }

    /// <summary>Whether the lower-cased word (by hash) is usually written in lower case.</summary>
    internal bool IsCommonLowercase(ulong lowerHash) => _commonLowercaseMap.Get(lowerHash, 0) != 0;

    /// <summary>1 + the packed clusters (fine | coarse &lt;&lt; 16) of a word hash, or 0 for a word without one.</summary>
    internal int ClusterOf(ulong exactHash) => _clusterMap.Get(exactHash, 0);
}
