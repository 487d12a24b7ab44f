namespace Tanpan.Documents.Tests.ActivityFiles.Hostile;

/// <summary>
/// Tests that measure the process's managed memory: run alone (xunit runs a collection without parallelization after
/// the others, one test at a time), so no other test's allocations enter their figures.
/// </summary>
[CollectionDefinition(nameof(MemoryMeasured), DisableParallelization = true)]
public sealed class MemoryMeasured;
