using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SalesPlanning.Application.Persistence;
using SalesPlanning.Domain.Organisation;

namespace SalesPlanning.Application.Organisation;

/// <summary>The create/update path of each kind of master data (<see cref="MasterDataPath{TRequest, TEntity}"/>).</summary>
internal static class MasterDataPaths
{
    public static readonly RegionPath Region = new();
    public static readonly ProductLinePath ProductLine = new();
    public static readonly ProductPath Product = new();
    public static readonly SegmentPath Segment = new();
}

/// <summary>A region: its name, its manager (an active user with the manager role) and, in an import, whether it is active.</summary>
internal sealed class RegionPath : MasterDataPath<SaveRegion, Region>
{
    public override MasterDataKind Kind => MasterDataKind.Region;

    public override IValidator<SaveRegion> Validator { get; } = new SaveRegionValidator();

    public override bool WritesRowOnEverySave => true;

    public override Task<Region?> FindAsync(ISalesPlanningDb db, Guid id, CancellationToken cancellationToken) =>
        db.Regions.Include(r => r.Members).SingleOrDefaultAsync(r => r.Id == id, cancellationToken);

    public override Task<bool> CodeTakenAsync(ISalesPlanningDb db, string code, CancellationToken cancellationToken) =>
        db.Regions.AnyAsync(r => r.Code == code, cancellationToken);

    public override Task<Dictionary<string, Region>> ByCodeAsync(ISalesPlanningDb db, CancellationToken cancellationToken) =>
        db.Regions.Include(r => r.Members).ToDictionaryAsync(r => r.Code, StringComparer.Ordinal, cancellationToken);

    public override Guid IdOf(Region entity) => entity.Id;

    public override uint VersionOf(Region entity) => entity.Version;

    public override string CodeOf(Region entity) => entity.Code;

    public override async Task<MasterDataRefusal?> CheckReferencesAsync(MasterDataEdit edit, SaveRegion request, CancellationToken cancellationToken) =>
        request.ManagerId is { } managerId && !await edit.IsManagerAsync(managerId, cancellationToken)
            ? new MasterDataRefusal(nameof(SaveRegion.ManagerId), MasterDataMessages.ManagerUnknown)
            : null;

    public override async Task<Region> CreateAsync(MasterDataEdit edit, SaveRegion request, bool active, CancellationToken cancellationToken)
    {
        var region = Domain.Organisation.Region.Create(request.Code, request.Name);
        if (request.ManagerId is { } managerId)
        {
            region.AssignManager(managerId);
        }

        StartInactive(active, region.Deactivate);
        edit.Db.Regions.Add(region);
        edit.Audit.Record(nameof(Region), region.Code, "Created", null, null,
            $"{region.Name}; manager {await edit.UserNameAsync(region.ManagerId, cancellationToken)}");
        return region;
    }

    public override async Task<bool> ChangeAsync(MasterDataEdit edit, Region region, SaveRegion request, bool? active, CancellationToken cancellationToken)
    {
        var oldName = region.Name;
        region.Rename(request.Name);
        var changed = edit.Audit.Change(nameof(Region), region.Code, nameof(Region.Name), oldName, region.Name);

        // Reactivated first, so that a line of an import may reactivate a region and give it a manager.
        changed |= Activate(edit, nameof(Region), region.Code, region.IsActive, active == true ? true : null, region.Activate, region.Deactivate);
        if (region.ManagerId != request.ManagerId)
        {
            var oldManager = region.ManagerId;
            region.ChangeManager(request.ManagerId);
            edit.Audit.Change(nameof(Region), region.Code, "Manager",
                await edit.UserNameAsync(oldManager, cancellationToken), await edit.UserNameAsync(region.ManagerId, cancellationToken));
            changed = true;
        }

        changed |= Activate(edit, nameof(Region), region.Code, region.IsActive, active == false ? false : null, region.Activate, region.Deactivate);
        if (changed)
        {
            edit.Db.Entry(region).State = EntityState.Modified;
        }

        return changed;
    }
}

internal sealed class ProductLinePath : MasterDataPath<SaveProductLine, ProductLine>
{
    public override MasterDataKind Kind => MasterDataKind.ProductLine;

    public override IValidator<SaveProductLine> Validator { get; } = new SaveProductLineValidator();

