using Microsoft.EntityFrameworkCore;
using SalesPlanning.Application.Common;
using SalesPlanning.Application.Persistence;

namespace SalesPlanning.Application.Auditing;

public sealed record AuditRow(
    long Id,
    DateTimeOffset At,
    string UserName,
    string EntityType,
    string EntityKey,
    string Action,
    string? Field,
    string? OldValue,
    string? NewValue,
    string? Comment);

public sealed record AuditPage(IReadOnlyList<AuditRow> Items, int Total);

/// <summary>
/// A search of the audit trail: who (part of the actor's sign-in name), what (entity type and/or
/// action, exact; or part of the entity key), and when (dates inclusive, in UTC). Newest first.
/// </summary>
public sealed record AuditSearch(
    string? Who = null,
    string? EntityType = null,
    string? Action = null,
    string? Key = null,
    DateOnly? From = null,
    DateOnly? To = null,
    int Skip = 0,
    int Take = 50);

/// <summary>The audit trail, read by directors and admins (issue 6), paged on the server.</summary>
public sealed class AuditQueries(ISalesPlanningDbFactory contexts)
{
    public const int MaxPageSize = 500;

    public static bool MayRead(Actor actor) => actor.IsDirector || actor.IsAdmin;

    public async Task<Result<AuditPage>> SearchAsync(Actor actor, AuditSearch search, CancellationToken cancellationToken = default)
    {
        if (!MayRead(actor))
        {
            return Result<AuditPage>.Forbidden();
        }

        if (Paging.Check(search.Skip, search.Take, MaxPageSize) is { } badPage)
        {
            return Result<AuditPage>.Invalid(badPage);
        }

        if (search.From is { } from && search.To is { } to && from > to)
        {
            return Result<AuditPage>.Invalid(new Dictionary<string, string[]> { ["To"] = ["Audit_DatesReversed"] });
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search.Who))
        {
            rows = rows.Where(a => EF.Functions.ILike(a.UserName, Like(search.Who), "\\"));
        }

        if (!string.IsNullOrWhiteSpace(search.EntityType))
        {
            rows = rows.Where(a => a.EntityType == search.EntityType.Trim());
        }

        if (!string.IsNullOrWhiteSpace(search.Action))
        {
            rows = rows.Where(a => a.Action == search.Action.Trim());
        }

        if (!string.IsNullOrWhiteSpace(search.Key))
        {
            rows = rows.Where(a => EF.Functions.ILike(a.EntityKey, Like(search.Key), "\\"));
        }

        if (search.From is { } start)
        {
            var since = new DateTimeOffset(start.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            rows = rows.Where(a => a.At >= since);
        }

        if (search.To is { } end)
        {
            var before = new DateTimeOffset(end.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            rows = rows.Where(a => a.At < before);
        }

        var total = await rows.CountAsync(cancellationToken);
        var items = await rows.OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
            .Skip(search.Skip)
            .Take(search.Take)
            .Select(a => new AuditRow(a.Id, a.At, a.UserName, a.EntityType, a.EntityKey, a.Action, a.Field, a.OldValue, a.NewValue, a.Comment))
            .ToListAsync(cancellationToken);
        return Result<AuditPage>.Ok(new AuditPage(items, total));
    }

    /// <summary>The entity types and actions the trail holds, for the search's pick lists.</summary>
    public async Task<Result<AuditKinds>> KindsAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        if (!MayRead(actor))
        {
            return Result<AuditKinds>.Forbidden();
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var types = await db.AuditEntries.Select(a => a.EntityType).Distinct().OrderBy(t => t).ToListAsync(cancellationToken);
        var actions = await db.AuditEntries.Select(a => a.Action).Distinct().OrderBy(t => t).ToListAsync(cancellationToken);
        return Result<AuditKinds>.Ok(new AuditKinds(types, actions));
    }

    private static string Like(string text) =>
        "%" + text.Trim().Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal) + "%";
}

public sealed record AuditKinds(IReadOnlyList<string> EntityTypes, IReadOnlyList<string> Actions);
