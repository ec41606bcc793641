using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Reviews;
using static SalesPlanning.UnitTests.Reviews.ReviewFixtures;

namespace SalesPlanning.UnitTests.Reviews;

public class MonthEndReviewReturn
{
    [Fact]
    public void SendsASubmittedReviewBackWithItsComment()
    {
        var review = Submitted();

        review.Return("  Say which accounts paid late.  ");

        review.Status.ShouldBe(ReviewStatus.Returned);
        review.ReturnComment.ShouldBe("Say which accounts paid late.");
        review.IsEditable.ShouldBeTrue();
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void RequiresAComment(string? comment)
    {
        var review = Submitted();

        var refused = Should.Throw<ReviewRulesException>(() => review.Return(comment!));

        refused.Problems.ShouldHaveSingleItem().Code.ShouldBe(ReviewRules.CommentRequired);
        review.Status.ShouldBe(ReviewStatus.Submitted);
    }

    [Fact]
    public void RefusesACommentOver2000Characters()
    {
        Should.Throw<ReviewRulesException>(() => Submitted().Return(new string('x', 2001)))
            .Problems.ShouldHaveSingleItem().Code.ShouldBe(ReviewRules.TooLong);
    }

    [Fact]
    public void IsRefusedForADraft()
    {
        Should.Throw<DomainException>(() => WrittenDraft().Return("comment"));
    }

    [Fact]
    public void IsRefusedForAReturnedReview()
    {
        var review = Submitted();
        review.Return("once");

        Should.Throw<DomainException>(() => review.Return("twice"));
    }

    [Fact]
    public void IsRefusedForASignedOffReview()
    {
        var plan = ApprovedPlan();
        var review = Submitted(plan);
        review.SignOff(plan, Director, AfterMonth);

        Should.Throw<DomainException>(() => review.Return("too late"));
    }
}
