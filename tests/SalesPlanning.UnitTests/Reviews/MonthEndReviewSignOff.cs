using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Plans;
using SalesPlanning.Domain.Reviews;
using static SalesPlanning.UnitTests.Reviews.ReviewFixtures;

namespace SalesPlanning.UnitTests.Reviews;

public class MonthEndReviewSignOff
{
    [Fact]
    public void SignsOffASubmittedReviewAndClosesItsPlan()
    {
        var plan = ApprovedPlan();
        var review = Submitted(plan);

        review.SignOff(plan, Director, AfterMonth.AddDays(2));

        review.Status.ShouldBe(ReviewStatus.SignedOff);
        review.SignedOffBy.ShouldBe(Director);
        review.SignedOffAt.ShouldBe(AfterMonth.AddDays(2));
        review.IsEditable.ShouldBeFalse();
        plan.Status.ShouldBe(PlanStatus.Closed);
        var closed = plan.Transitions[^1];
        (closed.From, closed.To, closed.ActorId).ShouldBe((PlanStatus.Approved, PlanStatus.Closed, Director));
    }

    [Fact]
    public void IsRefusedForADraftAndLeavesThePlanApproved()
    {
        var plan = ApprovedPlan();
        var review = WrittenDraft(plan);

        Should.Throw<DomainException>(() => review.SignOff(plan, Director, AfterMonth));

        review.Status.ShouldBe(ReviewStatus.Draft);
        plan.Status.ShouldBe(PlanStatus.Approved);
    }

    [Fact]
    public void IsRefusedForAReturnedReview()
    {
        var plan = ApprovedPlan();
        var review = Submitted(plan);
        review.Return("More detail.");

        Should.Throw<DomainException>(() => review.SignOff(plan, Director, AfterMonth));
        plan.Status.ShouldBe(PlanStatus.Approved);
    }

    [Fact]
    public void IsRefusedTwice()
    {
        var plan = ApprovedPlan();
        var review = Submitted(plan);
        review.SignOff(plan, Director, AfterMonth);

        Should.Throw<DomainException>(() => review.SignOff(plan, Director, AfterMonth));
    }

    [Fact]
    public void IsRefusedWithAnotherPlan()
    {
        var review = Submitted();
        var other = ApprovedPlan();

        Should.Throw<DomainException>(() => review.SignOff(other, Director, AfterMonth));
        other.Status.ShouldBe(PlanStatus.Approved);
    }
}
