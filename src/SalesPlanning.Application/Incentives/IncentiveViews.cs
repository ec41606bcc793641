using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Incentives;

namespace SalesPlanning.Application.Incentives;

/// <summary>
/// The plan in force for a month (number 0: nothing saved yet, seed 003's defaults) and every saved version;
/// <see cref="Latest"/> is the newest version saved (0: none), which a save sends back to show what it was based on.
/// </summary>
public sealed record IncentivePlanView(
    int Number,
    int Latest,
    Period EffectiveFrom,
    IncentiveTerms Terms,
    IReadOnlyList<PlanVersionRef> Versions,
    Period? LastApproved,
    bool CanEdit);

public sealed record PlanVersionRef(int Number, Period EffectiveFrom, DateTimeOffset SavedAt, string SavedBy);

/// <summary>A person who may be graded, with their grade in force for the month and when it started.</summary>
public sealed record PersonGradeView(Guid UserId, string Name, string Email, IReadOnlyList<string> Roles, Grade? Grade, Period? From);

/// <summary>Draft: some month-end review is not signed off yet; Ready: may be approved; Approved: stored, locked.</summary>
public enum RunStatus
{
    Draft,
    Ready,
    Approved,
}

/// <summary>Who approved a run and when.</summary>
public sealed record RunApproval(string ApprovedBy, DateTimeOffset ApprovedAt);

/// <summary>A statement with the region it is read in (for the links to its figures); null for people without a region.</summary>
public sealed record StatementView(IncentiveStatement Statement, Guid? RegionId, string? RegionName);

/// <summary>
/// A month's run as the caller may see it: directors every statement and the pool; managers their regions'
/// reps' and their own; reps their own. <see cref="Pool"/> is null for all but directors.
/// </summary>
public sealed record IncentiveRunView(
    Period Period,
    RunStatus Status,
    int PlanNumber,
    IReadOnlyList<StatementView> Statements,
    PoolResult? Pool,
    decimal? QuarterReservedEarlier,
    RunApproval? Approval,
    IReadOnlyList<string> RegionsNotSignedOff,
    bool CanApprove)
{
    public decimal Payable => Statements.Sum(s => s.Statement.Payable);

    public decimal Total(LineKind kind) => Statements.Sum(s => s.Statement.Amount(kind));
}

/// <summary>One month of a person's statements (approved months of the year, newest first).</summary>
public sealed record StatementMonth(Period Period, decimal Payable, decimal Held, decimal Earned);

/// <summary>A person's approved months of a year.</summary>
public sealed record StatementHistoryView(Guid PersonId, string Name, int Year, IReadOnlyList<StatementMonth> Months);

/// <summary>"With <see cref="ExtraCollections"/> more collections this month you would earn <see cref="MoreEarned"/> more", by the same rules.</summary>
public sealed record WhatIfView(
    Period Period,
    decimal ExtraCollections,
    decimal PayableNow,
    decimal PayableWith,
    decimal EarnedNow,
    decimal EarnedWith,
    decimal? RateNow)
{
    public decimal MoreEarned => EarnedWith - EarnedNow;

    public decimal MorePayable => PayableWith - PayableNow;

    public decimal MoreHeld => MoreEarned - MorePayable;
}
