using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SalesPlanning.Application.Auditing;
using SalesPlanning.Application.Common;
using SalesPlanning.Application.Persistence;
using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Targets;

namespace SalesPlanning.Application.Targets;

public sealed record DistributionView(Guid Id, string Name, IReadOnlyList<decimal> Percentages, uint Version);

/// <summary>An annual target spread over the year by percentages; applying it sets the 12 company targets.</summary>
/// <param name="Weights">Instead of <paramref name="Percentages"/>: twelve monthly weights (ratios such as 3.2 : 2.8, or amounts).</param>
public sealed record ApplyAnnualTarget(int Year, Metric Metric, decimal Amount, IReadOnlyList<decimal> Percentages, IReadOnlyList<decimal>? Weights = null);

/// <summary>
/// Named monthly distributions (月度分配) and annual targets (年度目标) spread by them. Directors only.
/// </summary>
public sealed class DistributionService(
    ISalesPlanningDbFactory contexts,
    TimeProvider time,
    ILogger<DistributionService> logger)
{
    public async Task<Result<IReadOnlyList<DistributionView>>> ListAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        if (!actor.IsDirector)
        {
            return Result<IReadOnlyList<DistributionView>>.Forbidden();
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var list = await db.MonthlyDistributions.AsNoTracking().OrderBy(d => d.Name).ToListAsync(cancellationToken);
        return Result<IReadOnlyList<DistributionView>>.Ok(list.Select(d => new DistributionView(d.Id, d.Name, d.Percentages, d.Version)).ToList());
    }

    /// <summary>Saves a distribution under a name: a new one, or the existing one of that name (replaced).</summary>
    public async Task<Result<DistributionView>> SaveAsync(
        Actor actor, string name, IReadOnlyList<decimal> percentages, CancellationToken cancellationToken = default)
    {
        if (!actor.IsDirector)
        {
            return Result<DistributionView>.Forbidden();
        }

        // The domain's rules of a distribution, coded; the same ones refuse it below.
        if (MonthlyDistribution.Problems(name, percentages) is { Count: > 0 } problems)
        {
            return Result<DistributionView>.Invalid(TargetMessages.ByField(problems));
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var trimmed = name?.Trim() ?? "";
        var existing = await db.MonthlyDistributions.SingleOrDefaultAsync(d => d.Name == trimmed, cancellationToken);
        try
        {
            if (existing is null)
            {
                existing = MonthlyDistribution.Create(trimmed, percentages);
                db.MonthlyDistributions.Add(existing);
            }
            else
            {
                existing.ChangePercentages(percentages);
            }
        }
        catch (TargetRulesException ex) when (ex.Coded.Count > 0)
        {
            return Result<DistributionView>.Invalid(TargetMessages.ByField(ex.Coded));
        }

        db.Audit(actor, time.GetUtcNow(), nameof(MonthlyDistribution), existing.Name, "Saved",
            "Percentages", null, string.Join(" / ", existing.Percentages.Select(p => p.ToString(CultureInfo.InvariantCulture))));
        if ((await db.TrySaveChangesAsync(cancellationToken)).AsConflict<DistributionView>(TargetMessages.DistributionConflict) is { } refused)
        {
            return refused;
        }

        logger.LogInformation("Monthly distribution {Name} saved by {UserId}", existing.Name, actor.UserId);
        return Result<DistributionView>.Ok(new DistributionView(existing.Id, existing.Name, existing.Percentages, existing.Version));
    }

    /// <summary>
    /// Sets the company's target of each month of the year to its share of the annual target, in one
    /// transaction; each change is audited. Returns the monthly amounts.
    /// </summary>
    public async Task<Result<IReadOnlyDictionary<Period, decimal>>> ApplyAnnualAsync(
        Actor actor, ApplyAnnualTarget request, CancellationToken cancellationToken = default)
    {
        if (!actor.IsDirector)
        {
            return Result<IReadOnlyDictionary<Period, decimal>>.Forbidden();
        }

        if (Problems(request) is { } problems)
        {
            return Result<IReadOnlyDictionary<Period, decimal>>.Invalid(problems);
        }

        IReadOnlyDictionary<Period, decimal> months;
        try
        {
            var annual = new AnnualTarget(request.Year, request.Metric, request.Amount);
            months = request.Weights is null ? annual.Spread(request.Percentages) : annual.SpreadByWeights(request.Weights);
        }
        catch (TargetRulesException ex) when (ex.Coded.Count > 0)
        {
            return Result<IReadOnlyDictionary<Period, decimal>>.Invalid(TargetMessages.ByField(ex.Coded));
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var keys = months.Keys.Select(p => p.Key).ToList();
        var existing = await db.Targets
            .Include(t => t.Breakdowns).ThenInclude(b => b.Allocations)
            .AsSplitQuery()
            .Where(t => t.ScopeKind == ScopeKind.Company && t.Metric == request.Metric && keys.Contains(t.PeriodKey))
            .ToListAsync(cancellationToken);
        var now = time.GetUtcNow();
        try
        {
            foreach (var (period, amount) in months)
            {
                var target = existing.Find(t => t.PeriodKey == period.Key);
                string? old = null;
                if (target is null)
                {
                    db.Targets.Add(Target.Create(period, request.Metric, TargetScope.Company, amount));
                }
                else if (target.Amount != amount)
                {
                    old = target.ChangeAmount(amount).ToString(CultureInfo.InvariantCulture);
                }
                else
                {
                    continue;
                }

                db.Audit(actor, now, nameof(Target), $"{period}/{request.Metric}/Company/",
                    old is null ? "Created" : "AmountChanged", nameof(Target.Amount), old, amount.ToString(CultureInfo.InvariantCulture),
                    $"Annual target {request.Year}: {request.Amount.ToString(CultureInfo.InvariantCulture)}");
            }
        }
        catch (DomainException)
        {
            // A month's company target is locked (ChangeAmount's one refusal: the amounts were checked above).
            return Result<IReadOnlyDictionary<Period, decimal>>.Invalid(new Dictionary<string, string[]> { [""] = [TargetMessages.TargetLocked] });
        }

        if ((await db.TrySaveChangesAsync(cancellationToken)).AsConflict<IReadOnlyDictionary<Period, decimal>>(
                TargetMessages.AnnualConflict) is { } refused)
        {
            return refused;
        }

        logger.LogInformation("Annual {Metric} target {Year} of {Amount} applied by {UserId}", request.Metric, request.Year, request.Amount, actor.UserId);
        return Result<IReadOnlyDictionary<Period, decimal>>.Ok(months);
    }

    /// <summary>
    /// The message keys of an annual target's problems by field, or null when it can be applied: the domain's rules
    /// of the year, metric and amount (<see cref="AnnualTarget.Problems"/>) and of the percentages or the weights
    /// (<see cref="MonthlyDistribution.CheckPercentages"/>, <see cref="MonthlyDistribution.CheckWeights"/>); and the
    /// request's own shape: weights or percentages, not both.
    /// </summary>
    private static Dictionary<string, string[]>? Problems(ApplyAnnualTarget request)
    {
        var problems = new List<TargetProblem>(AnnualTarget.Problems(request.Year, request.Metric, request.Amount));
        var both = request.Weights is not null && request.Percentages.Count > 0;
        if (!both)
        {
            problems.AddRange(request.Weights is { } weights ? MonthlyDistribution.CheckWeights(weights) : MonthlyDistribution.CheckPercentages(request.Percentages));
        }

        var errors = TargetMessages.ByField(problems);
        if (both)
        {
            errors[nameof(ApplyAnnualTarget.Percentages)] = [TargetMessages.PercentagesOrWeights];
        }

        return errors.Count == 0 ? null : errors;
    }
}
