using Microsoft.EntityFrameworkCore;
using SalesPlanning.Application.Persistence;
using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Incentives;
using SalesPlanning.Domain.Targets;

namespace SalesPlanning.Application.Actuals;

/// <summary>Actual sales, volume and collections of some scope in one month.</summary>
public sealed record ActualTotals(decimal SalesAmount, long SalesVolume, decimal Collections)
{
    public static ActualTotals Zero { get; } = new(0m, 0, 0m);

    public static ActualTotals operator +(ActualTotals left, ActualTotals right) =>
        new(left.SalesAmount + right.SalesAmount, left.SalesVolume + right.SalesVolume, left.Collections + right.Collections);

    public decimal For(Metric metric) => metric switch
    {
        Metric.SalesAmount => SalesAmount,
        Metric.SalesVolume => SalesVolume,
        Metric.Collections => Collections,
        _ => throw new ArgumentOutOfRangeException(nameof(metric), metric, null),
    };
}

/// <summary>
/// A sales amount split by customers (DESIGN §7): sold to new customers, to existing ones, and not
/// split — the imported history, which does not say who bought.
/// </summary>
public sealed record CustomerSplit(decimal NewCustomers, decimal ExistingCustomers, decimal NotSplit)
{
    public static CustomerSplit Zero { get; } = new(0m, 0m, 0m);

    public decimal SalesAmount => NewCustomers + ExistingCustomers + NotSplit;

    /// <summary>New customers' share of the split sales; null when nothing was split.</summary>
    public decimal? NewShare => NewCustomers + ExistingCustomers == 0m ? null : NewCustomers / (NewCustomers + ExistingCustomers);

    public static CustomerSplit operator +(CustomerSplit left, CustomerSplit right) =>
        new(left.NewCustomers + right.NewCustomers, left.ExistingCustomers + right.ExistingCustomers, left.NotSplit + right.NotSplit);
}

/// <summary>
/// A month's activity counts from the weekly entries (the imported history has none): orders, new
/// customers, visits to existing customers, calls and lost customers.
/// </summary>
public sealed record ActivityTotals(long Orders, long NewCustomers, long Visits, long Calls, long LostCustomers)
{
    public static ActivityTotals Zero { get; } = new(0, 0, 0, 0, 0);
}

/// <summary>A week a rep reported, and when they first saved it.</summary>
public sealed record WeekReported(int Week, DateTimeOffset EnteredAt);

/// <summary>A month's actuals by week number (weekly entries) and the month's imported history, which has no week.</summary>
public sealed record MonthByWeek(ActualTotals History, IReadOnlyDictionary<int, ActualTotals> Weeks);

/// <summary>
/// A month's revision of its targets and actuals (<see cref="ActualsQuery.RevisionsAsync"/>): equal between two reads
/// only when nothing changed the month's figures in between. Every change draws a new, larger number from one sequence:
/// into <see cref="Targets"/> (any target of the month), <see cref="ActualsRemoved"/> (a region's row removed), or a
/// region row's own revision, so <see cref="RegionRows"/> or <see cref="RegionRevisionSum"/> change.
/// </summary>
public sealed record FiguresRevision(int PeriodKey, long Targets, long ActualsRemoved, int RegionRows, decimal RegionRevisionSum);

/// <summary>Narrows actuals to a region, a rep and/or a product; null means all.</summary>
public sealed record ActualsFilter(Guid? RegionId = null, Guid? RepId = null, Guid? ProductId = null)
{
    public static ActualsFilter All { get; } = new();

    /// <summary>The actuals of a target's scope: a region's, a rep's, or (the company) all.</summary>
    public static ActualsFilter Of(TargetScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return scope.Kind switch
        {
            ScopeKind.Region => new ActualsFilter(RegionId: scope.Id),
            ScopeKind.Rep => new ActualsFilter(RepId: scope.Id),
            _ => All,
        };
    }
}

