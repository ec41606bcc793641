using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Targets;

namespace SalesPlanning.UnitTests.Targets;

/// <summary>Builders for the target tests.</summary>
internal static class TestTargets
{
    public static readonly Period December2026 = Period.From(2026, 12);

    public static Target Company(decimal amount = 3_200_000.00m, Metric metric = Metric.SalesAmount) =>
        Target.Create(December2026, metric, TargetScope.Company, amount);

    public static Target Region(decimal amount = 800_000.00m, Metric metric = Metric.SalesAmount) =>
        Target.Create(December2026, metric, TargetScope.ForRegion(Guid.NewGuid()), amount);

    public static Target Rep(decimal amount = 100m, Metric metric = Metric.SalesVolume) =>
        Target.Create(December2026, metric, TargetScope.ForRep(Guid.NewGuid()), amount);

    public static Guid[] Members(int count) => Enumerable.Range(0, count).Select(_ => Guid.NewGuid()).ToArray();

    public static HashSet<Guid> Allowed(params Guid[] members) => [.. members];

    public static Dictionary<Guid, decimal> Amounts(Guid[] members, params decimal[] amounts) =>
        members.Zip(amounts).ToDictionary(p => p.First, p => p.Second);
}
