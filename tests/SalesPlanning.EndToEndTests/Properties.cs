// Test classes run in parallel, two at a time: each starts its own app, all share one Chromium.
[assembly: CollectionBehavior(MaxParallelThreads = 2)]
