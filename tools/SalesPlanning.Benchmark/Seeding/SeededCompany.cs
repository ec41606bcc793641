using SalesPlanning.Domain.Common;

namespace SalesPlanning.Benchmark.Seeding;

public sealed record SeededRegion(Guid Id, string Code, Guid ManagerId, IReadOnlyList<Guid> RepIds);

/// <summary>A rep, their region and the products they sell (their portfolio).</summary>
public sealed record SeededRep(Guid Id, Guid RegionId, IReadOnlyList<Guid> Portfolio);

/// <summary>What the seeder made, for the operations to pick their actors and scopes from.</summary>
public sealed record SeededCompany(
    Period CurrentMonth,
    Guid DirectorId,
    IReadOnlyList<SeededRegion> Regions,
    IReadOnlyList<SeededRep> Reps,
    IReadOnlyList<Guid> ProductIds);

/// <summary>How long one step of the seeding took.</summary>
public sealed record SeedStep(string Name, TimeSpan Elapsed, string Detail);

/// <summary>A table's rows and size on disk (with its indexes) after seeding.</summary>
public sealed record TableVolume(string Table, long Rows, long Bytes);
