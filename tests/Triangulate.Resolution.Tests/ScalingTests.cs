using System.Diagnostics;
using Triangulate.Resolution;
using Xunit.Abstractions;

namespace Triangulate.Resolution.Tests;

public sealed class ScalingTests(ITestOutputHelper output)
{
    [Fact]
    public void The_work_of_adding_a_document_stops_growing_with_the_case()
    {
        // Given a stream of synthetic reports where new names keep appearing
        var stream = new SyntheticCase();
        var resolver = new CaseResolver();
        long entityWork = 0;
        long Work(int from, int to, List<double> times)
        {
            long work = 0;
            for (var i = from; i < to; i++)
            {
                var doc = stream.Next(i);
                var watch = Stopwatch.StartNew();
                resolver.Add(doc);
                times.Add(watch.Elapsed.TotalMicroseconds);
                work += resolver.LastAddWork;
                entityWork += resolver.LastAddEntityWork;
            }

            return work;
        }

        // When 2,010 documents are added, measuring the work of documents 21-30, 1,001-1,010 and 2,001-2,010
        var early = new List<double>();
        var middle = new List<double>();
        var late = new List<double>();
        var ignored = new List<double>();
        Work(0, 20, ignored);
        var earlyWork = Work(20, 30, early);
        Work(30, 1000, ignored);
        var middleWork = Work(1000, 1010, middle);
        Work(1010, 2000, ignored);
        var lateWork = Work(2000, 2010, late);
        output.WriteLine($"work units (name comparisons + claim-block entries read): docs 21-30 {earlyWork}, 1001-1010 {middleWork}, 2001-2010 {lateWork}");
        output.WriteLine($"median µs per add: {Median(early):0}, {Median(middle):0}, {Median(late):0} (unoptimised JIT early on)");

        // Then the work per document is bounded by the block caps and no longer grows between 1,000 and 2,000
        // documents (reaching the caps takes a few hundred documents of this dense synthetic case; the wall-clock
        // comparison of the 21st and 2,001st document is the bench command's job)
        Assert.True(lateWork <= 1.25 * middleWork, $"work grew from {middleWork} to {lateWork}");
        Assert.True(lateWork / 10 <= PerDocumentCap, $"{lateWork / 10} work units per document");
        Assert.True(resolver.Snapshot().Entities.Count > 100);
    }

    // 18 mentions x 12 candidates x 16 spellings + 6 claims x 32 block entries: the caps of the resolver.
    private const long PerDocumentCap = (18 * 12 * 16) + (6 * 32);

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
}
