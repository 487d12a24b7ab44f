// The browser tests are one test collection (one Chromium, one test at a time); the two builds from scratch of
// ReadmeStartTests are a class each. Three side by side, where xunit's default (one per core) would hold the third back
// on the 2-core machine (docs/architecture.md, "Tests and their time").
[assembly: CollectionBehavior(MaxParallelThreads = 3)]
