using SalesPlanning.Domain.Common;

namespace SalesPlanning.Domain.Targets;

/// <summary>
/// A target (目标): the amount of one metric for one scope (the company, a region or a rep) in one
/// period, with its breakdowns (目标分解) along the dimensions the scope allows.
/// </summary>
/// <remarks>
/// <para>
/// A breakdown's allocations must sum to the amount exactly; until they do the breakdown is a
/// draft and reports its unallocated remainder (<see cref="TargetBreakdown.Unallocated"/>). The
/// target does not refuse an unbalanced breakdown: users get there one row at a time. Whether
/// every breakdown balances is for the plan to require (<see cref="BalanceProblems"/>).
/// </para>
/// <para>
/// Once the region's plan for the period is approved the target is locked and refuses every change
/// until a director re-opens it. Membership (active, in scope) is the caller's to know: the
/// allocations take the set of members allowed.
/// </para>
/// </remarks>
public sealed class Target
{
    private readonly List<TargetBreakdown> _breakdowns = [];

    private Target(Period period, Metric metric, TargetScope scope, decimal amount)
    {
        Id = Guid.CreateVersion7();
        PeriodKey = period.Key;
        Metric = metric;
        ScopeKind = scope.Kind;
        ScopeId = scope.Id;
        Amount = amount;
    }

    // For EF Core.
    private Target()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>The period as stored: yyyyMM, see <see cref="Period.Key"/>.</summary>
    public int PeriodKey { get; private set; }

    public Period Period => Period.FromKey(PeriodKey);

    public Metric Metric { get; private set; }

    public ScopeKind ScopeKind { get; private set; }

    /// <summary>The region's or rep's id; null for the company target.</summary>
    public Guid? ScopeId { get; private set; }

    public TargetScope Scope => TargetScope.From(ScopeKind, ScopeId);

    /// <summary>Money to the cent, or whole units for sales volume (see <see cref="MetricRules"/>).</summary>
    public decimal Amount { get; private set; }

    /// <summary>Locked when the region's plan for the period is approved.</summary>
    public bool IsLocked { get; private set; }

    /// <summary>Optimistic concurrency token, maintained by the database.</summary>
    public uint Version { get; private set; }

    public IReadOnlyList<TargetBreakdown> Breakdowns => _breakdowns.AsReadOnly();

    /// <summary>Every breakdown balances (true when there are none).</summary>
    public bool AllBreakdownsBalanced => _breakdowns.TrueForAll(b => b.IsBalanced);

