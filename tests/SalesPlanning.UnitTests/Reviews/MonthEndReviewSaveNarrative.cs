using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Reviews;
using static SalesPlanning.UnitTests.Reviews.ReviewFixtures;

namespace SalesPlanning.UnitTests.Reviews;

public class MonthEndReviewSaveNarrative
{
    [Fact]
    public void KeepsTheTrimmedTextWithWhoAndWhen()
    {
        var review = Draft();

        review.SaveNarrative(new ReviewNarrativeText("  worked  ", "", "", "", " better "), Director, AfterMonth.AddHours(2));

        review.WhatWorked.ShouldBe("worked");
        review.Improvements.ShouldBe("better");
        review.WhatDidNot.ShouldBe("");
        review.UpdatedBy.ShouldBe(Director);
        review.UpdatedAt.ShouldBe(AfterMonth.AddHours(2));
    }

    [Fact]
    public void RefusesTextLongerThan4000CharactersAndKeepsThePreviousText()
    {
        var review = WrittenDraft();

        var refused = Should.Throw<ReviewRulesException>(() => review.SaveNarrative(Written with { WhatDidNot = new string('x', 4001), Improvements = new string('y', 4001) }, Manager, AfterMonth));

        refused.Problems.Select(p => p.Field).ShouldBe([nameof(ReviewNarrativeText.WhatDidNot), nameof(ReviewNarrativeText.Improvements)]);
        refused.Problems.ShouldAllBe(p => p.Code == ReviewRules.TooLong && p.Args.Single() == "4000");
        review.Narrative.ShouldBe(Written);
    }

    [Fact]
    public void Accepts4000Characters()
    {
        var review = Draft();

        review.SaveNarrative(Written with { WhatWorked = new string('x', 4000) }, Manager, AfterMonth);

        review.WhatWorked.Length.ShouldBe(4000);
    }

    [Fact]
    public void RefusesASubmittedReview()
    {
        Should.Throw<DomainException>(() => Submitted().SaveNarrative(Written, Manager, AfterMonth));
    }

    [Fact]
    public void RefusesASignedOffReview()
    {
        var plan = ApprovedPlan();
        var review = Submitted(plan);
        review.SignOff(plan, Director, AfterMonth);

        Should.Throw<DomainException>(() => review.SaveNarrative(Written, Manager, AfterMonth));
    }

    [Fact]
    public void AcceptsAReturnedReview()
    {
        var review = Submitted();
        review.Return("More detail on collections.");

        review.SaveNarrative(Written with { WhatDidNot = "Collections 12% short: two accounts." }, Manager, AfterMonth);

        review.WhatDidNot.ShouldBe("Collections 12% short: two accounts.");
    }
}
