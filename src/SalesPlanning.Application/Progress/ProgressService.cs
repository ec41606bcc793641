using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SalesPlanning.Application.Actuals;
using SalesPlanning.Application.Auditing;
using SalesPlanning.Application.Common;
using SalesPlanning.Application.Dashboards;
using SalesPlanning.Application.Persistence;
using SalesPlanning.Application.Targets;
using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Organisation;
using SalesPlanning.Domain.Performance;
using SalesPlanning.Domain.Progress;
using SalesPlanning.Domain.Targets;

namespace SalesPlanning.Application.Progress;

/// <summary>
/// Weekly progress (周进度, DESIGN §6). A rep saves their own week's entry — create or replace, one
/// per rep and week, so a retried request never counts twice — and reads their month; a manager
/// reads their regions' reps; a director reads everyone (DESIGN §8). A closed month refuses writes.
/// Every change is audited (old → new).
/// </summary>
public sealed class ProgressService(
    ISalesPlanningDbFactory contexts,
    DashboardService dashboards,
    TimeProvider time,
    ILogger<ProgressService> logger)
{
    public async Task<Result<ProgressEntryView>> SaveWeekAsync(Actor actor, SaveProgressEntry request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(request);
        if (!actor.IsRep)
        {
            return Result<ProgressEntryView>.Forbidden();
        }

        if (Validation.Check<SaveProgressEntryValidator, SaveProgressEntry>(request) is { } invalid)
        {
            return Result<ProgressEntryView>.Invalid(invalid);
        }

        if (request.Week > request.Period.Weeks().Count)
        {
            return Invalid(nameof(request.Week), ProgressMessages.WeekNotInPeriod);
        }

        var lines = request.Lines ?? [];
        if (lines.GroupBy(l => l.ProductId).Any(g => g.Count() > 1))
        {
            return Invalid(nameof(request.Lines), ProgressMessages.DuplicateProduct);
        }

        var mismatches = ProgressEntry.SplitMismatches(request.Figures, lines);
        if (mismatches.Count > 0)
        {
            return Result<ProgressEntryView>.Invalid(mismatches.ToDictionary(m => m, _ => new[] { ProgressMessages.SplitMismatch }));
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var ids = lines.Select(l => l.ProductId).ToList();
        var closedRegions = PeriodLock.ClosedRegions(db, request.Period);
        var splitProducts = db.Products.Where(p => ids.Contains(p.Id) && p.IsActive);
        // One round trip for a week already saved (the usual case): the entry with its lines, whether its month is closed,
        // and how many of the split's products are active. The query tracks: the lines it reads become the tracked entry's
        // Lines (EF fixes the navigation up), which Holds and Replace need; read without tracking, a replace would add the
        // lines again beside the stored ones.
        var stored = await db.ProgressEntries
            .Where(e => e.RepId == actor.UserId && e.PeriodKey == request.Period.Key && e.WeekNumber == request.Week)
            .Select(e => new
            {
                Entry = e,
                e.Lines,
                Closed = closedRegions.Contains(e.RegionId),
                ActiveProducts = splitProducts.Count(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        var activeProducts = stored?.ActiveProducts ?? (lines.Count == 0 ? 0 : await splitProducts.CountAsync(cancellationToken));
        if (activeProducts != ids.Count)
        {
            return Invalid(nameof(request.Lines), ProgressMessages.UnknownProduct);
        }

        var entry = stored?.Entry;

        // A retried request that repeats what is stored changes nothing and answers OK.
        if (entry is not null && entry.Holds(request.Figures, request.Note, lines))
        {
            return Result<ProgressEntryView>.Ok(ProgressEntryView.Of(entry));
        }

        var regionId = entry?.RegionId ?? await RepRegionAsync(db, actor.UserId, cancellationToken);
        if (regionId is not { } region)
        {
            return Invalid("", ProgressMessages.NoRegion);
        }

        if (stored?.Closed ?? await PeriodLock.IsClosedAsync(db, region, request.Period, cancellationToken))
        {
            return Invalid("", ProgressMessages.MonthClosed);
        }

        var now = time.GetUtcNow();
        var audit = new ProgressAudit(db, actor, now);
        try
        {
            if (entry is null)
            {
                if (request.Version is not null and not 0)
                {
                    return Result<ProgressEntryView>.Conflict(ProgressMessages.Conflict);
                }

                entry = ProgressEntry.Create(request.Period, request.Week, actor.UserId, region, request.Figures, request.Note, lines, now);
                db.ProgressEntries.Add(entry);
                audit.Changes(entry, "Created", null, null, null);
            }
            else
            {
                if (request.Version != entry.Version)
                {
                    return Result<ProgressEntryView>.Conflict(ProgressMessages.Conflict);
                }

                var oldFigures = entry.Figures;
                var oldNote = entry.Note;
                var oldLines = SplitText(entry.Lines.Select(l => new ProductFigures(l.ProductId, l.SalesAmount, l.SalesVolume, l.Collections)));
                entry.Replace(request.Figures, request.Note, lines, now);
                audit.Changes(entry, "Replaced", oldFigures, oldNote, oldLines);

                // The entry row is written on every change, so that its version guards the lines too.
                var tracked = db.Entry(entry);
                if (tracked.State == EntityState.Unchanged)
                {
                    tracked.State = EntityState.Modified;
                }
            }
        }
        catch (ProgressRulesException ex)
        {
            return Result<ProgressEntryView>.Invalid(ex.Problems.GroupBy(p => p.Field)
                .ToDictionary(g => g.Key, g => g.Select(p => ProgressMessages.For(p.Code)).Distinct().ToArray()));
        }

        // A duplicate is the same week created by another request at the same moment; the caller reloads.
        if ((await db.TrySaveChangesAsync(cancellationToken)).AsConflict<ProgressEntryView>(ProgressMessages.Conflict) is { } refused)
        {
            return refused;
        }

        logger.LogInformation("Progress of {UserId} for {Period} week {Week} saved", actor.UserId, request.Period, request.Week);
        return Result<ProgressEntryView>.Ok(ProgressEntryView.Of(entry));
    }

    /// <summary>A rep's weeks of a month: their own (repId null or theirs), their regions' reps for a manager, anyone for a director.</summary>
    public async Task<Result<RepMonthView>> GetMonthAsync(Actor actor, Period period, Guid? repId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(period);
        var rep = repId ?? actor.UserId;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var repRegion = Teams.RepRegion(db, rep);
        var closedRegions = PeriodLock.ClosedRegions(db, period);
        // The rep, their region and whether its month is closed, in one round trip.
        var user = await db.Users.AsNoTracking().Where(u => u.Id == rep)
            .Select(u => new
            {
                u.DisplayName,
                RegionId = repRegion.FirstOrDefault(),
                Closed = closedRegions.Any(r => r == repRegion.FirstOrDefault()),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (user is null)
        {
            return Result<RepMonthView>.NotFound();
        }

        var own = rep == actor.UserId && actor.IsRep;
        if (!own && !actor.IsDirector && !(actor.IsManager && await Teams.ManagesRepAsync(db, actor.UserId, rep, cancellationToken)))
        {
            return Result<RepMonthView>.Forbidden();
        }

        var entries = await db.ProgressEntries.AsNoTracking().Include(e => e.Lines)
            .Where(e => e.RepId == rep && e.PeriodKey == period.Key)
            .ToListAsync(cancellationToken);
        var (regionId, closed) = (user.RegionId, user.Closed);
        var today = Today();
        var weeks = period.Weeks()
            .Select(w => new ProgressWeekView(w.Number, w.Start, w.End, w.Contains(today),
                entries.Find(e => e.WeekNumber == w.Number) is { } e ? ProgressEntryView.Of(e) : null))
            .ToList();
        var products = await db.Products.AsNoTracking().Where(p => p.IsActive).OrderBy(p => p.Code)
            .Select(p => new ProgressProductView(p.Id, p.Code, p.NameZh, p.NameEn, p.Unit))
            .ToListAsync(cancellationToken);
        return Result<RepMonthView>.Ok(new RepMonthView(period, rep, user.DisplayName, regionId, closed, own && !closed && regionId is not null, weeks, products));
    }

    /// <summary>
    /// Month-to-date target, actual, achievement, time progress and pace per metric of the company, a
    /// region or a rep. Who may read follows the targets' rules (DESIGN §8).
    /// </summary>
    public async Task<Result<AchievementView>> GetAchievementAsync(
        Actor actor, Period period, AchievementScope scope, Guid? id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(period);
        TargetScope targetScope;
        try
        {
            targetScope = scope switch
            {
                AchievementScope.Company => TargetScope.Company,
                AchievementScope.Region => TargetScope.ForRegion(id ?? Guid.Empty),
                AchievementScope.Rep => TargetScope.ForRep(id ?? Guid.Empty),
                _ => throw new DomainException("Unknown scope."),
            };
        }
        catch (DomainException)
        {
            return Result<AchievementView>.Invalid(new Dictionary<string, string[]> { ["id"] = [ProgressMessages.ScopeRequired] });
        }

        // The one achievement read (DashboardService): the same access rule, targets, actuals and figures as the dashboards.
        var read = await dashboards.AchievementAsync(actor, targetScope, period, cancellationToken);
        if (!read.IsOk)
        {
            return Result<AchievementView>.From(read);
        }

        var achievement = read.Value!;
        var progress = achievement.Metrics.Count > 0 ? achievement.Metrics[0].TimeProgress : Figures.TimeProgress(period, Today());
        return Result<AchievementView>.Ok(new AchievementView(period, scope, targetScope.Id, achievement.Name, progress,
            [.. achievement.Metrics.Select(m => new MetricAchievementView(m.Metric, m.Target, m.Actual, m.Achievement, m.TimeProgress, m.OnPace))]));
    }

    /// <summary>Today in the server's time zone (the company's working day).</summary>
    public DateOnly Today() => DateOnly.FromDateTime(time.GetLocalNow().DateTime);

    private static Result<ProgressEntryView> Invalid(string field, string message) =>
        Result<ProgressEntryView>.Invalid(new Dictionary<string, string[]> { [field] = [message] });

    private static Task<Guid?> RepRegionAsync(ISalesPlanningDb db, Guid repId, CancellationToken cancellationToken) =>
        Teams.RepRegionAsync(db, repId, cancellationToken);

    private static string? SplitText(IEnumerable<ProductFigures> lines)
    {
        var text = string.Join("; ", lines.OrderBy(l => l.ProductId).Select(l =>
            string.Create(CultureInfo.InvariantCulture, $"{l.ProductId}: {l.SalesAmount:0.00}/{l.SalesVolume}/{l.Collections:0.00}")));
        return text.Length == 0 ? null : text;
    }

    /// <summary>Audit rows for an entry: one per changed field, old → new.</summary>
    private sealed class ProgressAudit(ISalesPlanningDb db, Actor actor, DateTimeOffset at)
    {
        public void Changes(ProgressEntry entry, string action, WeeklyFigures? old, string? oldNote, string? oldLines)
        {
            var before = old ?? WeeklyFigures.Zero;
            var after = entry.Figures;
            var rows = new List<(string Field, string? Old, string? New)>(
                WeeklyFigures.All.Select(f => (f.Name, (string?)Text(f, before), (string?)Text(f, after))))
            {
                (nameof(ProgressEntry.Note), oldNote, entry.Note),
                (nameof(ProgressEntry.Lines), oldLines,
                    SplitText(entry.Lines.Select(l => new ProductFigures(l.ProductId, l.SalesAmount, l.SalesVolume, l.Collections)))),
            };
            var key = $"{entry.Period}/W{entry.WeekNumber}/{entry.RepId}";
            foreach (var (field, oldValue, newValue) in rows)
            {
                if (old is not null && oldValue == newValue)
                {
                    continue;
                }

                if (old is null && newValue is null or "0" or "0.00")
                {
                    continue;
                }

                db.Audit(actor, at, nameof(ProgressEntry), key, action, field,
                    old is null ? null : oldValue, newValue);
            }

            if (old is null && !db.ChangeTracker.Entries<AuditEntry>().Any(e => e.State == EntityState.Added))
            {
                db.Audit(actor, at, nameof(ProgressEntry), key, action);
            }
        }

        /// <summary>A figure as the audit writes it: money with two decimals, counts whole.</summary>
        private static string Text(WeeklyFigure figure, WeeklyFigures figures) =>
            figure.Kind == FigureKind.Money
                ? figure.ValueOf(figures).ToString("0.00", CultureInfo.InvariantCulture)
                : ((long)figure.ValueOf(figures)).ToString(CultureInfo.InvariantCulture);
    }
}
