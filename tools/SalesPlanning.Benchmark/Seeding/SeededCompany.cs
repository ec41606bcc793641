using SalesPlanning.Domain.Common;

namespace SalesPlanning.Benchmark.Seeding;

/// <summary>A region, its manager (and the e-mail they sign in with) and its reps.</summary>
public sealed record SeededRegion(Guid Id, string Code, Guid ManagerId, string ManagerEmail, IReadOnlyList<Guid> RepIds);

/// <summary>A rep, the e-mail they sign in with, their region and the products they sell (their portfolio).</summary>
public sealed record SeededRep(Guid Id, string Email, Guid RegionId, IReadOnlyList<Guid> Portfolio);

/// <summary>
/// What the seeder made, for the operations to pick their actors and scopes from. Every user signs in
/// with <see cref="CompanySeeder.Password"/>.
/// </summary>
public sealed record SeededCompany(
    Period CurrentMonth,
    Guid DirectorId,
    string DirectorEmail,
    IReadOnlyList<SeededRegion> Regions,
    IReadOnlyList<SeededRep> Reps,
    IReadOnlyList<Guid> ProductIds);

/// <summary>How long one step of the seeding took.</summary>
public sealed record SeedStep(string Name, TimeSpan Elapsed, string Detail);

/// <summary>A table's rows and size on disk (with its indexes) after seeding.</summary>
public sealed record TableVolume(string Table, long Rows, long Bytes);
