using SalesPlanning.Domain.Common;

namespace SalesPlanning.Domain.Incentives;

/// <summary>
/// An approved month's incentive run: the statements and the pool as approved, with the plan version they
/// were computed with. Stored only on approval and never recomputed; re-opening (with a reason, audited)
/// removes it so the month is live again.
/// </summary>
public sealed class IncentiveRun
{
    private IncentiveRun(int periodKey, Guid planVersionId, IncentiveResult result, Guid approvedBy, DateTimeOffset approvedAt)
    {
        Id = Guid.CreateVersion7();
        PeriodKey = periodKey;
        PlanVersionId = planVersionId;
        Statements = result.Statements;
        Pools = [result.Pool];
        ApprovedBy = approvedBy;
        ApprovedAt = approvedAt;
    }

    // For EF Core.
    private IncentiveRun()
    {
    }

    public Guid Id { get; private set; }

    public int PeriodKey { get; private set; }

    public Period Period => Period.FromKey(PeriodKey);

    public Guid PlanVersionId { get; private set; }

    public IReadOnlyList<IncentiveStatement> Statements { get; private set; } = [];

    /// <summary>The pool, as a one-item list (kept in jsonb like the statements).</summary>
    public IReadOnlyList<PoolResult> Pools { get; private set; } = [];

    public PoolResult Pool => Pools[0];

    public IncentiveResult Result => new(Statements, Pool);

    public Guid ApprovedBy { get; private set; }

    public DateTimeOffset ApprovedAt { get; private set; }

    public static IncentiveRun Approve(Period period, Guid planVersionId, IncentiveResult result, Guid approvedBy, DateTimeOffset approvedAt)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(result);
        return new IncentiveRun(period.Key, planVersionId, result, approvedBy, approvedAt);
    }
}