    public static Target Create(Period period, Metric metric, TargetScope scope, decimal amount)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(scope);
        MetricRules.Valid(metric);
        MetricRules.Validate(metric, amount, "The target amount");
        return new Target(period, metric, scope, amount);
    }

    /// <summary>
    /// Sets a new amount and returns the old one (for the audit trail). The breakdowns keep their
    /// allocations, so they may stop balancing and show what is now unallocated or over-allocated.
    /// </summary>
    public decimal ChangeAmount(decimal amount)
    {
        EnsureUnlocked();
        MetricRules.Validate(Metric, amount, "The target amount");
        var old = Amount;
        Amount = amount;
        return old;
    }

    /// <summary>The breakdown along the dimension, or null when there is none yet.</summary>
    public TargetBreakdown? FindBreakdown(Dimension dimension) => _breakdowns.Find(b => b.Dimension == dimension);

    /// <summary>
    /// The breakdown along the dimension, started empty on first use. Refuses a dimension this
    /// target's scope cannot be broken down along, and starting a new one while locked.
    /// </summary>
    public TargetBreakdown BreakdownFor(Dimension dimension)
    {
        EnsureCanBreakDownAlong(dimension);
        var existing = FindBreakdown(dimension);
        if (existing is not null)
        {
            return existing;
        }

        EnsureUnlocked();
        var breakdown = new TargetBreakdown(this, dimension);
        _breakdowns.Add(breakdown);
        return breakdown;
    }

    /// <summary>
    /// Replaces the allocations of the breakdown along <paramref name="dimension"/> (starting it if
    /// needed) with <paramref name="amounts"/>: members left out lose their allocation, a zero amount
    /// is kept as an allocation of 0. Every amount must be a valid amount of the metric and every
    /// member one of <paramref name="allowedMembers"/> (the active members in this target's scope).
    /// All problems are reported at once and nothing changes when there is one. The sum need not
    /// match the target: the breakdown then stays a draft. Returns what changed, for the audit trail.
    /// </summary>
    public IReadOnlyList<AllocationChange> SetAllocations(
        Dimension dimension, IReadOnlyDictionary<Guid, decimal> amounts, IReadOnlySet<Guid> allowedMembers)
    {
        ArgumentNullException.ThrowIfNull(amounts);
        ArgumentNullException.ThrowIfNull(allowedMembers);
        EnsureCanBreakDownAlong(dimension);
        EnsureUnlocked();

        var rows = AllocationProblems(Metric, amounts, allowedMembers);
        if (rows.Count > 0)
        {
            var member = Wording.Of(dimension);
            throw new TargetRulesException([.. rows.Select(r => r.Code switch
            {
                AllocationRules.MemberMissing => $"Every allocation needs a {member}.",
                AllocationRules.MemberNotAllowed =>
                    $"The {member} {r.MemberId} is inactive or outside this target's scope, so nothing can be allocated to it.",
                _ => MetricRules.ProblemWith(Metric, amounts[r.MemberId], $"The allocation to {member} {r.MemberId}")!,
            })], rows);
        }

        return BreakdownFor(dimension).Replace(amounts);
    }

    /// <summary>
    /// The one rule for a breakdown's rows, by member and coded: a member that is not one of
    /// <paramref name="allowedMembers"/> is <see cref="AllocationRules.MemberNotAllowed"/> (the empty id: <see cref="AllocationRules.MemberMissing"/>),
    /// an amount the metric does not allow has <see cref="MetricRules.Check"/>'s code. Empty when every row is valid.
    /// </summary>
    public static IReadOnlyList<AllocationProblem> AllocationProblems(
        Metric metric, IReadOnlyDictionary<Guid, decimal> amounts, IReadOnlySet<Guid> allowedMembers)
    {
        ArgumentNullException.ThrowIfNull(amounts);
        ArgumentNullException.ThrowIfNull(allowedMembers);
        return [.. amounts
            .Select(a => new AllocationProblem(a.Key,
                a.Key == Guid.Empty ? AllocationRules.MemberMissing
                : !allowedMembers.Contains(a.Key) ? AllocationRules.MemberNotAllowed
                : MetricRules.Check(metric, a.Value)!))
            .Where(p => p.Code is not null)];
    }

    /// <summary>Removes the breakdown along the dimension with its allocations; returns them as removed.</summary>
    public IReadOnlyList<AllocationChange> RemoveBreakdown(Dimension dimension)
    {
        EnsureUnlocked();
        var breakdown = FindBreakdown(dimension)
            ?? throw new DomainException($"{Describe()} has no {Wording.Of(dimension)} breakdown to remove.");
        var changes = breakdown.AllRemoved();
        _breakdowns.Remove(breakdown);
        return changes;
    }

    /// <summary>One sentence per breakdown that does not balance; empty when all do.</summary>
    public IReadOnlyList<string> BalanceProblems() =>
        _breakdowns
            .Where(b => !b.IsBalanced)
            .Select(b => b.Unallocated < 0
                ? $"The {Wording.Of(b.Dimension)} breakdown of {Describe(lowerCase: true)} is over-allocated by {MetricRules.Format(Metric, -b.Unallocated)}."
                : $"The {Wording.Of(b.Dimension)} breakdown of {Describe(lowerCase: true)} has {MetricRules.Format(Metric, b.Unallocated)} unallocated.")
            .ToList()
            .AsReadOnly();

    /// <summary>Locks the target and its breakdowns, when the region's plan for the period is approved.</summary>
    public void Lock()
    {
        if (IsLocked)
        {
            throw new DomainException($"{Describe()} is already locked.");
        }

        IsLocked = true;
    }

    /// <summary>Unlocks an approved target so it can change again; a director's action, audited by the caller.</summary>
    public void Reopen()
    {
        if (!IsLocked)
        {
            throw new DomainException($"{Describe()} is not locked, so there is nothing to re-open.");
        }

        IsLocked = false;
    }

    private void EnsureUnlocked()
    {
        if (IsLocked)
        {
            throw new DomainException(
                $"{Describe()} is locked because the plan for {Period} was approved; a director must re-open it before it can change.");
        }
    }

    private void EnsureCanBreakDownAlong(Dimension dimension)
    {
        if (!Enum.IsDefined(dimension))
        {
            throw new DomainException($"{(int)dimension} is not a dimension.");
        }

        var scope = Scope;
        if (!scope.CanBreakDownAlong(dimension))
        {
            throw new DomainException(
                $"A {Wording.Of(ScopeKind)} target cannot be broken down by {Wording.Of(dimension)}; "
                + $"it can be broken down by {Wording.List(scope.Dimensions)}.");
        }
    }

    /// <summary>"The 2026-12 sales amount target of the company" / "… of this region".</summary>
    private string Describe(bool lowerCase = false)
    {
        var owner = ScopeKind == ScopeKind.Company ? "the company" : $"this {Wording.Of(ScopeKind)}";
        return $"{(lowerCase ? "the" : "The")} {Period} {Wording.Of(Metric)} target of {owner}";
    }
}