    public override Task<ProductLine?> FindAsync(ISalesPlanningDb db, Guid id, CancellationToken cancellationToken) =>
        db.ProductLines.SingleOrDefaultAsync(l => l.Id == id, cancellationToken);

    public override Task<bool> CodeTakenAsync(ISalesPlanningDb db, string code, CancellationToken cancellationToken) =>
        db.ProductLines.AnyAsync(l => l.Code == code, cancellationToken);

    public override Task<Dictionary<string, ProductLine>> ByCodeAsync(ISalesPlanningDb db, CancellationToken cancellationToken) =>
        db.ProductLines.ToDictionaryAsync(l => l.Code, StringComparer.Ordinal, cancellationToken);

    public override Guid IdOf(ProductLine entity) => entity.Id;

    public override uint VersionOf(ProductLine entity) => entity.Version;

    public override string CodeOf(ProductLine entity) => entity.Code;

    public override Task<ProductLine> CreateAsync(MasterDataEdit edit, SaveProductLine request, bool active, CancellationToken cancellationToken)
    {
        var line = Domain.Organisation.ProductLine.Create(request.Code, request.NameZh, request.NameEn);
        StartInactive(active, line.Deactivate);
        edit.Db.ProductLines.Add(line);
        edit.Audit.Record(nameof(ProductLine), line.Code, "Created", null, null, $"{line.NameZh} / {line.NameEn}");
        return Task.FromResult(line);
    }

    public override Task<bool> ChangeAsync(MasterDataEdit edit, ProductLine line, SaveProductLine request, bool? active, CancellationToken cancellationToken)
    {
        var (oldZh, oldEn) = (line.NameZh, line.NameEn);
        line.Rename(request.NameZh, request.NameEn);
        var changed = edit.Audit.Change(nameof(ProductLine), line.Code, nameof(ProductLine.NameZh), oldZh, line.NameZh);
        changed |= edit.Audit.Change(nameof(ProductLine), line.Code, nameof(ProductLine.NameEn), oldEn, line.NameEn);
        changed |= Activate(edit, nameof(ProductLine), line.Code, line.IsActive, active, line.Activate, line.Deactivate);
        return Task.FromResult(changed);
    }
}

/// <summary>A product: its names, its unit and its product line (an active one, to create it or move it there).</summary>
internal sealed class ProductPath : MasterDataPath<SaveProduct, Product>
{
    public override MasterDataKind Kind => MasterDataKind.Product;

    public override IValidator<SaveProduct> Validator { get; } = new SaveProductValidator();

    public override Task<Product?> FindAsync(ISalesPlanningDb db, Guid id, CancellationToken cancellationToken) =>
        db.Products.SingleOrDefaultAsync(p => p.Id == id, cancellationToken);

    public override Task<bool> CodeTakenAsync(ISalesPlanningDb db, string code, CancellationToken cancellationToken) =>
        db.Products.AnyAsync(p => p.Code == code, cancellationToken);

    public override Task<Dictionary<string, Product>> ByCodeAsync(ISalesPlanningDb db, CancellationToken cancellationToken) =>
        db.Products.ToDictionaryAsync(p => p.Code, StringComparer.Ordinal, cancellationToken);

    public override Guid IdOf(Product entity) => entity.Id;

    public override uint VersionOf(Product entity) => entity.Version;

    public override string CodeOf(Product entity) => entity.Code;

    public override async Task<MasterDataRefusal?> CheckReferencesAsync(MasterDataEdit edit, SaveProduct request, CancellationToken cancellationToken) =>
        await edit.LineAsync(request.ProductLineId, cancellationToken) is null
            ? new MasterDataRefusal(nameof(SaveProduct.ProductLineId), MasterDataMessages.LineUnknown)
            : null;

    public override async Task<Product> CreateAsync(MasterDataEdit edit, SaveProduct request, bool active, CancellationToken cancellationToken)
    {
        var line = (await edit.LineAsync(request.ProductLineId, cancellationToken))!;
        var product = Domain.Organisation.Product.Create(request.Code, request.NameZh, request.NameEn, request.Unit, line);
        StartInactive(active, product.Deactivate);
        edit.Db.Products.Add(product);
        edit.Audit.Record(nameof(Product), product.Code, "Created", null, null, $"{product.NameZh} / {product.NameEn}; {product.Unit}; {line.Code}");
        return product;
    }

