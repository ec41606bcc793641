namespace SalesPlanning.Domain.Plans;

/// <summary>
/// One saved section of a plan. Each has its own version, so two people editing different sections
/// do not disturb each other, while two editors of one section get a conflict.
/// </summary>
public sealed class PlanSectionEntry
{
    internal PlanSectionEntry(Guid planId, SectionContent content, Guid updatedBy, DateTimeOffset updatedAt)
    {
        Id = Guid.CreateVersion7();
        PlanId = planId;
        Section = content.Section;
        Content = content;
        UpdatedBy = updatedBy;
        UpdatedAt = updatedAt;
    }

    // For EF Core.
    private PlanSectionEntry()
    {
    }

    public Guid Id { get; private set; }

    public Guid PlanId { get; private set; }

    public PlanSection Section { get; private set; }

    public SectionContent Content { get; private set; } = default!;

    public Guid UpdatedBy { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public uint Version { get; private set; }

    internal void Replace(SectionContent content, Guid updatedBy, DateTimeOffset updatedAt)
    {
        Content = content;
        UpdatedBy = updatedBy;
        UpdatedAt = updatedAt;
    }
}
