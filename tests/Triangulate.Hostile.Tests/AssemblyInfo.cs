// Each test class is a collection, and two run at a time: most of the suite's time is spent starting the program
// and waiting for it. Tests that bound time (absolute bounds, doubling ratios) are the Timing collection: they run
// one at a time, after the others, with nothing of the suite beside them (measured on the shared machine: run
// beside another lane at load 27, ten of them went over their bounds).
[assembly: CollectionBehavior(CollectionBehavior.CollectionPerClass, MaxParallelThreads = 2)]

namespace Triangulate.Hostile.Tests;

/// <summary>Tests that bound the time of what they run: they run alone.</summary>
[CollectionDefinition("Timing", DisableParallelization = true)]
public sealed class TimingCollection;
