using Triangulate.Core.Data;

namespace Triangulate.Core.Coreference;

/// <summary>
/// The trained within-document coreference model: a mention-ranking model (each mention picks its best antecedent
/// among the earlier mentions, or none), linear over <see cref="CorefFeatures"/>, its weights in a hashed table of
/// 2^17 slots. Trained by <see cref="Training.CorefTrainer"/> on GUM; stored as its non-zero slots, so the file stays
/// small. Immutable and shared by every thread.
/// </summary>
public sealed class CorefModel
{
    /// <summary>The name of the built-in model among the data files.</summary>
    public const string ResourceName = "coref-gum.model";

    internal const int Bits = 17;
    internal const int Mask = (1 << Bits) - 1;
    private const int Magic = 0x46524F43; // "CORF"
    private const int Version = 1;
    private static readonly Lazy<CorefModel> Shared = new(() => Load(DataFile.Open(ResourceName)));

    internal CorefModel(float[] weights, CorefWords words)
    {
        Weights = weights;
        Words = words;
    }

    /// <summary>The built-in model (or the user's replacement in <c>$TRIANGULATE_DATA</c>), loaded once.</summary>
    public static CorefModel Default => Shared.Value;

    /// <summary>Slots with a weight.</summary>
    public int FeatureCount => Weights.Count(w => w != 0);

    internal float[] Weights { get; }

    internal CorefWords Words { get; }

    /// <summary>Reads a model written by <see cref="Save"/>.</summary>
    public static CorefModel Load(Stream stream)
    {
        using var reader = new BinaryReader(stream);
        if (reader.ReadInt32() != Magic || reader.ReadInt32() != Version || reader.ReadInt32() != Bits)
        {
            throw new InvalidDataException("Not a coreference model of this program's version (retrain it with `triangulate train coref`).");
        }

        var weights = new float[1 << Bits];
        var count = reader.ReadInt32();
        for (var i = 0; i < count; i++)
        {
            var slot = reader.ReadInt32();
            weights[slot & Mask] = reader.ReadSingle();
        }

        return new CorefModel(weights, CorefWords.Default);
    }

    /// <summary>Writes the model's non-zero slots.</summary>
    public void Save(Stream stream)
    {
        using var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(Version);
        writer.Write(Bits);
        writer.Write(FeatureCount);
        for (var i = 0; i < Weights.Length; i++)
        {
            if (Weights[i] != 0)
            {
                writer.Write(i);
                writer.Write(Weights[i]);
            }
        }
    }

    /// <summary>The mentions of <paramref name="input"/> and their chains.</summary>
    public IReadOnlyList<ResolvedMention> Resolve(CorefInput input)
    {
        var mentions = MentionDetector.Detect(input, Words);
        var antecedents = Rank(mentions, Weights, out var margins);
        var chain = new int[mentions.Count];
        var result = new ResolvedMention[mentions.Count];
        for (var j = 0; j < mentions.Count; j++)
        {
            chain[j] = antecedents[j] < 0 ? j : chain[antecedents[j]];
            var m = mentions[j];
            result[j] = new ResolvedMention(m.FirstToken, m.EndToken, m.Head, m.Kind, chain[j], m.NameIndex, margins[j]);
        }

        return result;
    }

    /// <summary>
    /// For each mention, the index of the antecedent it picks, or -1 for none; <paramref name="margins"/> says by how
    /// much its choice beat the best choice outside the chosen chain (another chain, or none).
    /// </summary>
    internal static int[] Rank(List<CorefMention> mentions, float[] weights, out float[] margins)
    {
        var result = new int[mentions.Count];
        margins = new float[mentions.Count];
        var chainOf = new int[mentions.Count];
        var genders = new int[mentions.Count];
        var scores = new List<(int Candidate, float Score)>();
        var candidates = new List<int>();
        var heads = new HashSet<ulong>();
        var words = new HashSet<ulong>();
        var finder = new CandidateFinder(mentions);
        for (var j = 0; j < mentions.Count; j++)
        {
            var m = mentions[j];
            var newSink = new CorefFeatures.ScoreSink(weights);
            CorefFeatures.New(m, heads.Contains(m.HeadHash), words.Contains(m.WordsHash), ref newSink);
            var newScore = newSink.Sum;
            var best = newScore;
            result[j] = -1;
            finder.For(j, candidates);
            scores.Clear();
            var gender = GenderBit(m);
            foreach (var i in candidates)
            {
                // A chain that is "he" already is never "she" or "it": genders of the chain so far, not only of the candidate.
                if (gender != 0 && (genders[chainOf[i]] & ~gender) != 0)
                {
                    continue;
                }

                var sink = new CorefFeatures.ScoreSink(weights);
                CorefFeatures.Pair(mentions[i], m, ref sink);
                var score = sink.Sum;
                scores.Add((i, score));
                if (score > best)
                {
                    best = score;
                    result[j] = i;
                }
            }

            chainOf[j] = result[j] < 0 ? j : chainOf[result[j]];
            genders[chainOf[j]] |= gender;
            var rival = result[j] < 0 ? float.NegativeInfinity : newScore;
            foreach (var (i, score) in scores)
            {
                if (chainOf[i] != chainOf[j] && score > rival)
                {
                    rival = score;
                }
            }

            margins[j] = best - rival;

            heads.Add(m.HeadHash);
            words.Add(m.WordsHash);
        }

        return result;
    }

    private static int GenderBit(CorefMention m) => m.Gender switch
    {
        CorefGender.Male => 1,
        CorefGender.Female => 2,
        CorefGender.Neuter => 4,
        _ => 0,
    };

    internal static float Score(List<ulong> features, float[] weights)
    {
        var sum = 0f;
        foreach (var f in features)
        {
            sum += weights[(int)(f & Mask)];
        }

        return sum;
    }
}
