using Npgsql;
using SalesPlanning.Application.Common;
using SalesPlanning.Application.Identity;
using SalesPlanning.Application.Progress;
using SalesPlanning.Benchmark.Seeding;
using SalesPlanning.Domain.Progress;
using SalesPlanning.Domain.Targets;

namespace SalesPlanning.Benchmark.Measuring;

/// <summary>
/// What users wait on, through the application services: each role's home (achievement, breakdowns,
/// trend, month-to-date, alerts), the plans, the targets and the weekly entry. Calls that name a region
/// or a rep take a different one each time (call i: region i, every 37th rep), as many users would.
/// </summary>
internal static class Operations
{
    public static IReadOnlyList<Operation> All(AppServices services, SeededCompany company, NpgsqlDataSource dataSource)
    {
        var month = company.CurrentMonth;
        var director = new Actor(company.DirectorId, Set(Roles.Director), company.DirectorEmail);
        SeededRegion Region(int i) => company.Regions[i % company.Regions.Count];
        Actor Manager(SeededRegion region) => new(region.ManagerId, Set(Roles.Manager), $"manager of {region.Code}");
        SeededRep Rep(int i) => company.Reps[(i * 37) % company.Reps.Count];
        Actor RepActor(SeededRep rep) => new(rep.Id, Set(Roles.Rep), $"rep {rep.Id}");
        var dashboards = services.Dashboards;

        Func<int, CancellationToken, Task<Func<Task<int>>>> EachRegion(Func<SeededRegion, Actor, CancellationToken, Task<int>> call) =>
            (i, ct) =>
            {
                var region = Region(i);
                var manager = Manager(region);
                return Task.FromResult<Func<Task<int>>>(() => call(region, manager, ct));
            };

        Func<int, CancellationToken, Task<Func<Task<int>>>> EachRep(Func<SeededRep, Actor, CancellationToken, Task<int>> call) =>
            (i, ct) =>
            {
                var rep = Rep(i);
                var actor = RepActor(rep);
                return Task.FromResult<Func<Task<int>>>(() => call(rep, actor, ct));
            };

        return
        [
            new("Dashboards", "Achievement: the company (director)", Call(async ct =>
                Ok(await dashboards.AchievementAsync(director, TargetScope.Company, month, ct)).Metrics.Count)),
            new("Dashboards", "Achievement: a region (its manager)", EachRegion((r, manager, ct) =>
                Count(dashboards.AchievementAsync(manager, TargetScope.ForRegion(r.Id), month, ct), a => a.Metrics.Count))),
            new("Dashboards", "Achievement: a rep (the rep)", EachRep((rep, actor, ct) =>
                Count(dashboards.AchievementAsync(actor, TargetScope.ForRep(rep.Id), month, ct), a => a.Metrics.Count))),
            new("Dashboards", "Breakdown: the company by region (director)", Call(async ct =>
                Ok(await dashboards.BreakdownAsync(director, TargetScope.Company, Dimension.Region, Metric.SalesAmount, month, ct)).Rows.Count)),
            new("Dashboards", "Team table: a region by rep (its manager)", EachRegion((r, manager, ct) =>
                Count(dashboards.BreakdownAsync(manager, TargetScope.ForRegion(r.Id), Dimension.Rep, Metric.SalesAmount, month, ct), t => t.Rows.Count))),
            new("Dashboards", "Breakdown: the company by product (director)", Call(async ct =>
                Ok(await dashboards.BreakdownAsync(director, TargetScope.Company, Dimension.Product, Metric.SalesAmount, month, ct)).Rows.Count)),
            new("Dashboards", "Breakdown: a region by product (its manager)", EachRegion((r, manager, ct) =>
                Count(dashboards.BreakdownAsync(manager, TargetScope.ForRegion(r.Id), Dimension.Product, Metric.SalesAmount, month, ct), t => t.Rows.Count))),
            new("Dashboards", "Trend, 12 months: the company (director)", Call(async ct =>
                Ok(await dashboards.TrendAsync(director, TargetScope.Company, Metric.SalesAmount, month, 12, ct)).Points.Count)),
            new("Dashboards", "Trend, 12 months: a rep (the rep)", EachRep((rep, actor, ct) =>
                Count(dashboards.TrendAsync(actor, TargetScope.ForRep(rep.Id), Metric.SalesAmount, month, 12, ct), t => t.Points.Count))),
            new("Dashboards", "Month to date: a rep (the rep)", EachRep((rep, actor, ct) =>
                Count(dashboards.MonthToDateAsync(actor, TargetScope.ForRep(rep.Id), Metric.SalesAmount, month, ct), m => m.Points.Count))),
            new("Dashboards", "Alerts: every region (director)", Call(async ct =>
                Ok(await services.Alerts.ListAsync(director, ct)).Count)),
            new("Dashboards", "Alerts: one region (its manager)", EachRegion((_, manager, ct) =>
                Count(services.Alerts.ListAsync(manager, ct), a => a.Count))),

            new("Plans", "Plans of the month (director)", Call(async ct =>
                Ok(await services.Plans.MonthAsync(director, month, ct)).Count)),
            new("Plans", "Plans waiting for review (director)", Call(async ct =>
                Ok(await services.Plans.WaitingForReviewAsync(director, ct)).Count)),
            new("Plans", "§4.1 last-month review: a region (its manager)", EachRegion((r, manager, ct) =>
                Count(services.PlanReview.ForAsync(manager, r.Id, month, ct), f => f.ByRep.Count + f.ByProduct.Count))),

            new("Targets", "Targets: the company (director)", Call(async ct =>
                Ok(await services.Targets.GetTargetsAsync(director, month, TargetScope.Company, ct)).Metrics.Count)),
            new("Targets", "Targets: a region (its manager)", EachRegion((r, manager, ct) =>
                Count(services.Targets.GetTargetsAsync(manager, month, TargetScope.ForRegion(r.Id), ct), t => t.Metrics.Count))),
            new("Targets", "Breakdown editor: the company by region (director)", Call(async ct =>
                Ok(await services.Targets.GetBreakdownAsync(director, month, Metric.SalesAmount, TargetScope.Company, Dimension.Region, ct)).Lines.Count)),
            new("Targets", "Breakdown editor: a region by rep (its manager)", EachRegion((r, manager, ct) =>
                Count(services.Targets.GetBreakdownAsync(manager, month, Metric.SalesAmount, TargetScope.ForRegion(r.Id), Dimension.Rep, ct), b => b.Lines.Count))),

            new("Progress", "My weeks: a rep's month (the rep)", EachRep((rep, actor, ct) =>
                Count(services.Progress.GetMonthAsync(actor, month, null, ct), m => m.Weeks.Count))),
            new("Progress", "Save a week: a rep replaces week 1 with a 3-product split", async (i, ct) =>
            {
                // Each call a different rep (the call's number picks one), so every save is a real change.
                var rep = company.Reps[((i * 37) + 11) % company.Reps.Count];
                var version = await VersionAsync(dataSource, rep.Id, month.Key, ct);
                var lines = rep.Portfolio.Take(3)
                    .Select((p, k) => new ProductFigures(p, 1_000m + (k * 1_000m) + i, 2 + k, 800m + (k * 700m)))
                    .ToList();
                var request = new SaveProgressEntry(
                    month, 1,
                    new WeeklyFigures(lines.Sum(l => l.SalesAmount), lines.Sum(l => l.SalesVolume), lines.Sum(l => l.Collections), 5, 1, 8, 30, 0, NewCustomerSales: 500m),
                    "基准测试：更新第一周。", lines, version);
                var actor = RepActor(rep);
                return async () => Ok(await services.Progress.SaveWeekAsync(actor, request, ct)).Lines.Count;
            }),
        ];
    }

