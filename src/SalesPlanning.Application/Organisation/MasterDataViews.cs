using SalesPlanning.Domain.Organisation;

namespace SalesPlanning.Application.Organisation;

/// <summary>The four kinds of master data admins keep (DESIGN §1).</summary>
public enum MasterDataKind
{
    Region,
    ProductLine,
    Product,
    CustomerSegment,
}

/// <summary>A region as the admin pages list it, inactive ones included.</summary>
public sealed record RegionAdminView(
    Guid Id, string Code, string Name, Guid? ManagerId, string? ManagerName, string? ManagerEmail, int RepCount, bool IsActive, uint Version);

public sealed record ProductLineView(Guid Id, string Code, string NameZh, string NameEn, int ProductCount, bool IsActive, uint Version);

public sealed record ProductView(
    Guid Id, string Code, string NameZh, string NameEn, string Unit, Guid ProductLineId, string ProductLineCode, bool IsActive, uint Version);

public sealed record SegmentView(Guid Id, string Code, string NameZh, string NameEn, SegmentKind Kind, bool IsActive, uint Version);

/// <summary>A user who can manage a region (an active user with the manager role).</summary>
public sealed record ManagerOption(Guid UserId, string DisplayName, string Email);

/// <summary>
/// What every save of master data names: the item (none to create one), its code (which does not change
/// once created) and the version it was read at.
/// </summary>
public interface IMasterDataRequest
{
    Guid? Id { get; }

    string Code { get; }

    uint Version { get; }
}

/// <summary>Creates a region (no <see cref="Id"/>) or changes one read at <see cref="Version"/>. The code of an existing region does not change.</summary>
public sealed record SaveRegion(Guid? Id, string Code, string Name, Guid? ManagerId, uint Version = 0) : IMasterDataRequest;

public sealed record SaveProductLine(Guid? Id, string Code, string NameZh, string NameEn, uint Version = 0) : IMasterDataRequest;

public sealed record SaveProduct(Guid? Id, string Code, string NameZh, string NameEn, string Unit, Guid ProductLineId, uint Version = 0) : IMasterDataRequest;

public sealed record SaveSegment(Guid? Id, string Code, string NameZh, string NameEn, SegmentKind Kind, uint Version = 0) : IMasterDataRequest;
