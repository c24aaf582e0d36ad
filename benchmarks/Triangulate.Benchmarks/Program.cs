using BenchmarkDotNet.Running;

// Run all benchmarks, or pick with --filter '*EntityTagging*'.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