/// <summary>
/// The one place every figure reads actuals from: the imported monthly history (per rep, product
/// and region) plus the reps' weekly progress entries of the month. A weekly entry counts toward
/// its rep's and region's totals; it counts toward a product only through its product split, so
/// an entry without a split adds to the rep and region but to no product (filtering or grouping by
/// product sees only history and split lines). The region of a weekly entry is the rep's region
/// when it was entered.
/// <para>
/// Figures by region, by rep or of a scope read the monthly summaries the database keeps per rep, month
/// and region (<see cref="RepMonthActual"/>) and per region and month (<see cref="RegionMonthActual"/>, ADR 0009):
/// a month of the whole company is a sum over one row per region, and several months are one query. Figures by product read the raw rows of the month (the
/// history and the month's split lines); week by week and the weeks reported read the month's entries.
/// </para>
/// </summary>
public sealed class ActualsQuery(ISalesPlanningDbFactory contexts)
{
    /// <summary>
    /// The month's actuals grouped by region, rep or product. Customer segments are not in the
    /// history, so grouping by them returns nothing (split helpers then split evenly).
    /// </summary>
    public async Task<IReadOnlyDictionary<Guid, ActualTotals>> ByAsync(
        Period period, Dimension groupBy, ActualsFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (groupBy == Dimension.CustomerSegment)
        {
            return new Dictionary<Guid, ActualTotals>();
        }

        if (groupBy != Dimension.Product && filter.ProductId is null)
        {
            return (await ByMonthsAsync([period], groupBy, filter, cancellationToken))[0];
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await ProductRows(db, period, filter, groupBy, cancellationToken);
        return rows.GroupBy(r => r.Key)
            .ToDictionary(g => g.Key, g => new ActualTotals(g.Sum(a => a.Amount), g.Sum(a => a.Volume), g.Sum(a => a.Collections)));
    }

    public async Task<ActualTotals> TotalAsync(Period period, ActualsFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (filter.ProductId is null)
        {
            return (await TotalsByMonthAsync([period], filter, cancellationToken))[0];
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await ProductRows(db, period, filter, null, cancellationToken);
        return rows.Count == 0
            ? ActualTotals.Zero
            : new ActualTotals(rows.Sum(a => a.Amount), rows.Sum(a => a.Volume), rows.Sum(a => a.Collections));
    }

    /// <summary>
    /// Several months' actuals grouped by region or rep, in the order of <paramref name="months"/>: one grouped
    /// query over the monthly summary, whatever the number of months (a trend, the alerts' runs).
    /// </summary>
    public async Task<IReadOnlyList<IReadOnlyDictionary<Guid, ActualTotals>>> ByMonthsAsync(
        IReadOnlyList<Period> months, Dimension groupBy, ActualsFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(months);
        NotByProduct(filter);
        var keys = months.Select(m => m.Key).ToList();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // By region the database sums (over the per-region summary, its rows are the groups). By rep the per-rep rows nearly
        // are the groups (a rep has one region a month, seldom two): they are summed below, ~10× faster than PostgreSQL
        // hashing thousands of numeric groups.
        var rows = groupBy switch
        {
            Dimension.Region => await SummaryFigures(db, keys, filter, perRep: false).GroupBy(s => new { s.PeriodKey, s.RegionId })
                .Select(g => new Flat
                {
                    PeriodKey = g.Key.PeriodKey, RegionId = g.Key.RegionId,
                    Amount = g.Sum(s => s.Amount), Volume = g.Sum(s => s.Volume), Collections = g.Sum(s => s.Collections),
                })
                .ToListAsync(cancellationToken),
            Dimension.Rep => await SummaryFigures(db, keys, filter, perRep: true).ToListAsync(cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(groupBy), groupBy, "Months at once are grouped by region or rep."),
        };
        var byMonth = keys.Distinct().ToDictionary(k => k, _ => new Dictionary<Guid, ActualTotals>());
        foreach (var row in rows)
        {
            var month = byMonth[row.PeriodKey];
            var key = groupBy == Dimension.Rep ? row.RepId : row.RegionId;
            month[key] = month.GetValueOrDefault(key, ActualTotals.Zero) + new ActualTotals(row.Amount, row.Volume, row.Collections);
        }

        return [.. keys.Select(k => (IReadOnlyDictionary<Guid, ActualTotals>)byMonth[k])];
    }

    /// <summary>Several months' totals of a scope, in the order of <paramref name="months"/>: one grouped query over the monthly summary.</summary>
    public async Task<IReadOnlyList<ActualTotals>> TotalsByMonthAsync(
        IReadOnlyList<Period> months, ActualsFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(months);
        NotByProduct(filter);
        var keys = months.Select(m => m.Key).ToList();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await SummaryFigures(db, keys, filter, perRep: false).GroupBy(s => s.PeriodKey)
            .Select(g => new { PeriodKey = g.Key, Amount = g.Sum(s => s.Amount), Volume = g.Sum(s => s.Volume), Collections = g.Sum(s => s.Collections) })
            .ToDictionaryAsync(r => r.PeriodKey, cancellationToken);
        return [.. keys.Select(k => rows.TryGetValue(k, out var r) ? new ActualTotals(r.Amount, r.Volume, r.Collections) : ActualTotals.Zero)];
    }

    /// <summary>
    /// Each month's revision of its figures, in the order of <paramref name="months"/>: it differs from one read to the
    /// next when anything changed the month's targets or actuals in between (<see cref="MonthRevision"/>). Read before
    /// the figures it stands for, so figures kept under it are never older than it. Two small queries.
    /// </summary>
    public async Task<IReadOnlyList<FiguresRevision>> RevisionsAsync(IReadOnlyList<Period> months, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(months);
        var keys = months.Select(m => m.Key).ToList();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var marks = await db.MonthRevisions.AsNoTracking().Where(r => keys.Contains(r.PeriodKey))
            .ToDictionaryAsync(r => r.PeriodKey, cancellationToken);
        var rows = await db.RegionMonthActuals.AsNoTracking().Where(r => keys.Contains(r.PeriodKey))
            .GroupBy(r => r.PeriodKey)
            .Select(g => new { PeriodKey = g.Key, Rows = g.Count(), Sum = g.Sum(r => (decimal)r.Revision) })
            .ToDictionaryAsync(r => r.PeriodKey, cancellationToken);
        return [.. keys.Select(k => new FiguresRevision(
            k,
            marks.TryGetValue(k, out var mark) ? mark.Targets : 0,
            marks.TryGetValue(k, out mark) ? mark.ActualsRemoved : 0,
            rows.TryGetValue(k, out var row) ? row.Rows : 0,
            rows.TryGetValue(k, out row) ? row.Sum : 0m))];
    }

    /// <summary>
    /// The month's actuals week by week, for month-to-date lines: the weekly entries summed per week
    /// number, and apart from them the imported history of the month, which has no date inside it.
    /// </summary>
    public async Task<MonthByWeek> ByWeekAsync(Period period, ActualsFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (filter.ProductId is not null)
        {
            throw new ArgumentException("Week by week totals are not split by product.", nameof(filter));
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var history = await Summed(
            History(db, period, filter).Select(a => new Flat { Amount = a.SalesAmount, Volume = a.SalesVolume, Collections = a.Collections }),
            null, cancellationToken);
        var entries = Entries(db, period, filter);
        var weeks = await entries.GroupBy(e => e.WeekNumber)
            .Select(g => new { Week = g.Key, Amount = g.Sum(e => e.Figures.SalesAmount), Volume = g.Sum(e => e.Figures.SalesVolume), Collections = g.Sum(e => e.Figures.Collections) })
            .ToListAsync(cancellationToken);
        return new MonthByWeek(
            history.Count == 0 ? ActualTotals.Zero : new ActualTotals(history[0].Amount, history[0].Volume, history[0].Collections),
            weeks.ToDictionary(w => w.Week, w => new ActualTotals(w.Amount, w.Volume, w.Collections)));
    }

    /// <summary>
    /// The month's sales amount per rep split into new and existing customers (weekly entries) and
    /// not split (the imported history). One grouped query over the monthly summary.
    /// </summary>
    public async Task<IReadOnlyDictionary<Guid, CustomerSplit>> CustomerSplitByRepAsync(
        Period period, ActualsFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (filter.ProductId is not null)
        {
            throw new ArgumentException("The customer split is not kept by product.", nameof(filter));
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await Summary(db, [period.Key], filter).GroupBy(s => s.RepId)
            .Select(g => new { RepId = g.Key, Amount = g.Sum(s => s.SalesAmount), History = g.Sum(s => s.HistorySalesAmount), New = g.Sum(s => s.NewCustomerSales) })
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.RepId, r => new CustomerSplit(r.New, r.Amount - r.History - r.New, r.History));
    }

    /// <summary>
    /// The month's collections per rep by the age of the receivables they settled (seed 003 十.3): weekly entries
    /// as the rep split them; imported history, which has no age, as up to 3 months. One grouped query over the monthly summary.
    /// </summary>
    public async Task<IReadOnlyDictionary<Guid, CollectionsByAge>> AgedCollectionsByRepAsync(
        Period period, ActualsFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (filter.ProductId is not null)
        {
            throw new ArgumentException("The age of collections is not kept by product.", nameof(filter));
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await Summary(db, [period.Key], filter).GroupBy(s => s.RepId)
            .Select(g => new
            {
                RepId = g.Key,
                Collections = g.Sum(s => s.Collections),
                From3To6 = g.Sum(s => s.Collections3To6Months),
                Over6 = g.Sum(s => s.CollectionsOver6Months),
            })
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.RepId, r => new CollectionsByAge(r.Collections - r.From3To6 - r.Over6, r.From3To6, r.Over6));
    }

    /// <summary>The month's activity counts per rep (reps with a weekly entry), from the monthly summary (one grouped query).</summary>
    public async Task<IReadOnlyDictionary<Guid, ActivityTotals>> ActivityByRepAsync(
        Period period, ActualsFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await Summary(db, [period.Key], filter).Where(s => s.WeeklyEntries > 0).GroupBy(s => s.RepId)
            .Select(g => new
            {
                RepId = g.Key,
                Orders = g.Sum(s => s.Orders),
                NewCustomers = g.Sum(s => s.NewCustomers),
                Visits = g.Sum(s => s.ExistingCustomerVisits),
                Calls = g.Sum(s => s.Calls),
                Lost = g.Sum(s => s.LostCustomers),
            })
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.RepId, r => new ActivityTotals(r.Orders, r.NewCustomers, r.Visits, r.Calls, r.Lost));
    }

    /// <summary>The weeks of the month each rep reported, with when each was first saved.</summary>
    public async Task<IReadOnlyDictionary<Guid, IReadOnlyList<WeekReported>>> WeeksReportedByRepAsync(
        Period period, ActualsFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await Entries(db, period, filter).Select(e => new { e.RepId, e.WeekNumber, e.EnteredAt }).ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.RepId).ToDictionary(
            g => g.Key,
            g => (IReadOnlyList<WeekReported>)[.. g.OrderBy(r => r.WeekNumber).Select(r => new WeekReported(r.WeekNumber, r.EnteredAt))]);
    }

    /// <summary>Sums per group (Guid.Empty for the total), summed in the database: history rows, then weekly rows.</summary>
    private sealed record Row(Guid Key, decimal Amount, long Volume, decimal Collections);

    private sealed class Flat
    {
        public int PeriodKey { get; init; }
        public Guid RegionId { get; init; }
        public Guid RepId { get; init; }
        public Guid ProductId { get; init; }
        public decimal Amount { get; init; }
        public long Volume { get; init; }
        public decimal Collections { get; init; }
    }

    /// <summary>
    /// A month's figures by product or of one product, from the raw rows: the history and the month's split lines
    /// (the monthly summary is per rep, not per product).
    /// </summary>
    private static async Task<List<Row>> ProductRows(
        ISalesPlanningDb db, Period period, ActualsFilter filter, Dimension? groupBy, CancellationToken cancellationToken)
    {
        var history = History(db, period, filter)
            .Select(a => new Flat { RegionId = a.RegionId, RepId = a.RepId, ProductId = a.ProductId, Amount = a.SalesAmount, Volume = a.SalesVolume, Collections = a.Collections });

        // Only split lines say which product was sold; an entry without a split counts toward no product.
        IQueryable<Flat> weekly = db.ProgressLines.AsNoTracking().Where(l => l.PeriodKey == period.Key).Join(Entries(db, period, filter), l => l.EntryId, e => e.Id,
            (l, e) => new Flat { RegionId = e.RegionId, RepId = e.RepId, ProductId = l.ProductId, Amount = l.SalesAmount, Volume = l.SalesVolume, Collections = l.Collections });
        if (filter.ProductId is { } product)
        {
            weekly = weekly.Where(l => l.ProductId == product);
        }

        return [.. await Summed(history, groupBy, cancellationToken), .. await Summed(weekly, groupBy, cancellationToken)];
    }

    private static Task<List<Row>> Summed(IQueryable<Flat> rows, Dimension? groupBy, CancellationToken cancellationToken)
    {
        if (groupBy is null)
        {
            return rows.GroupBy(_ => 1)
                .Select(g => new Row(Guid.Empty, g.Sum(r => r.Amount), g.Sum(r => r.Volume), g.Sum(r => r.Collections)))
                .ToListAsync(cancellationToken);
        }

        var grouped = groupBy switch
        {
            Dimension.Region => rows.GroupBy(r => r.RegionId),
            Dimension.Rep => rows.GroupBy(r => r.RepId),
            Dimension.Product => rows.GroupBy(r => r.ProductId),
            _ => throw new ArgumentOutOfRangeException(nameof(groupBy), groupBy, null),
        };
        return grouped.Select(g => new Row(g.Key, g.Sum(r => r.Amount), g.Sum(r => r.Volume), g.Sum(r => r.Collections)))
            .ToListAsync(cancellationToken);
    }

    private static void NotByProduct(ActualsFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (filter.ProductId is not null)
        {
            throw new ArgumentException("The monthly summary is per rep, not per product.", nameof(filter));
        }
    }

    /// <summary>The monthly summary's rows of the months, narrowed by region and rep (never by product: it has none).</summary>
    private static IQueryable<RepMonthActual> Summary(ISalesPlanningDb db, List<int> periodKeys, ActualsFilter filter)
    {
        NotByProduct(filter);
        var rows = periodKeys.Count == 1
            ? db.RepMonthActuals.AsNoTracking().Where(s => s.PeriodKey == periodKeys[0])
            : db.RepMonthActuals.AsNoTracking().Where(s => periodKeys.Contains(s.PeriodKey));
        if (filter.RegionId is { } region)
        {
            rows = rows.Where(s => s.RegionId == region);
        }

        if (filter.RepId is { } rep)
        {
            rows = rows.Where(s => s.RepId == rep);
        }

        return rows;
    }

    /// <summary>
    /// The months' sales, volume and collections from the summaries: per rep when asked for or when the filter names a rep,
    /// else per region (~100 rows a month, RepId empty).
    /// </summary>
    private static IQueryable<Flat> SummaryFigures(ISalesPlanningDb db, List<int> periodKeys, ActualsFilter filter, bool perRep)
    {
        if (perRep || filter.RepId is not null)
        {
            return Summary(db, periodKeys, filter).Select(s => new Flat
            {
                PeriodKey = s.PeriodKey, RegionId = s.RegionId, RepId = s.RepId, Amount = s.SalesAmount, Volume = s.SalesVolume, Collections = s.Collections,
            });
        }

        var rows = periodKeys.Count == 1
            ? db.RegionMonthActuals.AsNoTracking().Where(s => s.PeriodKey == periodKeys[0])
            : db.RegionMonthActuals.AsNoTracking().Where(s => periodKeys.Contains(s.PeriodKey));
        if (filter.RegionId is { } region)
        {
            rows = rows.Where(s => s.RegionId == region);
        }

        return rows.Select(s => new Flat { PeriodKey = s.PeriodKey, RegionId = s.RegionId, Amount = s.SalesAmount, Volume = s.SalesVolume, Collections = s.Collections });
    }

    private static IQueryable<Domain.Progress.ProgressEntry> Entries(ISalesPlanningDb db, Period period, ActualsFilter filter)
    {
        var entries = db.ProgressEntries.AsNoTracking().Where(e => e.PeriodKey == period.Key);
        if (filter.RegionId is { } region)
        {
            entries = entries.Where(e => e.RegionId == region);
        }

        if (filter.RepId is { } rep)
        {
            entries = entries.Where(e => e.RepId == rep);
        }

        return entries;
    }

    private static IQueryable<Domain.Progress.MonthlyActual> History(ISalesPlanningDb db, Period period, ActualsFilter filter)
    {
        var rows = db.MonthlyActuals.AsNoTracking().Where(a => a.PeriodKey == period.Key);
        if (filter.RegionId is { } region)
        {
            rows = rows.Where(a => a.RegionId == region);
        }

        if (filter.RepId is { } rep)
        {
            rows = rows.Where(a => a.RepId == rep);
        }

        if (filter.ProductId is { } product)
        {
            rows = rows.Where(a => a.ProductId == product);
        }

        return rows;
    }
}
