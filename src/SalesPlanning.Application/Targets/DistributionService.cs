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

        if (ShapeProblems(name ?? "", percentages) is { } problems)
        {
            return Result<DistributionView>.Invalid(problems);
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
        catch (DomainException ex)
        {
            return Result<DistributionView>.Invalid(new Dictionary<string, string[]> { [FieldOf(ex)] = [ex.Message] });
        }

        db.Audit(actor, time.GetUtcNow(), nameof(MonthlyDistribution), existing.Name, "Saved",
            "Percentages", null, string.Join(" / ", existing.Percentages.Select(p => p.ToString(CultureInfo.InvariantCulture))));
        if ((await db.TrySaveChangesAsync(cancellationToken)).AsConflict<DistributionView>(
                "Someone else saved a distribution of that name at the same time. Try again.") is { } refused)
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

        var problems = request.Weights is { } weights ? WeightShapeProblems(weights, request.Percentages, request.Metric, request.Amount)
            : ShapeProblems(null, request.Percentages, request.Metric, request.Amount);
        if (problems is not null)
        {
            return Result<IReadOnlyDictionary<Period, decimal>>.Invalid(problems);
        }

        IReadOnlyDictionary<Period, decimal> months;
        try
        {
            var annual = new AnnualTarget(request.Year, request.Metric, request.Amount);
            months = request.Weights is null ? annual.Spread(request.Percentages) : annual.SpreadByWeights(request.Weights);
        }
        catch (DomainException ex)
        {
            return Result<IReadOnlyDictionary<Period, decimal>>.Invalid(new Dictionary<string, string[]> { [FieldOf(ex)] = [ex.Message] });
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
        catch (DomainException ex)
        {
            return Result<IReadOnlyDictionary<Period, decimal>>.Invalid(new Dictionary<string, string[]> { [""] = [ex.Message] });
        }

        if ((await db.TrySaveChangesAsync(cancellationToken)).AsConflict<IReadOnlyDictionary<Period, decimal>>(
                "Someone else changed this year's company targets at the same time. Reload and apply again.") is { } refused)
        {
            return refused;
        }

        logger.LogInformation("Annual {Metric} target {Year} of {Amount} applied by {UserId}", request.Metric, request.Year, request.Amount, actor.UserId);
        return Result<IReadOnlyDictionary<Period, decimal>>.Ok(months);
    }

    private static string FieldOf(DomainException ex) =>
        ex.Message.Contains("name", StringComparison.OrdinalIgnoreCase) ? "Name"
        : ex.Message.Contains("annual", StringComparison.OrdinalIgnoreCase) ? "Amount"
        : "Percentages";

    /// <summary>The message keys of an annual target spread by weights: twelve weights (not with percentages), and the amount.</summary>
    private static Dictionary<string, string[]>? WeightShapeProblems(IReadOnlyList<decimal> weights, IReadOnlyList<decimal> percentages, Metric metric, decimal amount)
    {
        var problems = new Dictionary<string, string[]>();
        if (percentages.Count > 0)
        {
            problems["Percentages"] = [TargetMessages.PercentagesOrWeights];
        }
        else if (MonthlyDistribution.WeightProblems(weights).Count > 0)
        {
            problems["Weights"] = [TargetMessages.WeightsInvalid];
        }

        if (TargetMessages.AmountProblem(metric, amount) is { } amountProblem)
        {
            problems["Amount"] = [amountProblem];
        }

        return problems.Count == 0 ? null : problems;
    }

    /// <summary>The message key of a distribution's or annual target's problem, checked before the domain is asked.</summary>
    private static Dictionary<string, string[]>? ShapeProblems(string? name, IReadOnlyList<decimal> percentages, Metric? metric = null, decimal? amount = null)
    {
        var problems = new Dictionary<string, string[]>();
        if (name is not null && string.IsNullOrWhiteSpace(name))
        {
            problems["Name"] = [TargetMessages.NameRequired];
        }

        if (percentages.Count != MonthlyDistribution.Months || percentages.Any(p => p < 0 || p > 100))
        {
            problems["Percentages"] = [TargetMessages.PercentagesMustSumTo100];
        }
        else if (percentages.Any(p => decimal.Round(p, MonthlyDistribution.PercentDecimals) != p))
        {
            problems["Percentages"] = [TargetMessages.PercentDecimals];
        }
        else if (percentages.Sum() != 100m)
        {
            problems["Percentages"] = [TargetMessages.PercentagesMustSumTo100];
        }

        if (metric is { } m && amount is { } a && TargetMessages.AmountProblem(m, a) is { } amountProblem)
        {
            problems["Amount"] = [amountProblem];
        }

        return problems.Count == 0 ? null : problems;
    }
}
