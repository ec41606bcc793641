using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Reviews;
using SalesPlanning.UnitTests.Plans;
using static SalesPlanning.UnitTests.Reviews.ReviewFixtures;

namespace SalesPlanning.UnitTests.Reviews;

public class MonthEndReviewStart
{
    [Fact]
    public void StartsAsAnEmptyDraftOfTheApprovedPlan()
    {
        var plan = ApprovedPlan();

        var review = MonthEndReview.Start(plan, Manager, AfterMonth);

        review.Status.ShouldBe(ReviewStatus.Draft);
        review.PlanId.ShouldBe(plan.Id);
        review.RegionId.ShouldBe(plan.RegionId);
        review.Period.ShouldBe(December);
        review.Narrative.ShouldBe(ReviewNarrativeText.Empty);
        review.IsEditable.ShouldBeTrue();
    }

    [Fact]
    public void RefusesAPlanThatIsNotApproved()
    {
        Should.Throw<DomainException>(() => MonthEndReview.Start(PlanFixtures.Draft(), Manager, AfterMonth));
        Should.Throw<DomainException>(() => MonthEndReview.Start(PlanFixtures.Submitted(), Manager, AfterMonth));
    }

    [Fact]
    public void RefusesAClosedPlan()
    {
        var plan = ApprovedPlan();
        plan.Close(Director, AfterMonth);

        Should.Throw<DomainException>(() => MonthEndReview.Start(plan, Manager, AfterMonth));
    }
}