    public override async Task<bool> ChangeAsync(MasterDataEdit edit, Product product, SaveProduct request, bool? active, CancellationToken cancellationToken)
    {
        var line = (await edit.LineAsync(request.ProductLineId, cancellationToken))!;
        var (oldZh, oldEn, oldUnit, oldLine) = (product.NameZh, product.NameEn, product.Unit, product.ProductLineId);
        product.Rename(request.NameZh, request.NameEn);
        product.ChangeUnit(request.Unit);
        var changed = false;
        if (oldLine != line.Id)
        {
            product.MoveTo(line);
            var oldCode = (await edit.LineAsync(oldLine, cancellationToken))?.Code;
            edit.Audit.Change(nameof(Product), product.Code, "ProductLine", oldCode, line.Code);
            changed = true;
        }

        changed |= edit.Audit.Change(nameof(Product), product.Code, nameof(Product.NameZh), oldZh, product.NameZh);
        changed |= edit.Audit.Change(nameof(Product), product.Code, nameof(Product.NameEn), oldEn, product.NameEn);
        changed |= edit.Audit.Change(nameof(Product), product.Code, nameof(Product.Unit), oldUnit, product.Unit);
        changed |= Activate(edit, nameof(Product), product.Code, product.IsActive, active, product.Activate, product.Deactivate);
        return changed;
    }
}

internal sealed class SegmentPath : MasterDataPath<SaveSegment, CustomerSegment>
{
    public override MasterDataKind Kind => MasterDataKind.CustomerSegment;

    public override IValidator<SaveSegment> Validator { get; } = new SaveSegmentValidator();

    public override Task<CustomerSegment?> FindAsync(ISalesPlanningDb db, Guid id, CancellationToken cancellationToken) =>
        db.CustomerSegments.SingleOrDefaultAsync(s => s.Id == id, cancellationToken);

    public override Task<bool> CodeTakenAsync(ISalesPlanningDb db, string code, CancellationToken cancellationToken) =>
        db.CustomerSegments.AnyAsync(s => s.Code == code, cancellationToken);

    public override Task<Dictionary<string, CustomerSegment>> ByCodeAsync(ISalesPlanningDb db, CancellationToken cancellationToken) =>
        db.CustomerSegments.ToDictionaryAsync(s => s.Code, StringComparer.Ordinal, cancellationToken);

    public override Guid IdOf(CustomerSegment entity) => entity.Id;

    public override uint VersionOf(CustomerSegment entity) => entity.Version;

    public override string CodeOf(CustomerSegment entity) => entity.Code;

    public override Task<CustomerSegment> CreateAsync(MasterDataEdit edit, SaveSegment request, bool active, CancellationToken cancellationToken)
    {
        var segment = CustomerSegment.Create(request.Code, request.NameZh, request.NameEn, request.Kind);
        StartInactive(active, segment.Deactivate);
        edit.Db.CustomerSegments.Add(segment);
        edit.Audit.Record(nameof(CustomerSegment), segment.Code, "Created", null, null, $"{segment.NameZh} / {segment.NameEn}; {segment.Kind}");
        return Task.FromResult(segment);
    }

    public override Task<bool> ChangeAsync(MasterDataEdit edit, CustomerSegment segment, SaveSegment request, bool? active, CancellationToken cancellationToken)
    {
        var (oldZh, oldEn, oldKind) = (segment.NameZh, segment.NameEn, segment.Kind);
        segment.Rename(request.NameZh, request.NameEn);
        segment.ChangeKind(request.Kind);
        var changed = edit.Audit.Change(nameof(CustomerSegment), segment.Code, nameof(CustomerSegment.NameZh), oldZh, segment.NameZh);
        changed |= edit.Audit.Change(nameof(CustomerSegment), segment.Code, nameof(CustomerSegment.NameEn), oldEn, segment.NameEn);
        changed |= edit.Audit.Change(nameof(CustomerSegment), segment.Code, nameof(CustomerSegment.Kind), oldKind.ToString(), segment.Kind.ToString());
        changed |= Activate(edit, nameof(CustomerSegment), segment.Code, segment.IsActive, active, segment.Activate, segment.Deactivate);
        return Task.FromResult(changed);
    }
}
