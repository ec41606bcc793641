using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Plans;
using SalesPlanning.Domain.Targets;

namespace SalesPlanning.UnitTests.Plans;

/// <summary>Plans and facts for the plan tests: December 2026 has five weeks (Tue 1 – Sun 6 … Mon 28 – Thu 31).</summary>
internal static class PlanFixtures
{
    public static readonly Period December = Period.From(2026, 12);
    public static readonly Guid Manager = Guid.NewGuid();
    public static readonly Guid Director = Guid.NewGuid();
    public static readonly DateTimeOffset Now = new(2026, 11, 25, 9, 0, 0, TimeSpan.FromHours(8));

    public static TargetsReadiness Ready { get; } = new([.. Enum.GetValues<Metric>().Select(m => new MetricReadiness(m, true, true, []))]);

    public static MonthlyPlan Draft() => MonthlyPlan.Start(Guid.NewGuid(), December, Manager, Now);

    /// <summary>A draft with every section filled in so that it may be submitted.</summary>
    public static MonthlyPlan Complete()
    {
        var plan = Draft();
        plan.SaveSection(new ReviewNarrative("Key account A renewed.", "Collections late: customer budgets (objective).", "Visit before quarter end."), Manager, Now);
        plan.SaveSection(new TargetBasis("Last year's December plus 8%."), Manager, Now);
        plan.SaveSection(FullForecast(), Manager, Now);
        plan.SaveSection(new TrackingContent([December.FirstDay.AddDays(6)], [new KpiWeight("Sales", 60m), new KpiWeight("Collections", 40m)]), Manager, Now);
        return plan;
    }

    public static ForecastContent FullForecast() =>
        new([.. December.Weeks().Select(w => new WeeklyForecast(w.Number, 100_000m, 40, 80_000m))], []);

    public static MonthlyPlan Submitted()
    {
        var plan = Complete();
        plan.Submit(Ready, Manager, Now.AddHours(1));
        return plan;
    }
}
