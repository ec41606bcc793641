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

    public static CustomerSegment Create(string code, string nameZh, string nameEn, SegmentKind kind) =>
        new(
            Text.Code(code, "Customer segment code"),
            Text.Required(nameZh, TextLimits.Name, "Chinese name"),
            Text.Required(nameEn, TextLimits.Name, "English name"),
            ValidKind(kind));

    public void Rename(string nameZh, string nameEn)
    {
        var zh = Text.Required(nameZh, TextLimits.Name, "Chinese name");
        var en = Text.Required(nameEn, TextLimits.Name, "English name");
        NameZh = zh;
        NameEn = en;
    }

    public void ChangeKind(SegmentKind kind) => Kind = ValidKind(kind);

    public void Deactivate()
    {
        if (!IsActive)
        {
            throw new DomainException($"Customer segment {Code} is already inactive.");
        }

        IsActive = false;
    }

    public void Activate()
    {
        if (IsActive)
        {
            throw new DomainException($"Customer segment {Code} is already active.");
        }

        IsActive = true;
    }

    private static SegmentKind ValidKind(SegmentKind kind) =>
        Enum.IsDefined(kind) ? kind : throw new DomainException($"{(int)kind} is not a customer segment kind.");
}
