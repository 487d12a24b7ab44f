// Test classes run side by side, four at a time (xunit's default is one per core: two on the 2-core machine the suite must
// fit in 8 minutes on). Many web tests spend part of their time waiting rather than computing: on PostgreSQL, on
// LibreOffice or a child app process, on a background job's debounce. Each class's own tests still run one at a time
// (docs/architecture.md, "Tests and their time").
[assembly: CollectionBehavior(MaxParallelThreads = 4)]
