using System.Globalization;
using SalesPlanning.Domain.Common;

namespace SalesPlanning.Domain.Performance;

/// <summary>
/// One rep's count targets for a month: new customers, visits, calls, orders, and the most lost
/// customers allowed. Null: not set — shown as missing and left out of the score, never taken as zero.
/// </summary>
public sealed record RepKpiTargets(Guid RepId, int? NewCustomers, int? Visits, int? Calls, int? Orders, int? LostCustomers)
{
    public int? For(Kpi kpi) => kpi switch
    {
        Kpi.NewCustomers => NewCustomers,
        Kpi.Visits => Visits,
        Kpi.Calls => Calls,
        Kpi.Orders => Orders,
        Kpi.LostCustomers => LostCustomers,
        _ => throw new ArgumentOutOfRangeException(nameof(kpi), kpi, "Not a count KPI."),
    };

    public static RepKpiTargets Missing(Guid repId) => new(repId, null, null, null, null, null);

    /// <summary>The same targets for another rep ("same for all").</summary>
    public RepKpiTargets For(Guid repId) => this with { RepId = repId };
}

/// <summary>A count target that changed: old → new (null: not set).</summary>
public sealed record KpiTargetChange(Guid RepId, Kpi Kpi, int? Old, int? New);

/// <summary>
/// The count targets of a region's reps for one month (DESIGN §9), set by the manager for the whole team
/// at once. One sheet per region and month, with one version: two managers saving the same team's
/// targets from the same read — the second is refused and keeps their input.
/// </summary>
public sealed class KpiTargetSheet
{
    /// <summary>More than any rep's month needs (a week counts at most 100,000 of anything).</summary>
    public const int MaxTarget = 1_000_000;

    private KpiTargetSheet(Guid regionId, int periodKey)
    {
        Id = Guid.CreateVersion7();
        RegionId = regionId;
        PeriodKey = periodKey;
    }

    // For EF Core.
    private KpiTargetSheet()
    {
    }

    public Guid Id { get; private set; }

    public Guid RegionId { get; private set; }

    public int PeriodKey { get; private set; }

    public Period Period => Period.FromKey(PeriodKey);

    /// <summary>One line per rep, ordered by rep id.</summary>
    public IReadOnlyList<RepKpiTargets> Lines { get; private set; } = [];

    public Guid UpdatedBy { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public uint Version { get; private set; }

    public static KpiTargetSheet Start(Guid regionId, Period period)
    {
        ArgumentNullException.ThrowIfNull(period);
        if (regionId == Guid.Empty)
        {
            throw new DomainException("A target sheet needs a region.");
        }

        return new KpiTargetSheet(regionId, period.Key);
    }

    /// <summary>The targets of a rep; every one missing when the sheet has no line for them.</summary>
    public RepKpiTargets For(Guid repId) => Lines.FirstOrDefault(l => l.RepId == repId) ?? RepKpiTargets.Missing(repId);

    /// <summary>Every rule the lines break (all at once): a rep twice, a target below zero or above <see cref="MaxTarget"/>.</summary>
    public static IReadOnlyList<ScorecardProblem> Problems(IReadOnlyList<RepKpiTargets> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var problems = new List<ScorecardProblem>();
        var reps = new HashSet<Guid>();
        for (var i = 0; i < lines.Count; i++)
        {
            var at = string.Create(CultureInfo.InvariantCulture, $"Reps[{i}]");
            if (lines[i].RepId == Guid.Empty || !reps.Add(lines[i].RepId))
            {
                problems.Add(new ScorecardProblem(at + ".RepId", ScorecardRules.Duplicate));
            }

            foreach (var kpi in KpiCatalog.CountTargets)
            {
                if (lines[i].For(kpi) is { } value && value is < 0 or > MaxTarget)
                {
                    problems.Add(new ScorecardProblem($"{at}.{kpi}", ScorecardRules.TargetNotWholeNumber,
                        ["0", MaxTarget.ToString(CultureInfo.InvariantCulture)]));
                }
            }
        }

        return problems;
    }

    /// <summary>
    /// Replaces the given reps' lines (reps not named keep theirs); throws <see cref="ScorecardRulesException"/>
    /// with every problem. Returns what changed, one entry per target; empty when nothing did.
    /// </summary>
    public IReadOnlyList<KpiTargetChange> Replace(IReadOnlyList<RepKpiTargets> lines, Guid by, DateTimeOffset at)
    {
        var problems = Problems(lines);
        if (problems.Count > 0)
        {
            throw new ScorecardRulesException(problems);
        }

        var changes = new List<KpiTargetChange>();
        var next = Lines.ToDictionary(l => l.RepId);
        foreach (var line in lines)
        {
            var old = For(line.RepId);
            changes.AddRange(KpiCatalog.CountTargets
                .Where(k => old.For(k) != line.For(k))
                .Select(k => new KpiTargetChange(line.RepId, k, old.For(k), line.For(k))));
            next[line.RepId] = line;
        }

        if (changes.Count > 0)
        {
            Lines = [.. next.Values.OrderBy(l => l.RepId)];
            UpdatedBy = by;
            UpdatedAt = at;
        }

        return changes;
    }
}
