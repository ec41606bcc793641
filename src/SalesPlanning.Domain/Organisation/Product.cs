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
        var validCode = Text.Code(code, "Product code");
        var zh = Text.Required(nameZh, TextLimits.Name, "Chinese name");
        var en = Text.Required(nameEn, TextLimits.Name, "English name");
        var validUnit = Text.Required(unit, TextLimits.Unit, "Unit");
        EnsureActive(line);
        return new Product(validCode, zh, en, validUnit, line.Id);
    }

    public void Rename(string nameZh, string nameEn)
    {
        var zh = Text.Required(nameZh, TextLimits.Name, "Chinese name");
        var en = Text.Required(nameEn, TextLimits.Name, "English name");
        NameZh = zh;
        NameEn = en;
    }

    public void ChangeUnit(string unit) => Unit = Text.Required(unit, TextLimits.Unit, "Unit");

    public void MoveTo(ProductLine line)
    {
        EnsureActive(line);
        ProductLineId = line.Id;
    }

    public void Deactivate()
    {
        if (!IsActive)
        {
            throw new DomainException($"Product {Code} is already inactive.");
        }

        IsActive = false;
    }

    public void Activate()
    {
        if (IsActive)
        {
            throw new DomainException($"Product {Code} is already active.");
        }

        IsActive = true;
    }

    private static void EnsureActive(ProductLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (!line.IsActive)
        {
            throw new DomainException($"Product line {line.Code} is inactive; choose an active product line.");
        }
    }
}
