using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Reviews;
using static SalesPlanning.UnitTests.Reviews.ReviewFixtures;

namespace SalesPlanning.UnitTests.Reviews;

public class MonthEndReviewSubmit
{
    [Fact]
    public void MovesAWrittenDraftToSubmittedAfterTheMonth()
    {
        var review = WrittenDraft();

        review.Submit(January, AfterMonth);

        review.Status.ShouldBe(ReviewStatus.Submitted);
        review.SubmittedAt.ShouldBe(AfterMonth);
        review.IsEditable.ShouldBeFalse();
    }

    [Fact]
    public void IsRefusedDuringTheMonthItself()
    {
        var review = WrittenDraft();

        var refused = Should.Throw<ReviewRulesException>(() => review.Submit(December, AfterMonth));

        refused.Problems.ShouldHaveSingleItem().Code.ShouldBe(ReviewRules.MonthNotEnded);
        review.Status.ShouldBe(ReviewStatus.Draft);
    }

    [Fact]
    public void IsRefusedBeforeTheMonth()
    {
        var refused = Should.Throw<ReviewRulesException>(() => WrittenDraft().Submit(December.Previous(), AfterMonth));

        refused.Problems.ShouldHaveSingleItem().Code.ShouldBe(ReviewRules.MonthNotEnded);
    }

    [Fact]
    public void ListsEveryMissingFieldAtOnce()
    {
        var review = Draft();

        var refused = Should.Throw<ReviewRulesException>(() => review.Submit(December, AfterMonth));

        refused.Problems.Select(p => (p.Field, p.Code)).ShouldBe(
        [
            ("", ReviewRules.MonthNotEnded),
            (nameof(ReviewNarrativeText.WhatWorked), ReviewRules.Required),
            (nameof(ReviewNarrativeText.WhatDidNot), ReviewRules.Required),
            (nameof(ReviewNarrativeText.ControllableCauses), ReviewRules.CausesRequired),
            (nameof(ReviewNarrativeText.Improvements), ReviewRules.Required),
        ]);
    }

    [Fact]
    public void NeedsOnlyOneKindOfCause()
    {
        var review = Draft();
        review.SaveNarrative(Written with { ControllableCauses = "  " }, Manager, AfterMonth);

        review.Submit(January, AfterMonth);

        review.Status.ShouldBe(ReviewStatus.Submitted);
    }

    [Fact]
    public void ResubmitsAReturnedReview()
    {
        var review = Submitted();
        review.Return("Say which accounts.");

        review.Submit(January, AfterMonth.AddDays(1));

        review.Status.ShouldBe(ReviewStatus.Submitted);
        review.SubmittedAt.ShouldBe(AfterMonth.AddDays(1));
    }

    [Fact]
    public void IsRefusedWhenAlreadySubmitted()
    {
        Should.Throw<DomainException>(() => Submitted().Submit(January, AfterMonth));
    }
}