    private static HashSet<string> Set(string role) => new(StringComparer.Ordinal) { role };

    /// <summary>A call that needs no preparation.</summary>
    private static Func<int, CancellationToken, Task<Func<Task<int>>>> Call(Func<CancellationToken, Task<int>> call) =>
        (_, ct) => Task.FromResult<Func<Task<int>>>(() => call(ct));

    private static async Task<int> Count<T>(Task<Result<T>> call, Func<T, int> count) => count(Ok(await call));

    private static T Ok<T>(Result<T> result) =>
        result.IsOk
            ? result.Value!
            : throw new InvalidOperationException(
                $"The service answered {result.Status}: {string.Join("; ", result.Errors.SelectMany(e => e.Value.Select(v => $"{e.Key}: {v}")))}");

    /// <summary>The version (xmin) of the rep's week 1 entry, as the page read it before the save; null when there is none.</summary>
    private static async Task<uint?> VersionAsync(NpgsqlDataSource dataSource, Guid repId, int periodKey, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT xmin FROM progress_entries WHERE rep_id = $1 AND period_key = $2 AND week_number = 1");
        command.Parameters.Add(new NpgsqlParameter { Value = repId });
        command.Parameters.Add(new NpgsqlParameter { Value = periodKey });
        var version = await command.ExecuteScalarAsync(cancellationToken);
        return version is uint value ? value : null;
    }
}
