namespace SalesPlanning.Domain.Plans;

/// <summary>Where a monthly plan is in its workflow (DESIGN §5).</summary>
public enum PlanStatus
{
    /// <summary>Being written by the region's manager (草稿).</summary>
    Draft,

    /// <summary>Waiting for a director's review; read-only to the manager (已提交).</summary>
    Submitted,

    /// <summary>Sent back by a director with a comment; the manager edits and resubmits (已退回).</summary>
    Returned,

    /// <summary>Approved by a director; its targets are locked (已批准).</summary>
    Approved,

    /// <summary>The month-end review is signed off (已关闭).</summary>
    Closed,
}
