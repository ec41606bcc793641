using System.Net;
using SalesPlanning.Domain.Common;
using SalesPlanning.IntegrationTests.Support;

namespace SalesPlanning.IntegrationTests.Reviews;

/// <summary>
/// Submitting a month-end review over HTTP (DESIGN §7): refused before the plan's month has ended,
/// and with the narrative incomplete — every unmet rule listed at once, keyed by its field — leaving
/// the review as it was; what worked, what did not, one kind of cause and the improvements suffice.
/// </summary>
public class MonthEndReviewSubmit(MonthEndAppFixture fixture) : IClassFixture<MonthEndAppFixture>
{
    private const string MissingText = "Required to submit.";
    private const string CausesText = "Write the controllable or the uncontrollable causes (or both).";

    private static Period ThisMonth => Period.Containing(DateOnly.FromDateTime(DateTime.UtcNow));

    public static TheoryData<int> MonthsFromNow() => [0, 1];

    [Theory]
    [MemberData(nameof(MonthsFromNow))]
    public async Task RefusesBeforeTheMonthHasEnded(int monthsFromNow)
    {
        // This month (with the review written early) and next month.
        var period = monthsFromNow == 0 ? ThisMonth : ThisMonth.Next();
        var planId = await fixture.WrittenReviewAsync(period.ToString());
        var manager = await fixture.MonthEndAsAsync(DemoUsers.ManagerEast);
        var review = await manager.GetAsync(planId);
        review.MonthEnded.ShouldBeFalse();
        review.CanEdit.ShouldBeTrue();
        review.Problems.Select(p => (p.Field, p.Code, string.Join('|', p.Args))).ShouldBe([("", "MonthNotEnded", period.ToString())]);

        using var response = await manager.PostAsync(planId, "submit", review.Version);

        var errors = (await TargetsApi.ProblemAsync(response, HttpStatusCode.BadRequest)).Errors.ShouldNotBeNull();
        errors.ShouldHaveSingleItem().Value.ShouldBe([$"{period} has not ended yet: the review can be submitted once the month is over."]);
        (await fixture.StoredReviewAsync(planId)).ShouldNotBeNull().Status.ShouldBe("Draft");
        (await fixture.MonthAuditAsync(period.ToString())).ShouldNotContain(a => a.Action == "Submitted" && a.EntityType == "MonthEndReview");
    }

    [Fact]
    public async Task ListsEveryMissingFieldAndTheUnendedMonthAtOnce()
    {
        var period = ThisMonth.Next().Next();
        var planId = await fixture.ApprovedPlanAsync(period.ToString());
        var manager = await fixture.MonthEndAsAsync(DemoUsers.ManagerEast);

        // Never saved: nothing is written, every rule is listed.
        using var response = await manager.PostAsync(planId, "submit", 0);

        var errors = (await TargetsApi.ProblemAsync(response, HttpStatusCode.BadRequest)).Errors.ShouldNotBeNull();
        errors.Keys.ShouldBe(["", "WhatWorked", "WhatDidNot", "ControllableCauses", "Improvements"], ignoreOrder: true);
        errors[""].ShouldBe([$"{period} has not ended yet: the review can be submitted once the month is over."]);
        errors["WhatWorked"].ShouldBe([MissingText]);
        errors["WhatDidNot"].ShouldBe([MissingText]);
        errors["ControllableCauses"].ShouldBe([CausesText]);
        errors["Improvements"].ShouldBe([MissingText]);
        (await fixture.StoredReviewAsync(planId)).ShouldBeNull();
    }

    [Fact]
    public async Task ListsEveryMissingFieldOfAPartlyWrittenReview()
    {
        const string period = "2023-02";
        var planId = await fixture.ApprovedPlanAsync(period);
        var manager = await fixture.MonthEndAsAsync(DemoUsers.ManagerEast);
        var version = await manager.SaveAsync(planId, ReviewContent.Empty with { WhatWorked = "Key account A renewed.", WhatDidNot = "   " });

        var review = await manager.GetAsync(planId);
        review.Problems.Select(p => (p.Field, p.Code)).ShouldBe(
            [("WhatDidNot", "Required"), ("ControllableCauses", "CausesRequired"), ("Improvements", "Required")]);
        using var response = await manager.PostAsync(planId, "submit", version);

        var errors = (await TargetsApi.ProblemAsync(response, HttpStatusCode.BadRequest)).Errors.ShouldNotBeNull();
        errors.Keys.ShouldBe(["WhatDidNot", "ControllableCauses", "Improvements"], ignoreOrder: true);
        var stored = (await fixture.StoredReviewAsync(planId)).ShouldNotBeNull();
        stored.Status.ShouldBe("Draft");
        stored.WhatWorked.ShouldBe("Key account A renewed.");
    }

    [Theory]
    [InlineData("2023-03", "controllable")]
    [InlineData("2023-04", "uncontrollable")]
    public async Task AcceptsEitherKindOfCause(string period, string kind)
    {
        var planId = await fixture.ApprovedPlanAsync(period);
        var manager = await fixture.MonthEndAsAsync(DemoUsers.ManagerEast);
        var narrative = kind == "controllable"
            ? ReviewContent.Written with { UncontrollableCauses = null }
            : ReviewContent.Written with { ControllableCauses = "" };
        var version = await manager.SaveAsync(planId, narrative);
        (await manager.GetAsync(planId)).Problems.ShouldBeEmpty();

        using var response = await manager.PostAsync(planId, "submit", version);

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        (await fixture.StoredReviewAsync(planId)).ShouldNotBeNull().Status.ShouldBe("Submitted");
        var review = await manager.GetAsync(planId);
        review.SubmittedAt.ShouldNotBeNull();
        review.CanEdit.ShouldBeFalse();
    }

    [Fact]
    public async Task RefusesAStaleVersion()
    {
        const string period = "2023-05";
        var planId = await fixture.ApprovedPlanAsync(period);
        var manager = await fixture.MonthEndAsAsync(DemoUsers.ManagerEast);
        var first = await manager.SaveAsync(planId, ReviewContent.Written);
        // The same manager in another tab saves again.
        await manager.SaveAsync(planId, ReviewContent.Written with { Improvements = "Two collections calls a week." });

        using var response = await manager.PostAsync(planId, "submit", first);

        await TargetsApi.ProblemAsync(response, HttpStatusCode.Conflict);
        (await fixture.StoredReviewAsync(planId)).ShouldNotBeNull().Status.ShouldBe("Draft");
        (await manager.GetAsync(planId)).Narrative.Improvements.ShouldBe("Two collections calls a week.");
    }

    [Fact]
    public async Task TrimsAndKeepsTheNarrativeExactlyAsWritten()
    {
        const string period = "2023-06";
        var planId = await fixture.ApprovedPlanAsync(period);
        var manager = await fixture.MonthEndAsAsync(DemoUsers.ManagerEast);
        var text = "  重点客户 A 提前续约；<b>not bold</b> & \"quoted\"\n第二行。  ";

        await manager.SaveAsync(planId, ReviewContent.Written with { WhatWorked = text });

        (await manager.GetAsync(planId)).Narrative.WhatWorked.ShouldBe(text.Trim());
        (await fixture.StoredReviewAsync(planId)).ShouldNotBeNull().WhatWorked.ShouldBe(text.Trim());
    }
}
