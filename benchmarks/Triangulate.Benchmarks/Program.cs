using BenchmarkDotNet.Running;
using Triangulate.Benchmarks;

// `corpus FOLDER` measures the per-document pipeline on a folder of .txt files (as PEERS.md does: untimed pass over
// the odd-numbered files, timed pass over the even-numbered ones); anything else goes to BenchmarkDotNet, e.g.
// --filter '*EntityTagging*'.
if (args.Length == 2 && args[0] == "corpus")
{
    CorpusThroughput.Run(args[1]);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
