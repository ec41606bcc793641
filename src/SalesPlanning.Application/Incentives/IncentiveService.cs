using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SalesPlanning.Application.Actuals;
using SalesPlanning.Application.Auditing;
using SalesPlanning.Application.Common;
using SalesPlanning.Application.Identity;
using SalesPlanning.Application.Persistence;
using SalesPlanning.Application.Progress;
using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Incentives;
using SalesPlanning.Domain.Organisation;
using SalesPlanning.Domain.Targets;

namespace SalesPlanning.Application.Incentives;

/// <summary>
/// Incentive pay (提成与绩效奖金, DESIGN §10, issue 14; docs/incentives.md): the versioned plan and the grades
/// (directors edit, everyone signed in reads the plan), the month's run computed by
/// <see cref="IncentiveCalculator"/> — live as a draft until every region's month-end review is signed off,
/// then approved by a director (stored, audited, locked) or re-opened with a reason — the statements
/// (directors all, managers their regions' reps and their own, reps their own; checked here on every call)
/// and a rep's what-if. Actuals come from <see cref="ActualsQuery"/> only.
/// </summary>
public sealed class IncentiveService(
    ISalesPlanningDbFactory contexts,
    ActualsQuery actuals,
    TimeProvider time,
    ILogger<IncentiveService> logger)
{
    private const string PlanEntity = "IncentivePlan";
    private const string GradeEntity = "PersonGrade";
    private const string RunEntity = nameof(IncentiveRun);

    /// <summary>The plan in force for a month, and every saved version.</summary>
    public async Task<Result<IncentivePlanView>> GetPlanAsync(Actor actor, Period period, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(period);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var versions = await db.IncentivePlanVersions.AsNoTracking().OrderByDescending(v => v.Number).ToListAsync(cancellationToken);
        var names = await NamesAsync(db, versions.Select(v => v.SavedBy), cancellationToken);
        var inForce = IncentivePlanVersion.InForce(versions, period);
        var lastApproved = await db.IncentiveRuns.AsNoTracking().OrderByDescending(r => r.PeriodKey).Select(r => (int?)r.PeriodKey).FirstOrDefaultAsync(cancellationToken);
        return Result<IncentivePlanView>.Ok(new IncentivePlanView(
            inForce?.Number ?? 0,
            versions.Count == 0 ? 0 : versions[0].Number,
            inForce?.EffectiveFrom ?? period,
            inForce?.Terms ?? IncentiveTerms.Seed003,
            [.. versions.Select(v => new PlanVersionRef(v.Number, v.EffectiveFrom, v.SavedAt, names.GetValueOrDefault(v.SavedBy, "")))],
            lastApproved is { } key ? Period.FromKey(key) : null,
            actor.IsDirector));
    }

    /// <summary>
    /// Saves a new version in force from a month (directors). Refused when the terms break a rule (at the
    /// field), when a run at or after that month is approved, or when someone saved a version since it was read.
    /// </summary>
    public async Task<Result<int>> SavePlanAsync(Actor actor, SaveIncentivePlan request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(request);
        if (!actor.IsDirector)
        {
            return Result<int>.Forbidden();
        }

        var problems = request.Terms?.Problems() ?? [new IncentiveProblem("", IncentiveRules.GradeMissing)];
        if (problems.Count > 0)
        {
            return Result<int>.Invalid(IncentiveMessages.Errors(problems, "Terms."));
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await ApprovedFromAsync(db, request.EffectiveFrom, cancellationToken) is { } approved)
        {
            return Result<int>.Invalid(new Dictionary<string, string[]> { ["EffectiveFrom"] = [IncentiveMessages.With(IncentiveMessages.MonthApproved, approved.ToString())] });
        }

        var latest = await db.IncentivePlanVersions.MaxAsync(v => (int?)v.Number, cancellationToken) ?? 0;
        if (latest != request.Number)
        {
            return Result<int>.Conflict(IncentiveMessages.Conflict);
        }

        var now = time.GetUtcNow();
        var version = IncentivePlanVersion.Save(latest, request.EffectiveFrom, request.Terms!, actor.UserId, now);
        db.IncentivePlanVersions.Add(version);
        db.Audit(actor, now, PlanEntity, version.Number.ToString(CultureInfo.InvariantCulture), "Saved",
            "EffectiveFrom", null, request.EffectiveFrom.ToString());
        if ((await db.TrySaveChangesAsync(cancellationToken)).AsConflict<int>(IncentiveMessages.Conflict) is { } refused)
        {
            return refused;
        }

        logger.LogInformation("Incentive plan version {Number} in force from {Period} saved by {UserId}", version.Number, request.EffectiveFrom, actor.UserId);
        return Result<int>.Ok(version.Number);
    }

    /// <summary>Everyone who may be graded (active users of the sales roles) with their grade in force for the month (directors).</summary>
    public async Task<Result<IReadOnlyList<PersonGradeView>>> GetGradesAsync(Actor actor, Period period, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(period);
        if (!actor.IsDirector)
        {
            return Result<IReadOnlyList<PersonGradeView>>.Forbidden();
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var users = await db.Users.AsNoTracking().Where(u => u.IsActive).OrderBy(u => u.DisplayName)
            .Select(u => new { u.Id, u.DisplayName, u.Email }).ToListAsync(cancellationToken);
        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id select new { ur.UserId, r.Name })
            .AsNoTracking().ToListAsync(cancellationToken);
        var rows = await db.PersonGrades.AsNoTracking().Where(g => g.FromKey <= period.Key).ToListAsync(cancellationToken);
        var latest = rows.GroupBy(r => r.UserId).ToDictionary(g => g.Key, g => g.MaxBy(r => r.FromKey)!);
        return Result<IReadOnlyList<PersonGradeView>>.Ok([.. users.Select(u =>
        {
            var row = latest.GetValueOrDefault(u.Id);
            return new PersonGradeView(u.Id, u.DisplayName, u.Email ?? "",
                [.. roles.Where(r => r.UserId == u.Id).Select(r => r.Name ?? "").Order(StringComparer.Ordinal)],
                row?.Grade, row?.From);
        })]);
    }

    /// <summary>Sets a person's grade from a month on (directors); refused when a run at or after that month is approved.</summary>
    public async Task<Result<bool>> SetGradeAsync(Actor actor, SetPersonGrade request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(request);
        if (!actor.IsDirector)
        {
            return Result<bool>.Forbidden();
        }

        if (request.Grade is { } g && !Enum.IsDefined(g))
        {
            return Result<bool>.Invalid(new Dictionary<string, string[]> { ["Grade"] = [IncentiveMessages.Encode(IncentiveRules.GradeMissing, g.ToString())] });
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.Users.AnyAsync(u => u.Id == request.UserId, cancellationToken))
        {
            return Result<bool>.NotFound();
        }

        if (await ApprovedFromAsync(db, request.From, cancellationToken) is { } approved)
        {
            return Result<bool>.Invalid(new Dictionary<string, string[]> { ["From"] = [IncentiveMessages.With(IncentiveMessages.MonthApproved, approved.ToString())] });
        }

        var now = time.GetUtcNow();
        var row = await db.PersonGrades.SingleOrDefaultAsync(r => r.UserId == request.UserId && r.FromKey == request.From.Key, cancellationToken);
        var old = row?.Grade;
        if (row is null)
        {
            db.PersonGrades.Add(PersonGrade.Start(request.UserId, request.From, request.Grade, actor.UserId, now));
        }
        else
        {
            row.Set(request.Grade, actor.UserId, now);
        }

        db.Audit(actor, now, GradeEntity, $"{request.UserId}/{request.From}", row is null ? "Created" : "Updated",
            "Grade", old?.ToString(), request.Grade?.ToString());
        return (await db.TrySaveChangesAsync(cancellationToken)).AsConflict<bool>(IncentiveMessages.Conflict) ?? Result<bool>.Ok(true);
    }

    /// <summary>A month's run as the caller may see it: stored once approved, computed live before.</summary>
    public async Task<Result<IncentiveRunView>> GetRunAsync(Actor actor, Period period, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(period);
        if (!actor.IsDirector && !actor.IsManager && !actor.IsRep)
        {
            return Result<IncentiveRunView>.Forbidden();
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var run = await RunAsync(db, period, cancellationToken);
        var visible = await VisibleAsync(db, actor, cancellationToken);
        return Result<IncentiveRunView>.Ok(run with
        {
            Statements = [.. run.Statements.Where(s => visible(s.Statement.PersonId))],
            Pool = actor.IsDirector ? run.Pool : null,
            QuarterReservedEarlier = actor.IsDirector ? run.QuarterReservedEarlier : null,
            CanApprove = actor.IsDirector && run.Status == RunStatus.Ready,
        });
    }

    /// <summary>Approves the month's run (directors): the statements as computed now are stored with the plan version and locked.</summary>
    public async Task<Result<IncentiveRunView>> ApproveAsync(Actor actor, Period period, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(period);
        if (!actor.IsDirector)
        {
            return Result<IncentiveRunView>.Forbidden();
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // The checks first, then the month is computed once (not once for the status and again to store it).
        if (await db.IncentiveRuns.AnyAsync(r => r.PeriodKey == period.Key, cancellationToken))
        {
            return Result<IncentiveRunView>.Invalid(new Dictionary<string, string[]> { [""] = [IncentiveMessages.With(IncentiveMessages.AlreadyApproved, period.ToString())] });
        }

        var notSignedOff = await NotSignedOffAsync(db, period, cancellationToken);
        if (notSignedOff.Count > 0)
        {
            return Result<IncentiveRunView>.Invalid(new Dictionary<string, string[]>
            {
                [""] = [IncentiveMessages.With(IncentiveMessages.NotSignedOff, period.ToString(), string.Join(", ", notSignedOff))],
            });
        }

        var (version, _, result, _) = await ComputeAsync(db, period, cancellationToken);
        if (version is null)
        {
            // Nothing saved yet: the defaults in force are saved as the first version, so the run names the rules it used.
            version = IncentivePlanVersion.Save(0, period, IncentiveTerms.Seed003, actor.UserId, time.GetUtcNow());
            db.IncentivePlanVersions.Add(version);
        }

        var now = time.GetUtcNow();
        db.IncentiveRuns.Add(IncentiveRun.Approve(period, version.Id, result, actor.UserId, now));
        db.Audit(actor, now, RunEntity, period.ToString(), "Approved",
            "Payable", null, result.Payable.ToString("0.00", CultureInfo.InvariantCulture));
        if ((await db.TrySaveChangesAsync(cancellationToken)).AsConflict<IncentiveRunView>(IncentiveMessages.Conflict) is { } refused)
        {
            return refused;
        }

        logger.LogInformation("Incentive run {Period} approved by {UserId}: {Count} statements, payable {Payable}", period, actor.UserId, result.Statements.Count, result.Payable);
        return await GetRunAsync(actor, period, cancellationToken);
    }

    /// <summary>Re-opens an approved run (directors), with a reason that is audited; the month is live again.</summary>
    public async Task<Result<IncentiveRunView>> ReopenAsync(Actor actor, ReopenIncentiveRun request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(request);
        if (!actor.IsDirector)
        {
            return Result<IncentiveRunView>.Forbidden();
        }

        var reason = request.Reason?.Trim() ?? "";
        if (reason.Length == 0 || reason.Length > IncentiveLimits.ReasonMaxLength)
        {
            return Result<IncentiveRunView>.Invalid(new Dictionary<string, string[]>
            {
                ["Reason"] = [reason.Length == 0 ? IncentiveMessages.ReasonRequired : IncentiveMessages.With(IncentiveMessages.ReasonTooLong, IncentiveLimits.ReasonMaxLength.ToString(CultureInfo.InvariantCulture))],
            });
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var run = await db.IncentiveRuns.SingleOrDefaultAsync(r => r.PeriodKey == request.Period.Key, cancellationToken);
        if (run is null)
        {
            return Result<IncentiveRunView>.Invalid(new Dictionary<string, string[]> { [""] = [IncentiveMessages.With(IncentiveMessages.NotApproved, request.Period.ToString())] });
        }

        var now = time.GetUtcNow();
        db.IncentiveRuns.Remove(run);
        db.Audit(actor, now, RunEntity, request.Period.ToString(), "Reopened",
            "Payable", run.Result.Payable.ToString("0.00", CultureInfo.InvariantCulture), null, reason);
        if ((await db.TrySaveChangesAsync(cancellationToken)).AsConflict<IncentiveRunView>(IncentiveMessages.Conflict) is { } refused)
        {
            return refused;
        }

        logger.LogInformation("Incentive run {Period} re-opened by {UserId}", request.Period, actor.UserId);
        return await GetRunAsync(actor, request.Period, cancellationToken);
    }

    /// <summary>A person's approved months of a year, newest first: their own (reps), their regions' reps (managers), anyone (directors).</summary>
    public async Task<Result<StatementHistoryView>> GetHistoryAsync(Actor actor, Guid? personId, int year, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var person = personId ?? actor.UserId;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var name = await db.Users.AsNoTracking().Where(u => u.Id == person).Select(u => u.DisplayName).FirstOrDefaultAsync(cancellationToken);
        if (name is null)
        {
            return Result<StatementHistoryView>.NotFound();
        }

        if (!(await VisibleAsync(db, actor, cancellationToken))(person))
        {
            return Result<StatementHistoryView>.Forbidden();
        }

        var runs = await db.IncentiveRuns.AsNoTracking()
            .Where(r => r.PeriodKey >= year * 100 && r.PeriodKey <= (year * 100) + 12)
            .OrderByDescending(r => r.PeriodKey).ToListAsync(cancellationToken);
        var months = runs.SelectMany(r => r.Statements.Where(s => s.PersonId == person)
            .Select(s => new StatementMonth(r.Period, s.Payable, s.Held, s.Earned))).ToList();
        return Result<StatementHistoryView>.Ok(new StatementHistoryView(person, name, year, months));
    }

    /// <summary>
    /// What a person would earn with <paramref name="extraCollections"/> more collections (of receivables up
    /// to 3 months old) this month, by the same rules: their own (reps), their regions' reps (managers), anyone (directors).
    /// </summary>
    public async Task<Result<WhatIfView>> WhatIfAsync(Actor actor, Period period, decimal extraCollections, Guid? personId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(period);
        if (extraCollections < 0m || decimal.Round(extraCollections, 2) != extraCollections || extraCollections > IncentiveLimits.MaxWhatIf)
        {
            return Result<WhatIfView>.Invalid(new Dictionary<string, string[]>
            {
                ["Amount"] = [IncentiveMessages.With(IncentiveMessages.AmountInvalid, IncentiveLimits.MaxWhatIf.ToString("0", CultureInfo.InvariantCulture))],
            });
        }

        var person = personId ?? actor.UserId;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!(await VisibleAsync(db, actor, cancellationToken))(person))
        {
            return Result<WhatIfView>.Forbidden();
        }

        var (_, terms, result, month) = await ComputeAsync(db, period, cancellationToken);
        var now = result.Statements.FirstOrDefault(s => s.PersonId == person);
        if (now is null)
        {
            return Result<WhatIfView>.Invalid(new Dictionary<string, string[]> { [""] = [IncentiveMessages.UnknownPerson] });
        }

        var more = month with
        {
            People = [.. month.People.Select(p => p.PersonId == person
                ? p with { Collections = p.Collections with { UpTo3Months = p.Collections.UpTo3Months + extraCollections } }
                : p)],
        };
        var with = IncentiveCalculator.Calculate(terms, more).Statements.Single(s => s.PersonId == person);
        return Result<WhatIfView>.Ok(new WhatIfView(period, extraCollections, now.Payable, with.Payable, now.Earned, with.Earned,
            now.Lines.FirstOrDefault(l => l.Kind == LineKind.Commission)?.Percent));
    }

    /// <summary>The run of a month for everyone: the stored one once approved, else computed now.</summary>
    private async Task<IncentiveRunView> RunAsync(ISalesPlanningDb db, Period period, CancellationToken cancellationToken)
    {
        var regions = await RegionsAsync(db, cancellationToken);
        var stored = await db.IncentiveRuns.AsNoTracking().SingleOrDefaultAsync(r => r.PeriodKey == period.Key, cancellationToken);
        if (stored is not null)
        {
            var number = await db.IncentivePlanVersions.AsNoTracking().Where(v => v.Id == stored.PlanVersionId).Select(v => v.Number).SingleAsync(cancellationToken);
            var approver = await db.Users.AsNoTracking().Where(u => u.Id == stored.ApprovedBy).Select(u => u.DisplayName).FirstOrDefaultAsync(cancellationToken) ?? "";
            return new IncentiveRunView(period, RunStatus.Approved, number, Views(stored.Statements, regions), stored.Pool, null,
                new RunApproval(approver, stored.ApprovedAt), [], false);
        }

        var notSignedOff = await NotSignedOffAsync(db, period, cancellationToken);
        var (version, _, result, month) = await ComputeAsync(db, period, cancellationToken);
        return new IncentiveRunView(period, notSignedOff.Count == 0 ? RunStatus.Ready : RunStatus.Draft, version?.Number ?? 0,
            Views(result.Statements, regions), result.Pool, month.QuarterReservedEarlier, null, notSignedOff, false);
    }

    /// <summary>Everything the calculator needs for a month, read at once, and its result.</summary>
    private async Task<(IncentivePlanVersion? Version, IncentiveTerms Terms, IncentiveResult Result, IncentiveMonth Month)> ComputeAsync(
        ISalesPlanningDb db, Period period, CancellationToken cancellationToken)
    {
        var versions = await db.IncentivePlanVersions.AsNoTracking().ToListAsync(cancellationToken);
        var version = IncentivePlanVersion.InForce(versions, period);
        var terms = version?.Terms ?? IncentiveTerms.Seed003;
        var gradeRows = await db.PersonGrades.AsNoTracking().Where(g => g.FromKey <= period.Key).ToListAsync(cancellationToken);
        var grades = PersonGrade.InForce(gradeRows, period);
        var ids = grades.Keys.ToList();
        var names = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);

        // The quarter's months up to this one: their targets and sales, for the quarter's best and the earlier reserves.
        var quarter = Enumerable.Range(0, ((period.Month - 1) % 3) + 1).Select(i => Period.From(period.Year, period.Month - i)).Reverse().ToList();
        var quarterKeys = quarter.Select(q => q.Key).ToList();
        var targets = await db.Targets.AsNoTracking()
            .Where(t => quarterKeys.Contains(t.PeriodKey) && t.Metric == Metric.SalesAmount
                && (t.ScopeKind == ScopeKind.Company || (t.ScopeKind == ScopeKind.Rep && t.ScopeId != null && ids.Contains(t.ScopeId.Value))))
            .Select(t => new { t.PeriodKey, t.ScopeKind, t.ScopeId, t.Amount })
            .ToListAsync(cancellationToken);
        decimal? CompanyTarget(Period p) => targets.Find(t => t.PeriodKey == p.Key && t.ScopeKind == ScopeKind.Company)?.Amount;
        decimal? RepTarget(Period p, Guid rep) => targets.Find(t => t.PeriodKey == p.Key && t.ScopeKind == ScopeKind.Rep && t.ScopeId == rep)?.Amount;

        var quarterSales = await actuals.ByMonthsAsync(quarter, Dimension.Rep, ActualsFilter.All, cancellationToken);
        var sales = quarter.Select((month, i) => (month.Key, quarterSales[i])).ToDictionary(m => m.Key, m => m.Item2);

        decimal SalesOf(Period p, Guid rep) => sales[p.Key].GetValueOrDefault(rep)?.SalesAmount ?? 0m;
        decimal DepartmentSales(Period p) => sales[p.Key].Values.Sum(a => a.SalesAmount);

        var aged = await actuals.AgedCollectionsByRepAsync(period, ActualsFilter.All, cancellationToken);
        var approvedThisYear = await db.IncentiveRuns.AsNoTracking()
            .Where(r => r.PeriodKey > period.Year * 100 && r.PeriodKey < period.Key).ToListAsync(cancellationToken);
        var heldEarlier = approvedThisYear.SelectMany(r => r.Statements).GroupBy(s => s.PersonId).ToDictionary(g => g.Key, g => g.Sum(s => s.Held));

        var reservedEarlier = 0m;
        foreach (var earlier in quarter.Where(q => q != period))
        {
            var approved = approvedThisYear.Find(r => r.PeriodKey == earlier.Key);
            reservedEarlier += approved?.Pool.QuarterReserve
                ?? IncentiveCalculator.PoolOf(IncentivePlanVersion.InForce(versions, earlier)?.Terms ?? IncentiveTerms.Seed003, CompanyTarget(earlier), DepartmentSales(earlier)).QuarterReserve;
        }

        var regionOrder = await db.RegionMemberships.AsNoTracking().Where(m => m.Role == MemberRole.Rep && ids.Contains(m.UserId))
            .Join(db.Regions, m => m.RegionId, r => r.Id, (m, r) => new { m.UserId, r.Name }).ToListAsync(cancellationToken);
        var people = grades
            .OrderBy(g => g.Value == Grade.Head ? 0 : g.Value == Grade.NonSales ? 2 : 1)
            .ThenBy(g => regionOrder.Where(r => r.UserId == g.Key).Select(r => r.Name).Order(StringComparer.Ordinal).FirstOrDefault() ?? "", StringComparer.Ordinal)
            .ThenBy(g => names.GetValueOrDefault(g.Key, ""), StringComparer.Ordinal)
            .Select(g =>
            {
                return new PersonMonth(
                    g.Key,
                    names.GetValueOrDefault(g.Key, ""),
                    g.Value,
                    RepTarget(period, g.Key),
                    SalesOf(period, g.Key),
                    aged.GetValueOrDefault(g.Key) ?? CollectionsByAge.Zero,
                    heldEarlier.GetValueOrDefault(g.Key));
            })
            .ToList();
        var input = new IncentiveMonth(
            period,
            CompanyTarget(period),
            DepartmentSales(period),
            people,
            reservedEarlier,
            [.. people.Select(p => new QuarterFigures(p.PersonId, quarter.Sum(q => SalesOf(q, p.PersonId)), quarter.Sum(q => RepTarget(q, p.PersonId) ?? 0m)))]);
        return (version, terms, IncentiveCalculator.Calculate(terms, input), input);
    }

    /// <summary>The active regions whose plan of the month is not closed (month-end review not signed off).</summary>
    private static async Task<IReadOnlyList<string>> NotSignedOffAsync(ISalesPlanningDb db, Period period, CancellationToken cancellationToken)
    {
        var closed = PeriodLock.ClosedRegions(db, period);
        return await db.Regions.AsNoTracking()
            .Where(r => r.IsActive && !closed.Contains(r.Id))
            .OrderBy(r => r.Name).Select(r => r.Name).ToListAsync(cancellationToken);
    }

    /// <summary>The earliest approved month at or after <paramref name="from"/>; null when none.</summary>
    private static async Task<Period?> ApprovedFromAsync(ISalesPlanningDb db, Period from, CancellationToken cancellationToken) =>
        await db.IncentiveRuns.AsNoTracking().Where(r => r.PeriodKey >= from.Key).OrderBy(r => r.PeriodKey)
            .Select(r => (int?)r.PeriodKey).FirstOrDefaultAsync(cancellationToken) is { } key ? Period.FromKey(key) : null;

    /// <summary>Whose statements the actor may read (DESIGN §8): directors anyone's, managers their regions' reps' and their own, reps their own.</summary>
    private static async Task<Func<Guid, bool>> VisibleAsync(ISalesPlanningDb db, Actor actor, CancellationToken cancellationToken)
    {
        if (actor.IsDirector)
        {
            return _ => true;
        }

        if (actor.IsManager)
        {
            var team = await Teams.RepsManagedByAsync(db, actor.UserId, cancellationToken);
            team.Add(actor.UserId);
            return team.Contains;
        }

        return actor.IsRep ? person => person == actor.UserId : _ => false;
    }

    private static async Task<Dictionary<Guid, (Guid Id, string Name)>> RegionsAsync(ISalesPlanningDb db, CancellationToken cancellationToken)
    {
        var rows = await db.RegionMemberships.AsNoTracking().Where(m => m.Role == MemberRole.Rep)
            .Join(db.Regions, m => m.RegionId, r => r.Id, (m, r) => new { m.UserId, r.Id, r.Name })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.UserId).ToDictionary(g => g.Key, g => g.OrderBy(r => r.Name, StringComparer.Ordinal).Select(r => (r.Id, r.Name)).First());
    }

    private static List<StatementView> Views(IReadOnlyList<IncentiveStatement> statements, Dictionary<Guid, (Guid Id, string Name)> regions) =>
        [.. statements.Select(s => regions.TryGetValue(s.PersonId, out var region)
            ? new StatementView(s, region.Id, region.Name)
            : new StatementView(s, null, null))];

    private static async Task<Dictionary<Guid, string>> NamesAsync(ISalesPlanningDb db, IEnumerable<Guid> ids, CancellationToken cancellationToken)
    {
        var list = ids.Distinct().ToList();
        return await db.Users.AsNoTracking().Where(u => list.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
    }
}
