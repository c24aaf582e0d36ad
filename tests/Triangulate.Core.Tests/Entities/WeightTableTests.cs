using Triangulate.Core.Entities.Recognition;

namespace Triangulate.Core.Tests.Entities;

public sealed class WeightTableTests
{
    [Fact]
    public void Scores_are_bit_for_bit_those_of_a_plain_loop_over_a_dictionary()
    {
        // Given 20,000 random features with random rows, and queries mixing known and unknown features
        var random = new Random(7);
        var keys = new HashSet<ulong>();
        while (keys.Count < 20_000)
        {
            keys.Add((ulong)random.NextInt64() | 1);
        }

        var keyArray = keys.ToArray();
        var weights = new float[keyArray.Length * NerTags.Count];
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] = (float)((random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-4, 3)));
        }

        var rows = keyArray.Select((k, i) => (k, i)).ToDictionary(p => p.k, p => p.i);
        var table = new WeightTable(keyArray, weights);

        for (var query = 0; query < 2_000; query++)
        {
            var features = new ulong[random.Next(1, 60)];
            for (var k = 0; k < features.Length; k++)
            {
                features[k] = random.Next(3) == 0 ? (ulong)random.NextInt64() | 1 : keyArray[random.Next(keyArray.Length)];
            }

            var start = new float[NerTags.Count];
            for (var l = 0; l < start.Length; l++)
            {
                start[l] = (float)(random.NextDouble() - 0.5);
            }

            // When the table scores them
            var actual = (float[])start.Clone();
            table.Score(features, actual);

            // Then each label's sum is exactly that of adding the rows one by one in feature order
            var expected = (float[])start.Clone();
            foreach (var f in features)
            {
                if (rows.TryGetValue(f, out var row))
                {
                    for (var l = 0; l < NerTags.Count; l++)
                    {
                        expected[l] += weights[(row * NerTags.Count) + l];
                    }
                }
            }

            Assert.Equal(expected.Select(BitConverter.SingleToInt32Bits), actual.Select(BitConverter.SingleToInt32Bits));
        }
    }

    [Fact]
    public void Keys_that_share_slot_and_tag_are_told_apart_by_the_full_key()
    {
        // Given keys that differ only in their high bits (same low bits, so the same tag), some of them absent
        var keys = Enumerable.Range(1, 64).Select(i => ((ulong)i << 40) | 0x5A5A5).ToArray();
        var weights = Enumerable.Range(0, keys.Length * NerTags.Count).Select(i => (float)i).ToArray();
        var table = new WeightTable(keys, weights);

        // When each is scored alone, and a key with the same low bits that is not in the table
        for (var i = 0; i < keys.Length; i++)
        {
            var scores = new float[NerTags.Count];
            table.Score([keys[i]], scores);

            // Then it gets its own row
            Assert.Equal(weights.Skip(i * NerTags.Count).Take(NerTags.Count), scores);
        }

        var none = new float[NerTags.Count];
        table.Score([(1000UL << 40) | 0x5A5A5], none);
        Assert.All(none, s => Assert.Equal(0f, s));
    }

    [Fact]
    public void Features_without_a_row_leave_every_score_as_it_was_signed_zeros_included()
    {
        // Given a table and scores holding +0, -0 and ordinary values
        var table = new WeightTable([3UL, 5UL], new float[2 * NerTags.Count]);
        float[] scores = [0f, -0f, 1.5f, -2.25f, 0f, -0f, 1e-30f, -1e30f, 7f, -0f, 0f, 3f, -0f, 1e-20f, 0f, -5f, -0f];
        var before = scores.Select(BitConverter.SingleToInt32Bits).ToArray();

        // When only unknown features are scored
        table.Score([7UL, 9UL, 11UL, 0UL], scores);

        // Then no bit changes
        Assert.Equal(before, scores.Select(BitConverter.SingleToInt32Bits));
    }

    [Fact]
    public void Beam_tags_are_BILOU_and_every_path_it_allows_reads_as_valid_BIO()
    {
        // Given every pair of tags the beam allows, inside a sentence and at its end
        for (byte previous = 0; previous < NerTags.Count; previous++)
        {
            foreach (var last in (bool[])[false, true])
            {
                var allowed = NerTags.AllowedAfter(previous, last);
                for (byte tag = 0; tag < NerTags.Count; tag++)
                {
                    if ((allowed & (1u << tag)) == 0)
                    {
                        continue;
                    }

                    // Then they read as a pair BIO allows
                    Assert.True(NerLabels.Allowed(NerTags.ToBio(previous), NerTags.ToBio(tag)), $"{previous} -> {tag}");
                }
            }
        }
    }

    [Fact]
    public void Bio_labels_become_tags_the_beam_allows_and_back()
    {
        // Given random BIO sequences, I- after O or another type included (IOB1 style)
        var random = new Random(3);
        for (var n = 0; n < 2_000; n++)
        {
            var labels = new byte[random.Next(1, 12)];
            for (var i = 0; i < labels.Length; i++)
            {
                labels[i] = (byte)random.Next(NerLabels.Count);
            }

            // When they are turned into tags
            var tags = NerTags.FromBio(labels);

            // Then every tag is one the beam allows after the previous one, and they read back as the same names
            for (var i = 0; i < tags.Length; i++)
            {
                var allowed = NerTags.AllowedAfter(i == 0 ? NerTags.Outside : tags[i - 1], i == tags.Length - 1);
                Assert.True((allowed & (1u << tags[i])) != 0, $"tag {i} of {string.Join(' ', labels)}");
            }

            Assert.Equal(Names(labels), Names([.. tags.Select(NerTags.ToBio)]));
        }
    }

    // The names of a BIO sequence as (start, end, type), an I- after O or another type starting one.
    private static List<(int Start, int End, int Type)> Names(byte[] labels)
    {
        var names = new List<(int, int, int)>();
        for (var i = 0; i < labels.Length; i++)
        {
            if (labels[i] == NerLabels.Outside)
            {
                continue;
            }

            var type = NerLabels.TypeIndex(labels[i]);
            var end = i + 1;
            while (end < labels.Length && labels[end] == NerLabels.Inside(type))
            {
                end++;
            }

            names.Add((i, end, type));
            i = end - 1;
        }

        return names;
    }
}
