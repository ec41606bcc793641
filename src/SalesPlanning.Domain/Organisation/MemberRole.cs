namespace SalesPlanning.Domain.Organisation;

/// <summary>What a user is in a region: its manager (销售经理) or one of its reps (销售代表).</summary>
public enum MemberRole
{
    Manager,
    Rep,
}
