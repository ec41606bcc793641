namespace SalesPlanning.Domain.Organisation;

/// <summary>The kind of customer a segment (客户类型) groups.</summary>
public enum SegmentKind
{
    New,
    Existing,
    KeyAccount,
}
