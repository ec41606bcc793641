using Microsoft.EntityFrameworkCore;
using SalesPlanning.Application.Actuals;
using SalesPlanning.Application.Common;
using SalesPlanning.Application.Persistence;
using SalesPlanning.Application.Targets;
using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Organisation;
using SalesPlanning.Domain.Targets;

namespace SalesPlanning.Application.Dashboards;

/// <summary>
/// The dashboards' read models (DESIGN §6), computed on the server with the access rules of DESIGN §8:
/// directors read every scope, a manager their regions and their reps, a rep only their own figures.
/// Actuals come only from <see cref="ActualsQuery"/>, grouped in SQL; targets from the targets tables
/// (region and rep targets, and product allocations of a scope's product breakdown).
/// </summary>
public sealed class DashboardService(
    ISalesPlanningDbFactory contexts, ActualsQuery actuals, TimeProvider time)
{
    public const int MaxTrendMonths = 36;

    /// <summary>Today in the server's time zone, the day time progress is measured on.</summary>
    public DateOnly Today => DateOnly.FromDateTime(time.GetLocalNow().DateTime);

    /// <summary>The month that contains today.</summary>
    public Period CurrentPeriod => Period.Containing(Today);

    /// <summary>Target, actual, achievement, time progress and pace of each metric of the scope in the month.</summary>
    public async Task<Result<ScopeAchievement>> AchievementAsync(
        Actor actor, TargetScope scope, Period period, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(period);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var access = await TargetAccess.ForAsync(db, actor, scope, cancellationToken);
        if (Refused<ScopeAchievement>(access) is { } refused)
        {
            return refused;
        }

        var targets = await ScopeTargets(db, scope).Where(t => t.PeriodKey == period.Key)
            .ToDictionaryAsync(t => t.Metric, t => t.Amount, cancellationToken);
        var totals = await actuals.TotalAsync(period, ActualsFilter.Of(scope), cancellationToken);
        var today = Today;
        var metrics = TargetService.Metrics
            .Select(m => MetricFigures.Of(m, targets.TryGetValue(m, out var t) ? t : null, totals.For(m), period, today))
            .ToList();
        return Result<ScopeAchievement>.Ok(new ScopeAchievement(scope.Kind, scope.Id, access.Scope!.Name, period, metrics));
    }

    /// <summary>Actual against target of a metric of the scope for <paramref name="months"/> months ending with <paramref name="last"/>.</summary>
    public async Task<Result<TrendView>> TrendAsync(
        Actor actor, TargetScope scope, Metric metric, Period last, int months, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(last);
        if (months is < 1 or > MaxTrendMonths)
        {
            return Result<TrendView>.Invalid(new Dictionary<string, string[]> { [nameof(months)] = [DashboardMessages.TrendMonths] });
        }

        if (!Enum.IsDefined(metric))
        {
            return Result<TrendView>.Invalid(new Dictionary<string, string[]> { [nameof(metric)] = [DashboardMessages.UnknownMetric] });
        }

        var periods = new List<Period> { last };
        while (periods.Count < months)
        {
            periods.Insert(0, periods[0].Previous());
        }

        Dictionary<int, decimal> targets;
        string name;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            var access = await TargetAccess.ForAsync(db, actor, scope, cancellationToken);
            if (Refused<TrendView>(access) is { } refused)
            {
                return refused;
            }

            name = access.Scope!.Name;
            var (first, end) = (periods[0].Key, last.Key);
            targets = await ScopeTargets(db, scope)
                .Where(t => t.Metric == metric && t.PeriodKey >= first && t.PeriodKey <= end)
                .ToDictionaryAsync(t => t.PeriodKey, t => t.Amount, cancellationToken);
        }

        // The months in one grouped query over the monthly summary.
        var totals = await actuals.TotalsByMonthAsync(periods, ActualsFilter.Of(scope), cancellationToken);
        var points = periods.Select((p, i) =>
        {
            decimal? target = targets.TryGetValue(p.Key, out var t) ? t : null;
            var actual = totals[i].For(metric);
            return new TrendPoint(p, target, actual, Domain.Performance.Figures.Achievement(actual, target ?? 0m));
        }).ToList();
        return Result<TrendView>.Ok(new TrendView(scope.Kind, scope.Id, name, metric, points));
    }

    /// <summary>
    /// The scope's actual of a metric summed week by week through the month, against the target
    /// prorated by days (the line an on-pace scope keeps above). The month's imported history has no
    /// date inside the month, so it counts from the first week.
    /// </summary>
    public async Task<Result<MonthToDateView>> MonthToDateAsync(
        Actor actor, TargetScope scope, Metric metric, Period period, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(period);
        if (!Enum.IsDefined(metric))
        {
            return Result<MonthToDateView>.Invalid(new Dictionary<string, string[]> { [nameof(metric)] = [DashboardMessages.UnknownMetric] });
        }

        decimal? target;
        string name;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            var access = await TargetAccess.ForAsync(db, actor, scope, cancellationToken);
            if (Refused<MonthToDateView>(access) is { } refused)
            {
                return refused;
            }

            name = access.Scope!.Name;
            target = await ScopeTargets(db, scope).Where(t => t.PeriodKey == period.Key && t.Metric == metric)
                .Select(t => (decimal?)t.Amount).SingleOrDefaultAsync(cancellationToken);
        }

        var month = await actuals.ByWeekAsync(period, ActualsFilter.Of(scope), cancellationToken);
        var today = Today;
        var sum = month.History.For(metric);
        var points = new List<MonthToDatePoint>();
        foreach (var week in period.Weeks())
        {
            sum += month.Weeks.TryGetValue(week.Number, out var totals) ? totals.For(metric) : 0m;
            var begun = week.Start <= today;
            points.Add(new MonthToDatePoint(week.Number, week.End, begun ? sum : null, target is { } t ? Prorated(metric, t, week.End, period) : null));
        }

        return Result<MonthToDateView>.Ok(new MonthToDateView(scope.Kind, scope.Id, name, metric, period, target, points));
    }

    /// <summary>The share of a month's target due by <paramref name="day"/>: to the cent, or whole units for volume.</summary>
    private static decimal Prorated(Metric metric, decimal target, DateOnly day, Period period) =>
        decimal.Round(target * day.Day / period.DaysInMonth, MetricRules.Decimals(metric), MidpointRounding.AwayFromZero);

    /// <summary>
    /// The scope's figures of a metric in the month split along a dimension: the company by region or
    /// product, a region by rep (the team table) or product, a rep by product. Three queries whatever the size.
    /// </summary>
    public async Task<Result<BreakdownTable>> BreakdownAsync(
        Actor actor, TargetScope scope, Dimension dimension, Metric metric, Period period, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(period);
        if (dimension == Dimension.CustomerSegment || !scope.CanBreakDownAlong(dimension) || !Enum.IsDefined(metric))
        {
            return Result<BreakdownTable>.Invalid(new Dictionary<string, string[]> { [nameof(dimension)] = [DashboardMessages.DimensionNotShown] });
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var access = await TargetAccess.ForAsync(db, actor, scope, cancellationToken);
        if (Refused<BreakdownTable>(access) is { } refused)
        {
            return refused;
        }

        var members = await MembersAsync(db, scope, dimension, cancellationToken);
        var targets = await ChildTargetsAsync(db, scope, dimension, metric, period, members.Select(m => m.Id).ToList(), cancellationToken);
        var byMember = await actuals.ByAsync(period, dimension, ActualsFilter.Of(scope), cancellationToken);
        var lastEntries = dimension == Dimension.Rep ? await LastEntriesAsync(db, members, cancellationToken) : [];

        // Products are many: list those with a target or a sale this month, in code order.
        if (dimension == Dimension.Product)
        {
            members = [.. members.Where(m => targets.ContainsKey(m.Id) || byMember.ContainsKey(m.Id))];
        }

        var today = Today;
        var rows = members.Select(m =>
        {
            decimal? target = targets.TryGetValue(m.Id, out var t) ? t : null;
            var figures = MetricFigures.Of(metric, target, byMember.TryGetValue(m.Id, out var a) ? a.For(metric) : 0m, period, today);
            return new BreakdownRow(m.Id, m.Code, m.Name, m.NameEn, target, figures.Actual, figures.Achievement, figures.OnPace,
                lastEntries.TryGetValue(m.Id, out var last) ? last : null);
        }).ToList();
        return Result<BreakdownTable>.Ok(new BreakdownTable(
            scope.Kind, scope.Id, access.Scope!.Name, dimension, metric, period, Domain.Performance.Figures.TimeProgress(period, today), rows));
    }

    /// <summary>When each rep last saved a weekly entry (any month), one grouped query.</summary>
    private static async Task<Dictionary<Guid, DateTimeOffset>> LastEntriesAsync(
        ISalesPlanningDb db, List<Member> reps, CancellationToken cancellationToken)
    {
        var ids = reps.Select(r => r.Id).ToList();
        return await db.ProgressEntries.AsNoTracking()
            .Where(e => ids.Contains(e.RepId))
            .GroupBy(e => e.RepId)
            .Select(g => new { RepId = g.Key, Last = g.Max(e => e.UpdatedAt) })
            .ToDictionaryAsync(x => x.RepId, x => x.Last, cancellationToken);
    }

    private static Result<T>? Refused<T>(TargetAccess access) =>
        access.Scope is null ? Result<T>.NotFound() : access.CanRead ? null : Result<T>.Forbidden();

    private static IQueryable<Target> ScopeTargets(ISalesPlanningDb db, TargetScope scope) =>
        db.Targets.AsNoTracking().Where(t => t.ScopeKind == scope.Kind && t.ScopeId == scope.Id);

    private sealed record Member(Guid Id, string Code, string Name, string? NameEn);

    private static async Task<List<Member>> MembersAsync(
        ISalesPlanningDb db, TargetScope scope, Dimension dimension, CancellationToken cancellationToken) => dimension switch
    {
        Dimension.Region => await db.Regions.AsNoTracking().Where(r => r.IsActive).OrderBy(r => r.Code)
            .Select(r => new Member(r.Id, r.Code, r.Name, null)).ToListAsync(cancellationToken),
        Dimension.Rep => await db.RegionMemberships.AsNoTracking()
            .Where(m => m.RegionId == scope.Id && m.Role == MemberRole.Rep)
            .Join(db.Users, m => m.UserId, u => u.Id, (_, u) => new { u.Id, u.Email, u.DisplayName })
            .OrderBy(u => u.Email)
            .Select(u => new Member(u.Id, u.Email ?? "", u.DisplayName, null)).ToListAsync(cancellationToken),
        _ => await db.Products.AsNoTracking().OrderBy(p => p.Code)
            .Select(p => new Member(p.Id, p.Code, p.NameZh, p.NameEn)).ToListAsync(cancellationToken),
    };

    /// <summary>Region and rep targets of the members; for products the allocations of the scope's product breakdown.</summary>
    private static async Task<Dictionary<Guid, decimal>> ChildTargetsAsync(
        ISalesPlanningDb db, TargetScope scope, Dimension dimension, Metric metric, Period period, List<Guid> memberIds,
        CancellationToken cancellationToken)
    {
        if (dimension == Dimension.Product)
        {
            return await (
                    from t in db.Targets
                    join b in db.TargetBreakdowns on t.Id equals b.TargetId
                    join a in db.TargetAllocations on b.Id equals a.BreakdownId
                    where t.PeriodKey == period.Key && t.Metric == metric && t.ScopeKind == scope.Kind && t.ScopeId == scope.Id
                        && b.Dimension == Dimension.Product
                    select new { a.MemberId, a.Amount })
                .AsNoTracking()
                .ToDictionaryAsync(a => a.MemberId, a => a.Amount, cancellationToken);
        }

        var kind = dimension == Dimension.Region ? ScopeKind.Region : ScopeKind.Rep;
        var ids = memberIds.Select(id => (Guid?)id).ToList();
        return await db.Targets.AsNoTracking()
            .Where(t => t.PeriodKey == period.Key && t.Metric == metric && t.ScopeKind == kind && ids.Contains(t.ScopeId))
            .ToDictionaryAsync(t => t.ScopeId!.Value, t => t.Amount, cancellationToken);
    }
}
