using SalesPlanning.Domain.Common;

namespace SalesPlanning.Domain.Organisation;

/// <summary>A customer segment (客户类型) targets can be broken down by.</summary>
public sealed class CustomerSegment
{
    private CustomerSegment(string code, string nameZh, string nameEn, SegmentKind kind)
    {
        Id = Guid.CreateVersion7();
        Code = code;
        NameZh = nameZh;
        NameEn = nameEn;
        Kind = kind;
        IsActive = true;
    }

    // For EF Core.
    private CustomerSegment()
    {
    }

    public Guid Id { get; private set; }

    public string Code { get; private set; } = string.Empty;

    public string NameZh { get; private set; } = string.Empty;

    public string NameEn { get; private set; } = string.Empty;

    public SegmentKind Kind { get; private set; }

    public bool IsActive { get; private set; }

    /// <summary>Optimistic concurrency token, maintained by the database.</summary>
    public uint Version { get; private set; }

    public static CustomerSegment Create(string code, string nameZh, string nameEn, SegmentKind kind)
    {
        var checks = new OrganisationChecks();
        var segment = new CustomerSegment(
            checks.Code(code),
            checks.Text(nameZh, TextLimits.Name, nameof(NameZh)),
            checks.Text(nameEn, TextLimits.Name, nameof(NameEn)),
            checks.Kind(kind));
        checks.ThrowIfAny();
        return segment;
    }

    public void Rename(string nameZh, string nameEn) => (NameZh, NameEn) = OrganisationChecks.Names(nameZh, nameEn);

    public void ChangeKind(SegmentKind kind)
    {
        var checks = new OrganisationChecks();
        checks.Kind(kind);
        checks.ThrowIfAny();
        Kind = kind;
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
