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

    public static ProductLine Create(string code, string nameZh, string nameEn)
    {
        var checks = new OrganisationChecks();
        var line = new ProductLine(
            checks.Code(code),
            checks.Text(nameZh, TextLimits.Name, nameof(NameZh)),
            checks.Text(nameEn, TextLimits.Name, nameof(NameEn)));
        checks.ThrowIfAny();
        return line;
    }

    public void Rename(string nameZh, string nameEn) => (NameZh, NameEn) = OrganisationChecks.Names(nameZh, nameEn);

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
