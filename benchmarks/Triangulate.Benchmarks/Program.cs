using BenchmarkDotNet.Running;
using Triangulate.Benchmarks;

// `corpus FOLDER` measures the per-document pipeline on a folder of .txt files (as PEERS.md does: untimed pass over
// the odd-numbered files, timed pass over the even-numbered ones); anything else goes to BenchmarkDotNet, e.g.
// --filter '*EntityTagging*'. `stages FOLDER [PASSES]` times each stage
// in thread CPU time; `dump OUT FOLDER...` writes every annotation of the default pipeline, for diffing builds.
if (args.Length == 2 && args[0] == "corpus")
{
    CorpusThroughput.Run(args[1]);
    return;
}

if (args.Length >= 3 && args[0] == "dump")
{
    AnnotationDump.Run(args[1], args[2..]);
    return;
}

if (args.Length is 2 or 3 && args[0] == "stages")
{
    StageTimes.Run(args[1], args.Length == 3 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 3);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
