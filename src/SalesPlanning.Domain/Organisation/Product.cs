using SalesPlanning.Domain.Common;

namespace SalesPlanning.Domain.Organisation;

/// <summary>A product (产品) sold in a unit such as 台 or 箱, belonging to one product line.</summary>
public sealed class Product
{
    private Product(string code, string nameZh, string nameEn, string unit, Guid productLineId)
    {
        Id = Guid.CreateVersion7();
        Code = code;
        NameZh = nameZh;
        NameEn = nameEn;
        Unit = unit;
        ProductLineId = productLineId;
        IsActive = true;
    }

    // For EF Core.
    private Product()
    {
    }

    public Guid Id { get; private set; }

    public string Code { get; private set; } = string.Empty;

    public string NameZh { get; private set; } = string.Empty;

    public string NameEn { get; private set; } = string.Empty;

    public string Unit { get; private set; } = string.Empty;

    public Guid ProductLineId { get; private set; }

    public bool IsActive { get; private set; }

    /// <summary>Optimistic concurrency token, maintained by the database.</summary>
    public uint Version { get; private set; }

    public static Product Create(string code, string nameZh, string nameEn, string unit, ProductLine line)
    {
        var checks = new OrganisationChecks();
        var validCode = checks.Code(code);
        var zh = checks.Text(nameZh, TextLimits.Name, nameof(NameZh));
        var en = checks.Text(nameEn, TextLimits.Name, nameof(NameEn));
        var validUnit = checks.Text(unit, TextLimits.Unit, nameof(Unit));
        checks.ActiveLine(line);
        checks.ThrowIfAny();
        return new Product(validCode, zh, en, validUnit, line.Id);
    }

    public void Rename(string nameZh, string nameEn) => (NameZh, NameEn) = OrganisationChecks.Names(nameZh, nameEn);

    public void ChangeUnit(string unit)
    {
        var checks = new OrganisationChecks();
        var valid = checks.Text(unit, TextLimits.Unit, nameof(Unit));
        checks.ThrowIfAny();
        Unit = valid;
    }

    public void MoveTo(ProductLine line)
    {
        var checks = new OrganisationChecks();
        checks.ActiveLine(line);
        checks.ThrowIfAny();
        ProductLineId = line.Id;
    }

    public void Deactivate()
    {
        OrganisationChecks.EnsureNotAlready(IsActive, wanted: false, Code);
        IsActive = false;
    }

    public void Activate()
    {
        OrganisationChecks.EnsureNotAlready(IsActive, wanted: true, Code);
        IsActive = true;
    }
}
