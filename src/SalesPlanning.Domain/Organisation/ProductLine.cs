using SalesPlanning.Domain.Common;

namespace SalesPlanning.Domain.Organisation;

/// <summary>A product line (产品线) grouping products.</summary>
public sealed class ProductLine
{
    private ProductLine(string code, string nameZh, string nameEn)
    {
        Id = Guid.CreateVersion7();
        Code = code;
        NameZh = nameZh;
        NameEn = nameEn;
        IsActive = true;
    }

    // For EF Core.
    private ProductLine()
    {
    }

    public Guid Id { get; private set; }

    public string Code { get; private set; } = string.Empty;

    public string NameZh { get; private set; } = string.Empty;

    public string NameEn { get; private set; } = string.Empty;

    public bool IsActive { get; private set; }

    /// <summary>Optimistic concurrency token, maintained by the database.</summary>
    public uint Version { get; private set; }

    public static ProductLine Create(string code, string nameZh, string nameEn) =>
        new(
            Text.Code(code, "Product line code"),
            Text.Required(nameZh, TextLimits.Name, "Chinese name"),
            Text.Required(nameEn, TextLimits.Name, "English name"));

    public void Rename(string nameZh, string nameEn)
    {
        var zh = Text.Required(nameZh, TextLimits.Name, "Chinese name");
        var en = Text.Required(nameEn, TextLimits.Name, "English name");
        NameZh = zh;
        NameEn = en;
    }

    public void Deactivate()
    {
        if (!IsActive)
        {
            throw new DomainException($"Product line {Code} is already inactive.");
        }

        IsActive = false;
    }

    public void Activate()
    {
        if (IsActive)
        {
            throw new DomainException($"Product line {Code} is already active.");
        }

        IsActive = true;
    }
}
