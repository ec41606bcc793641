using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Plans;
using SalesPlanning.Domain.Reviews;
using SalesPlanning.UnitTests.Plans;

namespace SalesPlanning.UnitTests.Reviews;

/// <summary>Month-end reviews of December 2026's plan (PlanFixtures); January 2027 is the first month after it.</summary>
internal static class ReviewFixtures
{
    public static readonly Period December = PlanFixtures.December;
    public static readonly Period January = December.Next();
    public static readonly Guid Manager = PlanFixtures.Manager;
    public static readonly Guid Director = PlanFixtures.Director;
    public static readonly DateTimeOffset AfterMonth = new(2027, 1, 4, 9, 0, 0, TimeSpan.Zero);

    public static ReviewNarrativeText Written { get; } = new(
        "Key account A renewed early.",
        "Collections were 12% short.",
        "Follow-up of overdue invoices was late.",
        "Two customers' budgets were frozen.",
        "Weekly collections call with finance.");

    public static MonthlyPlan ApprovedPlan()
    {
        var plan = PlanFixtures.Submitted();
        plan.Approve(PlanFixtures.Ready, Director, PlanFixtures.Now.AddDays(1), null);
        return plan;
    }

    public static MonthEndReview Draft(MonthlyPlan? plan = null) => MonthEndReview.Start(plan ?? ApprovedPlan(), Manager, AfterMonth);

    public static MonthEndReview WrittenDraft(MonthlyPlan? plan = null)
    {
        var review = Draft(plan);
        review.SaveNarrative(Written, Manager, AfterMonth);
        return review;
    }

    public static MonthEndReview Submitted(MonthlyPlan? plan = null)
    {
        var review = WrittenDraft(plan);
        review.Submit(January, AfterMonth);
        return review;
    }
}
