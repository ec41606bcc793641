using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SalesPlanning.Application.Common;
using SalesPlanning.Application.Persistence;
using SalesPlanning.Domain.Organisation;

namespace SalesPlanning.Application.Organisation;

/// <summary>
/// Admins change the master data: regions with their manager, product lines, products and customer
/// segments. Each save goes through its kind's one path (<see cref="MasterDataPaths"/>), as the CSV import
/// does. Only what was never used can be deleted; everything else is deactivated, which keeps it in history
/// and out of the pickers for new work. Every change is audited. Lists: <see cref="MasterDataQueries"/>.
/// </summary>
public sealed class MasterDataService(
    ISalesPlanningDbFactory contexts,
    TimeProvider time,
    ILogger<MasterDataService> logger)
{
    public Task<Result<Guid>> SaveRegionAsync(Actor actor, SaveRegion request, CancellationToken cancellationToken = default) =>
        SaveAsync(actor, MasterDataPaths.Region, request, cancellationToken);

    public Task<Result<Guid>> SaveProductLineAsync(Actor actor, SaveProductLine request, CancellationToken cancellationToken = default) =>
        SaveAsync(actor, MasterDataPaths.ProductLine, request, cancellationToken);

    public Task<Result<Guid>> SaveProductAsync(Actor actor, SaveProduct request, CancellationToken cancellationToken = default) =>
        SaveAsync(actor, MasterDataPaths.Product, request, cancellationToken);

    public Task<Result<Guid>> SaveSegmentAsync(Actor actor, SaveSegment request, CancellationToken cancellationToken = default) =>
        SaveAsync(actor, MasterDataPaths.Segment, request, cancellationToken);

    /// <summary>Deactivates (<paramref name="active"/> false) or reactivates one item; it stays in history either way.</summary>
    public async Task<Result<Guid>> SetActiveAsync(Actor actor, MasterDataKind kind, Guid id, bool active, CancellationToken cancellationToken = default)
    {
        if (!actor.IsAdmin)
        {
            return Result<Guid>.Forbidden();
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var item = await FindAsync(db, kind, id, cancellationToken);
        if (item is null)
        {
            return Result<Guid>.NotFound();
        }

        try
        {
            new MasterDataEdit(db, actor, time).SetActive(item.EntityType, item.Code, active, item.Activate, item.Deactivate);
        }
        catch (OrganisationRulesException rules)
        {
            return Result<Guid>.Invalid(MasterDataMessages.Errors(rules.Problems));
        }

        return await SaveAsync(db, id, "{Kind} {Code} active={Active} by {UserId}", kind, item.Code, active, actor.UserId);
    }

    /// <summary>Deletes an item that was never used; anything used is refused (deactivate it instead).</summary>
    public async Task<Result<Guid>> DeleteAsync(Actor actor, MasterDataKind kind, Guid id, CancellationToken cancellationToken = default)
    {
        if (!actor.IsAdmin)
        {
            return Result<Guid>.Forbidden();
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var item = await FindAsync(db, kind, id, cancellationToken);
        if (item is null)
        {
            return Result<Guid>.NotFound();
        }

        if (await IsUsedAsync(db, kind, id, cancellationToken))
        {
            return Invalid("", MasterDataMessages.InUse);
        }

        db.Remove(item.Entity);
        new MasterDataAudit(db, actor, time).Record(item.EntityType, item.Code, "Deleted");
        switch (await db.TrySaveChangesAsync(cancellationToken))
        {
            case SaveOutcome.InUse:
                // Something started to use it meanwhile.
                return Invalid("", MasterDataMessages.InUse);
            case SaveOutcome.Conflict or SaveOutcome.Duplicate:
                return Result<Guid>.Conflict(MasterDataMessages.Conflict);
        }

        logger.LogInformation("{Kind} {Code} deleted by {UserId}", kind, item.Code, actor.UserId);
        return Result<Guid>.Ok(id);
    }

    /// <summary>
    /// Whether anything refers to the item. Conservative: a region with any member, target, allocation,
    /// actual or plan; a product line with any product; a product or segment with any allocation, actual
    /// or mention in a plan.
    /// </summary>
    internal static async Task<bool> IsUsedAsync(ISalesPlanningDb db, MasterDataKind kind, Guid id, CancellationToken cancellationToken) =>
        kind switch
        {
            MasterDataKind.Region =>
                await db.RegionMemberships.AnyAsync(m => m.RegionId == id, cancellationToken)
                || await db.Targets.AnyAsync(t => t.ScopeId == id, cancellationToken)
                || await db.TargetAllocations.AnyAsync(a => a.MemberId == id, cancellationToken)
                || await db.MonthlyActuals.AnyAsync(a => a.RegionId == id, cancellationToken)
                || await db.MonthlyPlans.AnyAsync(p => p.RegionId == id, cancellationToken),
            MasterDataKind.ProductLine => await db.Products.AnyAsync(p => p.ProductLineId == id, cancellationToken),
            MasterDataKind.Product =>
                await db.TargetAllocations.AnyAsync(a => a.MemberId == id, cancellationToken)
                || await db.Targets.AnyAsync(t => t.ScopeId == id, cancellationToken)
                || await db.MonthlyActuals.AnyAsync(a => a.ProductId == id, cancellationToken)
                || await MentionedInPlansAsync(db, id, cancellationToken),
            MasterDataKind.CustomerSegment =>
                await db.TargetAllocations.AnyAsync(a => a.MemberId == id, cancellationToken)
                || await db.Targets.AnyAsync(t => t.ScopeId == id, cancellationToken)
                || await MentionedInPlansAsync(db, id, cancellationToken),
            _ => true,
        };

    /// <summary>Whether any plan section's content (jsonb, e.g. a product forecast) names the id.</summary>
    private static Task<bool> MentionedInPlansAsync(ISalesPlanningDb db, Guid id, CancellationToken cancellationToken)
    {
        var pattern = $"%{id}%";
        return db.Database
            .SqlQuery<bool>($"SELECT EXISTS (SELECT 1 FROM plan_sections WHERE content::text LIKE {pattern}) AS \"Value\"")
            .SingleAsync(cancellationToken);
    }

    private sealed record Item(object Entity, string EntityType, string Code, Action Activate, Action Deactivate);

    private static async Task<Item?> FindAsync(ISalesPlanningDb db, MasterDataKind kind, Guid id, CancellationToken cancellationToken)
    {
        switch (kind)
        {
            case MasterDataKind.Region:
                var region = await db.Regions.SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
                return region is null ? null : new Item(region, nameof(Region), region.Code, region.Activate, region.Deactivate);
            case MasterDataKind.ProductLine:
                var line = await db.ProductLines.SingleOrDefaultAsync(l => l.Id == id, cancellationToken);
                return line is null ? null : new Item(line, nameof(ProductLine), line.Code, line.Activate, line.Deactivate);
            case MasterDataKind.Product:
                var product = await db.Products.SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
                return product is null ? null : new Item(product, nameof(Product), product.Code, product.Activate, product.Deactivate);
            case MasterDataKind.CustomerSegment:
                var segment = await db.CustomerSegments.SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
                return segment is null ? null : new Item(segment, nameof(CustomerSegment), segment.Code, segment.Activate, segment.Deactivate);
            default:
                return null;
        }
    }

    /// <summary>Creates (no id) or changes (read at the request's version) one item through its kind's path.</summary>
    private async Task<Result<Guid>> SaveAsync<TRequest, TEntity>(
        Actor actor, MasterDataPath<TRequest, TEntity> path, TRequest request, CancellationToken cancellationToken)
        where TRequest : IMasterDataRequest
        where TEntity : class
    {
        if (!actor.IsAdmin)
        {
            return Result<Guid>.Forbidden();
        }

        if (Validation.Check(path.Validator, request) is { } invalid)
        {
            return Result<Guid>.Invalid(invalid);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var edit = new MasterDataEdit(db, actor, time);
        if (await path.CheckReferencesAsync(edit, request, cancellationToken) is { } refused)
        {
            return Invalid(refused.Field, refused.Message);
        }

        TEntity entity;
        try
        {
            if (request.Id is not { } id)
            {
                if (await path.CodeTakenAsync(db, request.Code.Trim().ToUpperInvariant(), cancellationToken))
                {
                    return Invalid(nameof(IMasterDataRequest.Code), MasterDataMessages.CodeTaken);
                }

                entity = await path.CreateAsync(edit, request, active: true, cancellationToken);
            }
            else
            {
                if (await path.FindAsync(db, id, cancellationToken) is not { } found)
                {
                    return Result<Guid>.NotFound();
                }

                if (path.VersionOf(found) != request.Version)
                {
                    return Result<Guid>.Conflict(MasterDataMessages.Conflict);
                }

                entity = found;
                await path.ChangeAsync(edit, entity, request, active: null, cancellationToken);
                if (path.WritesRowOnEverySave)
                {
                    db.Entry(entity).State = EntityState.Modified;
                }
            }
        }
        catch (OrganisationRulesException rules)
        {
            return Result<Guid>.Invalid(MasterDataMessages.Errors(rules.Problems));
        }

        return await SaveAsync(db, path.IdOf(entity), "{Kind} {Code} saved by {UserId}", path.Kind, path.CodeOf(entity), actor.UserId);
    }

    private static Result<Guid> Invalid(string field, string message) =>
        Result<Guid>.Invalid(new Dictionary<string, string[]> { [field] = [message] });

    private async Task<Result<Guid>> SaveAsync(ISalesPlanningDb db, Guid id, string message, params object?[] args)
    {
        switch (await db.TrySaveChangesAsync())
        {
            case SaveOutcome.Duplicate:
                return Invalid("Code", MasterDataMessages.CodeTaken);
            case SaveOutcome.Conflict or SaveOutcome.InUse:
                return Result<Guid>.Conflict(MasterDataMessages.Conflict);
        }

#pragma warning disable CA2254 // The template is a constant chosen by the caller.
        logger.LogInformation(message, args);
#pragma warning restore CA2254
        return Result<Guid>.Ok(id);
    }
}
