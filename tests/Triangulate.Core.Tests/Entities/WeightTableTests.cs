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
        var weights = new float[keyArray.Length * NerLabels.Count];
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

            var start = new float[NerLabels.Count];
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
                    for (var l = 0; l < NerLabels.Count; l++)
                    {
                        expected[l] += weights[(row * NerLabels.Count) + l];
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
        var weights = Enumerable.Range(0, keys.Length * NerLabels.Count).Select(i => (float)i).ToArray();
        var table = new WeightTable(keys, weights);

        // When each is scored alone, and a key with the same low bits that is not in the table
        for (var i = 0; i < keys.Length; i++)
        {
            var scores = new float[NerLabels.Count];
            table.Score([keys[i]], scores);

            // Then it gets its own row
            Assert.Equal(weights.Skip(i * NerLabels.Count).Take(NerLabels.Count), scores);
        }

        var none = new float[NerLabels.Count];
        table.Score([(1000UL << 40) | 0x5A5A5], none);
        Assert.All(none, s => Assert.Equal(0f, s));
    }

    [Fact]
    public void Features_without_a_row_leave_every_score_as_it_was_signed_zeros_included()
    {
        // Given a table and scores holding +0, -0 and ordinary values
        var table = new WeightTable([3UL, 5UL], new float[2 * NerLabels.Count]);
        float[] scores = [0f, -0f, 1.5f, -2.25f, 0f, -0f, 1e-30f, -1e30f, 7f];
        var before = scores.Select(BitConverter.SingleToInt32Bits).ToArray();

        // When only unknown features are scored
        table.Score([7UL, 9UL, 11UL, 0UL], scores);

        // Then no bit changes
        Assert.Equal(before, scores.Select(BitConverter.SingleToInt32Bits));
    }

    [Fact]
    public void Beam_follows_BIO_as_NerLabels_says()
    {
        // Given every pair of labels
        for (byte previous = 0; previous < NerLabels.Count; previous++)
        {
            for (byte label = 0; label < NerLabels.Count; label++)
            {
                // Then the beam's bit mask of allowed labels agrees with NerLabels.Allowed
                Assert.Equal(NerLabels.Allowed(previous, label), (NerBeam.AllowedAfter(previous) & (1u << label)) != 0);
            }
        }
    }
}
