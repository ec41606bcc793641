using SalesPlanning.Application.Organisation;
using SalesPlanning.Domain.Organisation;

namespace SalesPlanning.Web.Components.Pages.Admin;

// Edit models of the admin grids' rows: the grids edit these, never the read models or entities.

public sealed class RegionRow
{
    public Guid? Id { get; set; }
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public Guid? ManagerId { get; set; }
    public string? ManagerName { get; set; }
    public int RepCount { get; set; }
    public bool IsActive { get; set; } = true;
    public uint Version { get; set; }

    public static RegionRow From(RegionAdminView v) => new()
    {
        Id = v.Id, Code = v.Code, Name = v.Name, ManagerId = v.ManagerId, ManagerName = v.ManagerName,
        RepCount = v.RepCount, IsActive = v.IsActive, Version = v.Version,
    };

    public SaveRegion ToRequest() => new(Id, Code, Name, ManagerId, Version);

    public bool Matches(string search) => Text.Matches(search, Code, Name, ManagerName);
}

public sealed class ProductLineRow
{
    public Guid? Id { get; set; }
    public string Code { get; set; } = "";
    public string NameZh { get; set; } = "";
    public string NameEn { get; set; } = "";
    public int ProductCount { get; set; }
    public bool IsActive { get; set; } = true;
    public uint Version { get; set; }

    public static ProductLineRow From(ProductLineView v) => new()
    {
        Id = v.Id, Code = v.Code, NameZh = v.NameZh, NameEn = v.NameEn, ProductCount = v.ProductCount, IsActive = v.IsActive, Version = v.Version,
    };

    public SaveProductLine ToRequest() => new(Id, Code, NameZh, NameEn, Version);

    public bool Matches(string search) => Text.Matches(search, Code, NameZh, NameEn);
}

public sealed class ProductRow
{
    public Guid? Id { get; set; }
    public string Code { get; set; } = "";
    public string NameZh { get; set; } = "";
    public string NameEn { get; set; } = "";
    public string Unit { get; set; } = "";
    public Guid ProductLineId { get; set; }
    public string ProductLineCode { get; set; } = "";
    public bool IsActive { get; set; } = true;
    public uint Version { get; set; }

    public static ProductRow From(ProductView v) => new()
    {
        Id = v.Id, Code = v.Code, NameZh = v.NameZh, NameEn = v.NameEn, Unit = v.Unit, ProductLineId = v.ProductLineId,
        ProductLineCode = v.ProductLineCode, IsActive = v.IsActive, Version = v.Version,
    };

    public SaveProduct ToRequest() => new(Id, Code, NameZh, NameEn, Unit, ProductLineId, Version);

    public bool Matches(string search) => Text.Matches(search, Code, NameZh, NameEn, Unit, ProductLineCode);
}

public sealed class SegmentRow
{
    public Guid? Id { get; set; }
    public string Code { get; set; } = "";
    public string NameZh { get; set; } = "";
    public string NameEn { get; set; } = "";
    public SegmentKind Kind { get; set; }
    public bool IsActive { get; set; } = true;
    public uint Version { get; set; }

    public static SegmentRow From(SegmentView v) => new()
    {
        Id = v.Id, Code = v.Code, NameZh = v.NameZh, NameEn = v.NameEn, Kind = v.Kind, IsActive = v.IsActive, Version = v.Version,
    };

    public SaveSegment ToRequest() => new(Id, Code, NameZh, NameEn, Kind, Version);

    public bool Matches(string search) => Text.Matches(search, Code, NameZh, NameEn);
}

internal static class Text
{
    public static bool Matches(string search, params string?[] values) =>
        string.IsNullOrWhiteSpace(search) || values.Any(v => v?.Contains(search.Trim(), StringComparison.CurrentCultureIgnoreCase) == true);
}
