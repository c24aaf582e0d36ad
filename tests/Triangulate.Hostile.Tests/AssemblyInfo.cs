// The suite bounds time and memory of real processes: tests run one at a time so that they measure the program,
// not each other.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
