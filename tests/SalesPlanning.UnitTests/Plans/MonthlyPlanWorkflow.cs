using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Plans;
using SalesPlanning.Domain.Targets;
using static SalesPlanning.UnitTests.Plans.PlanFixtures;

namespace SalesPlanning.UnitTests.Plans;

public class MonthlyPlanWorkflow
{
    [Fact]
    public void StartsAsADraftWithItsCreationInTheHistory()
    {
        var plan = Draft();

        plan.Status.ShouldBe(PlanStatus.Draft);
        plan.IsEditable.ShouldBeTrue();
        var created = plan.Transitions.ShouldHaveSingleItem();
        created.From.ShouldBeNull();
        created.To.ShouldBe(PlanStatus.Draft);
        created.ActorId.ShouldBe(Manager);
    }

    [Fact]
    public void SubmittedPlanIsReadOnly()
    {
        var plan = Submitted();

        plan.Status.ShouldBe(PlanStatus.Submitted);
        plan.SubmittedAt.ShouldBe(Now.AddHours(1));
        Should.Throw<DomainException>(() => plan.SaveSection(new TargetBasis("changed"), Manager, Now));
        Should.Throw<DomainException>(() => plan.Submit(Ready, Manager, Now));
    }

    [Fact]
    public void ApprovalOfASubmittedPlanIsKeptWithItsComment()
    {
        var plan = Submitted();

        plan.Approve(Ready, Director, Now.AddDays(1), "  Good plan.  ");

        plan.Status.ShouldBe(PlanStatus.Approved);
        plan.IsEditable.ShouldBeFalse();
        var last = plan.Transitions[^1];
        (last.From, last.To, last.ActorId, last.Comment).ShouldBe((PlanStatus.Submitted, PlanStatus.Approved, Director, "Good plan."));
    }

    [Fact]
    public void ApprovalIsRefusedWhileABreakdownDoesNotBalance()
    {
        var plan = Submitted();
        var unbalanced = new TargetsReadiness([new MetricReadiness(Metric.SalesAmount, true, true, [Dimension.Product])]);

        var refused = Should.Throw<PlanRulesException>(() => plan.Approve(unbalanced, Director, Now, null));

        refused.Problems.ShouldHaveSingleItem().Code.ShouldBe(PlanRules.TargetNotAllocated);
        plan.Status.ShouldBe(PlanStatus.Submitted);
    }

    [Fact]
    public void ReturnNeedsAComment()
    {
        var plan = Submitted();

        Should.Throw<PlanRulesException>(() => plan.Return(Director, Now, "   ")).Problems.ShouldHaveSingleItem().Code.ShouldBe(PlanRules.Required);
        plan.Status.ShouldBe(PlanStatus.Submitted);
    }

    [Fact]
    public void ReturnedPlanIsEditedAndResubmitted()
    {
        var plan = Submitted();

        plan.Return(Director, Now.AddDays(1), "Add a key-account strategy.");
        plan.Status.ShouldBe(PlanStatus.Returned);
        plan.ReturnComment.ShouldBe("Add a key-account strategy.");
        plan.SaveSection(new StrategiesContent([new StrategyItem(StrategyGroup.CustomerDevelopment, "Visit account A", "Li Ming", December.LastDay)]), Manager, Now);
        plan.Submit(Ready, Manager, Now.AddDays(2));

        plan.Status.ShouldBe(PlanStatus.Submitted);
        plan.Transitions.Select(t => t.To).ShouldBe([PlanStatus.Draft, PlanStatus.Submitted, PlanStatus.Returned, PlanStatus.Submitted]);
    }

    [Fact]
    public void OnlyASubmittedPlanIsReviewed()
    {
        Should.Throw<DomainException>(() => Draft().Approve(Ready, Director, Now, null));
        Should.Throw<DomainException>(() => Draft().Return(Director, Now, "No."));
    }

    [Fact]
    public void ApprovedPlanIsClosedOrReopenedButNothingElse()
    {
        var approved = Submitted();
        approved.Approve(Ready, Director, Now, null);
        Should.Throw<DomainException>(() => approved.Return(Director, Now, "late"));

        approved.Reopen(Director, Now, "Targets change after the price increase.");
        approved.Status.ShouldBe(PlanStatus.Returned);
        approved.ReturnComment.ShouldBe("Targets change after the price increase.");

        var closing = Submitted();
        closing.Approve(Ready, Director, Now, null);
        closing.Close(Director, Now);
        closing.Status.ShouldBe(PlanStatus.Closed);
        Should.Throw<DomainException>(() => closing.Reopen(Director, Now, "again"));
        Should.Throw<DomainException>(() => Draft().Close(Director, Now));
    }

    [Theory]
    [InlineData(71, false)]
    [InlineData(73, true)]
    public void IsOverdueOnceTheDeadlineHasPassed(int hoursAfterSubmission, bool overdue)
    {
        var plan = Submitted();

        plan.IsOverdue(Now.AddHours(1 + hoursAfterSubmission), 3).ShouldBe(overdue);
    }

    [Fact]
    public void IsNeverOverdueOnceDecided()
    {
        var plan = Submitted();
        plan.Approve(Ready, Director, Now, null);

        plan.IsOverdue(Now.AddDays(30), 3).ShouldBeFalse();
    }
}
