namespace SalesPlanning.Domain.Reviews;

/// <summary>Where a month-end review (月度总结) is in its workflow (DESIGN §7).</summary>
public enum ReviewStatus
{
    /// <summary>Being written by the region's manager (草稿).</summary>
    Draft,

    /// <summary>Waiting for a director's sign-off; read-only to the manager (已提交).</summary>
    Submitted,

    /// <summary>Sent back by a director with a comment; the manager edits and resubmits (已退回).</summary>
    Returned,

    /// <summary>Signed off by a director; the plan is closed (已签核).</summary>
    SignedOff,
}
