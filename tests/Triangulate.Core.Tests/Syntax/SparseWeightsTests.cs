using Triangulate.Core.Syntax;

namespace Triangulate.Core.Tests.Syntax;

public sealed class SparseWeightsTests
{
    [Theory]
    [InlineData(3)]
    [InlineData(17)]
    [InlineData(51)]
    public void Scores_are_the_sums_of_the_rows_within_bfloat16_rounding(int classes)
    {
        // Given many features with rows of one to all classes (so that buckets overflow and some rows live apart)
        var random = new Random(7);
        var keys = Enumerable.Range(0, 20_000).Select(_ => (ulong)random.NextInt64(1, long.MaxValue)).Distinct().Order().ToArray();
        var starts = new List<int> { 0 };
        var cls = new List<ushort>();
        var weights = new List<float>();
        var rows = new Dictionary<ulong, float[]>();
        foreach (var key in keys)
        {
            var row = new float[classes];
            var count = random.Next(1, classes + 1);
            foreach (var c in Enumerable.Range(0, classes).OrderBy(_ => random.Next()).Take(count).Order())
            {
                row[c] = (float)((random.NextDouble() * 20) - 10);
                cls.Add((ushort)c);
                weights.Add(row[c]);
            }

            starts.Add(cls.Count);
            rows[key] = row;
        }

        var table = new SparseWeights(classes, keys, [.. starts], [.. cls], [.. weights]);

        // When each feature is scored alone
        var good = keys.Where(k => Near(Scores(table, [k]), rows[k])).ToArray();
        var unknown = Enumerable.Range(0, 20_000).Select(_ => (ulong)random.NextInt64(1, long.MaxValue)).Where(k => !rows.ContainsKey(k));
        var falseHits = unknown.Count(k => Scores(table, [k]).Any(x => x != 0));

        // Then nearly every row comes back (bfloat16 keeps 8 bits of each weight; a key whose 15-bit tag is already
        // in its bucket is left out and reads the other key's row), and unknown features nearly always add nothing
        Assert.InRange(keys.Length - good.Length, 0, keys.Length / 1000);
        Assert.InRange(falseHits, 0, 200);

        // And the score of several features, known and unknown, is the sum of their rows
        for (var trial = 0; trial < 200; trial++)
        {
            var known = Enumerable.Range(0, 30).Select(_ => good[random.Next(good.Length)]).ToArray();
            var expected = new float[classes];
            foreach (var f in known)
            {
                for (var c = 0; c < classes; c++)
                {
                    expected[c] += rows[f][c];
                }
            }

            var features = known.Concat(Enumerable.Range(0, 10).Select(_ => (ulong)random.NextInt64(1, long.MaxValue)).Where(k => !rows.ContainsKey(k))).ToArray();
            var scores = Scores(table, features);
            Assert.True(Near(scores, expected, known.Length), $"trial {trial}: {string.Join(" ", scores)} against {string.Join(" ", expected)}");
        }
    }

    private static float[] Scores(SparseWeights table, ulong[] features)
    {
        var scores = new float[table.ScoreLength];
        table.Score(features, scores);
        return scores;
    }

    // bfloat16 rounds each weight (at most 10 in size) by at most 1/256 of it; a few unknown features may hit a row.
    private static bool Near(float[] scores, float[] expected, int features = 1) =>
        expected.Select((e, c) => Math.Abs(scores[c] - e) <= (features * 10.0 / 256) + 1e-3).All(x => x);
}
