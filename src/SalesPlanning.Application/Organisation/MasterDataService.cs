using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SalesPlanning.Application.Common;
using SalesPlanning.Application.Identity;
using SalesPlanning.Application.Persistence;
using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Organisation;

namespace SalesPlanning.Application.Organisation;

/// <summary>
/// Admins keep the master data: regions with their manager, product lines, products and customer
/// segments. Only what was never used can be deleted; everything else is deactivated, which keeps
/// it in history and out of the pickers for new work. Every change is audited.
/// </summary>
public sealed class MasterDataService(
    ISalesPlanningDbFactory contexts,
    TimeProvider time,
    ILogger<MasterDataService> logger)
{
    // ---- Reads: directors and admins see every region; others the regions they belong to. Products, lines and segments any signed-in user.

    public async Task<Result<IReadOnlyList<RegionAdminView>>> ListRegionsAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var regions = db.Regions.AsNoTracking();
        if (!actor.SeesAllRegions)
        {
            regions = regions.Where(r => r.Members.Any(m => m.UserId == actor.UserId));
        }

        var list = await regions.OrderBy(r => r.Code)
            .Select(r => new
            {
                r.Id, r.Code, r.Name, r.IsActive, r.Version,
                Manager = r.Members.Where(m => m.Role == MemberRole.Manager)
                    .Join(db.Users, m => m.UserId, u => u.Id, (_, u) => new { u.Id, u.DisplayName, u.Email })
                    .FirstOrDefault(),
                Reps = r.Members.Count(m => m.Role == MemberRole.Rep),
            })
            .ToListAsync(cancellationToken);
        return Result<IReadOnlyList<RegionAdminView>>.Ok(list
            .Select(r => new RegionAdminView(r.Id, r.Code, r.Name, r.Manager?.Id, r.Manager?.DisplayName, r.Manager?.Email, r.Reps, r.IsActive, r.Version))
            .ToList());
    }

    public async Task<IReadOnlyList<ProductLineView>> ListProductLinesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ProductLines.AsNoTracking().OrderBy(l => l.Code)
            .Select(l => new ProductLineView(l.Id, l.Code, l.NameZh, l.NameEn, db.Products.Count(p => p.ProductLineId == l.Id), l.IsActive, l.Version))
            .ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<ProductView>> ListProductsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Products.AsNoTracking().OrderBy(p => p.Code)
            .Join(db.ProductLines, p => p.ProductLineId, l => l.Id, (p, l) => new ProductView(
                p.Id, p.Code, p.NameZh, p.NameEn, p.Unit, p.ProductLineId, l.Code, p.IsActive, p.Version))
            .ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<SegmentView>> ListSegmentsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.CustomerSegments.AsNoTracking().OrderBy(s => s.Code)
            .Select(s => new SegmentView(s.Id, s.Code, s.NameZh, s.NameEn, s.Kind, s.IsActive, s.Version))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Who can be made a region's manager: active users with the manager role (admins only).</summary>
    public async Task<Result<IReadOnlyList<ManagerOption>>> ListManagerOptionsAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        if (!actor.IsAdmin)
        {
            return Result<IReadOnlyList<ManagerOption>>.Forbidden();
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return Result<IReadOnlyList<ManagerOption>>.Ok(await ManagersQuery(db).ToListAsync(cancellationToken));
    }

    internal static IQueryable<ManagerOption> ManagersQuery(ISalesPlanningDb db) =>
        ManagerUsers(db).OrderBy(u => u.Email).Select(u => new ManagerOption(u.Id, u.DisplayName, u.Email ?? ""));

    private static IQueryable<AppUser> ManagerUsers(ISalesPlanningDb db) =>
        db.Users.AsNoTracking()
            .Where(u => u.IsActive && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.Manager)));

    // ---- Writes: admins only.

    public async Task<Result<Guid>> SaveRegionAsync(Actor actor, SaveRegion request, CancellationToken cancellationToken = default)
    {
        if (Check(actor, new SaveRegionValidator(), request) is { } refused)
        {
            return refused;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var audit = new MasterDataAudit(db, actor, time);
        if (request.ManagerId is { } managerId && !await ManagerUsers(db).AnyAsync(u => u.Id == managerId, cancellationToken))
        {
            return Invalid(nameof(SaveRegion.ManagerId), MasterDataMessages.ManagerUnknown);
        }

        Region region;
        if (request.Id is null)
        {
            var code = request.Code.Trim().ToUpperInvariant();
            if (await db.Regions.AnyAsync(r => r.Code == code, cancellationToken))
            {
                return Invalid(nameof(SaveRegion.Code), MasterDataMessages.CodeTaken);
            }

            region = Region.Create(code, request.Name);
            if (request.ManagerId is { } id)
            {
                region.AssignManager(id);
            }

            db.Regions.Add(region);
            audit.Record(nameof(Region), region.Code, "Created", null, null,
                $"{region.Name}; manager {Name(await UserNamesAsync(db, [region.ManagerId], cancellationToken), region.ManagerId)}");
        }
        else
        {
            var found = await db.Regions.Include(r => r.Members).SingleOrDefaultAsync(r => r.Id == request.Id, cancellationToken);
            if (found is null)
            {
                return Result<Guid>.NotFound();
            }

            region = found;
            if (region.Version != request.Version)
            {
                return Result<Guid>.Conflict(MasterDataMessages.Conflict);
            }

            var oldName = region.Name;
            var oldManager = region.ManagerId;
            region.Rename(request.Name);
            audit.Change(nameof(Region), region.Code, nameof(Region.Name), oldName, region.Name);
            if (oldManager != request.ManagerId)
            {
                if (!region.IsActive)
                {
                    return Invalid(nameof(SaveRegion.ManagerId), MasterDataMessages.RegionInactive);
                }

                if (request.ManagerId is { } newManager)
                {
                    region.AssignManager(newManager);
                }
                else
                {
                    region.RemoveMember(oldManager!.Value);
                }

                var names = await UserNamesAsync(db, [oldManager, region.ManagerId], cancellationToken);
                audit.Change(nameof(Region), region.Code, "Manager", Name(names, oldManager), Name(names, region.ManagerId));
            }

            db.Entry(region).State = EntityState.Modified;
        }

        return await SaveAsync(db, region.Id, "Region {Code} saved by {UserId}", region.Code, actor.UserId);
    }

    public async Task<Result<Guid>> SaveProductLineAsync(Actor actor, SaveProductLine request, CancellationToken cancellationToken = default)
    {
        if (Check(actor, new SaveProductLineValidator(), request) is { } refused)
        {
            return refused;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var audit = new MasterDataAudit(db, actor, time);
        ProductLine line;
        if (request.Id is null)
        {
            var code = request.Code.Trim().ToUpperInvariant();
            if (await db.ProductLines.AnyAsync(l => l.Code == code, cancellationToken))
            {
                return Invalid(nameof(SaveProductLine.Code), MasterDataMessages.CodeTaken);
            }

            line = ProductLine.Create(code, request.NameZh, request.NameEn);
            db.ProductLines.Add(line);
            audit.Record(nameof(ProductLine), line.Code, "Created", null, null, $"{line.NameZh} / {line.NameEn}");
        }
        else
        {
            var found = await db.ProductLines.SingleOrDefaultAsync(l => l.Id == request.Id, cancellationToken);
            if (found is null)
            {
                return Result<Guid>.NotFound();
            }

            line = found;
            if (line.Version != request.Version)
            {
                return Result<Guid>.Conflict(MasterDataMessages.Conflict);
            }

            var (oldZh, oldEn) = (line.NameZh, line.NameEn);
            line.Rename(request.NameZh, request.NameEn);
            audit.Change(nameof(ProductLine), line.Code, nameof(ProductLine.NameZh), oldZh, line.NameZh);
            audit.Change(nameof(ProductLine), line.Code, nameof(ProductLine.NameEn), oldEn, line.NameEn);
        }

        return await SaveAsync(db, line.Id, "Product line {Code} saved by {UserId}", line.Code, actor.UserId);
    }

    public async Task<Result<Guid>> SaveProductAsync(Actor actor, SaveProduct request, CancellationToken cancellationToken = default)
    {
        if (Check(actor, new SaveProductValidator(), request) is { } refused)
        {
            return refused;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var audit = new MasterDataAudit(db, actor, time);
        var line = await db.ProductLines.SingleOrDefaultAsync(l => l.Id == request.ProductLineId, cancellationToken);
        if (line is null)
        {
            return Invalid(nameof(SaveProduct.ProductLineId), MasterDataMessages.LineUnknown);
        }

        Product product;
        if (request.Id is null)
        {
            var code = request.Code.Trim().ToUpperInvariant();
            if (await db.Products.AnyAsync(p => p.Code == code, cancellationToken))
            {
                return Invalid(nameof(SaveProduct.Code), MasterDataMessages.CodeTaken);
            }

            if (!line.IsActive)
            {
                return Invalid(nameof(SaveProduct.ProductLineId), MasterDataMessages.LineInactive);
            }

            product = Product.Create(code, request.NameZh, request.NameEn, request.Unit, line);
            db.Products.Add(product);
            audit.Record(nameof(Product), product.Code, "Created", null, null,
                $"{product.NameZh} / {product.NameEn}; {product.Unit}; {line.Code}");
        }
        else
        {
            var found = await db.Products.SingleOrDefaultAsync(p => p.Id == request.Id, cancellationToken);
            if (found is null)
            {
                return Result<Guid>.NotFound();
            }

            product = found;
            if (product.Version != request.Version)
            {
                return Result<Guid>.Conflict(MasterDataMessages.Conflict);
            }

            if (product.ProductLineId != line.Id && !line.IsActive)
            {
                return Invalid(nameof(SaveProduct.ProductLineId), MasterDataMessages.LineInactive);
            }

            ApplyProductChanges(db, audit, product, request, line);
        }

        return await SaveAsync(db, product.Id, "Product {Code} saved by {UserId}", product.Code, actor.UserId);
    }

    internal static void ApplyProductChanges(ISalesPlanningDb db, MasterDataAudit audit, Product product, SaveProduct request, ProductLine line)
    {
        var (oldZh, oldEn, oldUnit, oldLine) = (product.NameZh, product.NameEn, product.Unit, product.ProductLineId);
        product.Rename(request.NameZh, request.NameEn);
        product.ChangeUnit(request.Unit);
        if (oldLine != line.Id)
        {
            var oldCode = db.ProductLines.Local.FirstOrDefault(l => l.Id == oldLine)?.Code
                ?? db.ProductLines.Where(l => l.Id == oldLine).Select(l => l.Code).SingleOrDefault();
            product.MoveTo(line);
            audit.Change(nameof(Product), product.Code, "ProductLine", oldCode, line.Code);
        }

        audit.Change(nameof(Product), product.Code, nameof(Product.NameZh), oldZh, product.NameZh);
        audit.Change(nameof(Product), product.Code, nameof(Product.NameEn), oldEn, product.NameEn);
        audit.Change(nameof(Product), product.Code, nameof(Product.Unit), oldUnit, product.Unit);
    }

    public async Task<Result<Guid>> SaveSegmentAsync(Actor actor, SaveSegment request, CancellationToken cancellationToken = default)
    {
        if (Check(actor, new SaveSegmentValidator(), request) is { } refused)
        {
            return refused;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var audit = new MasterDataAudit(db, actor, time);
        CustomerSegment segment;
        if (request.Id is null)
        {
            var code = request.Code.Trim().ToUpperInvariant();
            if (await db.CustomerSegments.AnyAsync(s => s.Code == code, cancellationToken))
            {
                return Invalid(nameof(SaveSegment.Code), MasterDataMessages.CodeTaken);
            }

            segment = CustomerSegment.Create(code, request.NameZh, request.NameEn, request.Kind);
            db.CustomerSegments.Add(segment);
            audit.Record(nameof(CustomerSegment), segment.Code, "Created", null, null, $"{segment.NameZh} / {segment.NameEn}; {segment.Kind}");
        }
        else
        {
            var found = await db.CustomerSegments.SingleOrDefaultAsync(s => s.Id == request.Id, cancellationToken);
            if (found is null)
            {
                return Result<Guid>.NotFound();
            }

            segment = found;
            if (segment.Version != request.Version)
            {
                return Result<Guid>.Conflict(MasterDataMessages.Conflict);
            }

            var (oldZh, oldEn, oldKind) = (segment.NameZh, segment.NameEn, segment.Kind);
            segment.Rename(request.NameZh, request.NameEn);
            segment.ChangeKind(request.Kind);
            audit.Change(nameof(CustomerSegment), segment.Code, nameof(CustomerSegment.NameZh), oldZh, segment.NameZh);
            audit.Change(nameof(CustomerSegment), segment.Code, nameof(CustomerSegment.NameEn), oldEn, segment.NameEn);
            audit.Change(nameof(CustomerSegment), segment.Code, nameof(CustomerSegment.Kind), oldKind.ToString(), segment.Kind.ToString());
        }

        return await SaveAsync(db, segment.Id, "Customer segment {Code} saved by {UserId}", segment.Code, actor.UserId);
    }

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

        if (item.IsActive == active)
        {
            return Invalid("", active ? MasterDataMessages.AlreadyActive : MasterDataMessages.AlreadyInactive);
        }

        if (active)
        {
            item.Activate();
        }
        else
        {
            item.Deactivate();
        }

        new MasterDataAudit(db, actor, time).Record(item.EntityType, item.Code, active ? "Reactivated" : "Deactivated",
            "IsActive", MasterDataAudit.Flag(!active), MasterDataAudit.Flag(active));
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

    private sealed record Item(object Entity, string EntityType, string Code, bool IsActive, Action Activate, Action Deactivate);

    private static async Task<Item?> FindAsync(ISalesPlanningDb db, MasterDataKind kind, Guid id, CancellationToken cancellationToken)
    {
        switch (kind)
        {
            case MasterDataKind.Region:
                var region = await db.Regions.SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
                return region is null ? null : new Item(region, nameof(Region), region.Code, region.IsActive, region.Activate, region.Deactivate);
            case MasterDataKind.ProductLine:
                var line = await db.ProductLines.SingleOrDefaultAsync(l => l.Id == id, cancellationToken);
                return line is null ? null : new Item(line, nameof(ProductLine), line.Code, line.IsActive, line.Activate, line.Deactivate);
            case MasterDataKind.Product:
                var product = await db.Products.SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
                return product is null ? null : new Item(product, nameof(Product), product.Code, product.IsActive, product.Activate, product.Deactivate);
            case MasterDataKind.CustomerSegment:
                var segment = await db.CustomerSegments.SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
                return segment is null ? null : new Item(segment, nameof(CustomerSegment), segment.Code, segment.IsActive, segment.Activate, segment.Deactivate);
            default:
                return null;
        }
    }

    /// <summary>The e-mails (or names) of the users, for audit rows.</summary>
    internal static async Task<Dictionary<Guid, string>> UserNamesAsync(ISalesPlanningDb db, IReadOnlyList<Guid?> userIds, CancellationToken cancellationToken)
    {
        var ids = userIds.OfType<Guid>().ToList();
        return await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Email ?? u.DisplayName, cancellationToken);
    }

    internal static string Name(IReadOnlyDictionary<Guid, string> names, Guid? userId) =>
        userId is { } id ? names.GetValueOrDefault(id, id.ToString()) : "—";

    private static Result<Guid>? Check<T>(Actor actor, FluentValidation.IValidator<T> validator, T request)
    {
        if (!actor.IsAdmin)
        {
            return Result<Guid>.Forbidden();
        }

        return Validation.Check(validator, request) is { } invalid ? Result<Guid>.Invalid(invalid) : null;
    }

    private static Result<Guid> Invalid(string field, string message) =>
        Result<Guid>.Invalid(new Dictionary<string, string[]> { [field] = [message] });

    private async Task<Result<Guid>> SaveAsync(ISalesPlanningDb db, Guid id, string message, params object?[] args)
    {
        SaveOutcome outcome;
        try
        {
            outcome = await db.TrySaveChangesAsync();
        }
        catch (DomainException ex)
        {
            return Invalid("", ex.Message);
        }

        switch (outcome)
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
