using System.Net;
using SalesPlanning.IntegrationTests.Support;

namespace SalesPlanning.IntegrationTests.Reviews;

/// <summary>
/// The month-end review's workflow of DESIGN §7 over HTTP — write, submit, return with a comment,
/// edit, resubmit, sign off — kept in the audit trail; the sign-off closes the plan. A return needs a
/// comment, and only a submitted review can be returned or signed off.
/// </summary>
public class MonthEndWorkflowTransition(MonthEndAppFixture fixture) : IClassFixture<MonthEndAppFixture>
{
    [Fact]
    public async Task AuditsEveryStepAndClosesThePlanOnSignOff()
    {
        const string period = "2024-03";
        var planId = await fixture.ApprovedPlanAsync(period);
        var manager = await fixture.MonthEndAsAsync(DemoUsers.ManagerEast);
        var director = await fixture.MonthEndAsAsync(DemoUsers.Director);

        var opened = await manager.GetAsync(planId);
        opened.Status.ShouldBe("Draft");
        opened.ReviewId.ShouldBeNull();
        opened.Version.ShouldBe(0u);
        opened.CanEdit.ShouldBeTrue();
        opened.MonthEnded.ShouldBeTrue();
        await manager.SaveAsync(planId, ReviewContent.Written);
        await manager.StepAsync(planId, "submit");
        await director.StepAsync(planId, "return", "  Split the collections gap by customer.  ");

        var returned = await manager.GetAsync(planId);
        returned.Status.ShouldBe("Returned");
        returned.ReturnComment.ShouldBe("Split the collections gap by customer.");
        returned.CanEdit.ShouldBeTrue();
        var edited = ReviewContent.Written with { WhatDidNot = "Collections were 12% short: customer A 8%, customer B 4%." };
        await manager.SaveAsync(planId, edited);
        await manager.StepAsync(planId, "submit");
        await director.StepAsync(planId, "sign-off");

        var signedOff = await manager.GetAsync(planId);
        signedOff.Status.ShouldBe("SignedOff");
        signedOff.PlanStatus.ShouldBe("Closed");
        signedOff.Narrative.ShouldBe(edited);
        signedOff.ReturnComment.ShouldBeNull();
        signedOff.SignedOffAt.ShouldNotBeNull();
        signedOff.SignedOffBy.ShouldBe("王志远 Wang Zhiyuan");
        signedOff.CanEdit.ShouldBeFalse();
        signedOff.CanSignOff.ShouldBeFalse();
        (await fixture.StoredStatusAsync(planId)).ShouldBe("Closed");
        (await (await fixture.PlansAsAsync(DemoUsers.ManagerEast)).OpenAsync(fixture.Ids.East, period)).Status.ShouldBe("Closed");

        var managerId = fixture.Ids.User(DemoUsers.ManagerEast);
        var directorId = fixture.Ids.User(DemoUsers.Director);
        var audit = await fixture.MonthAuditAsync(period);
        var steps = audit.Where(a => a.EntityType == "MonthEndReview" || a.Action == "Closed")
            .Select(a => (a.EntityType, a.Action, a.Field, a.OldValue, a.NewValue, a.Comment, a.UserId)).ToList();
        steps.Where(s => s.Action != "NarrativeSaved").ShouldBe(
        [
            ("MonthEndReview", "Submitted", "Status", "Draft", "Submitted", null, managerId),
            ("MonthEndReview", "Returned", "Status", "Submitted", "Returned", "Split the collections gap by customer.", directorId),
            ("MonthEndReview", "Submitted", "Status", "Returned", "Submitted", null, managerId),
            ("MonthEndReview", "SignedOff", "Status", "Submitted", "SignedOff", null, directorId),
            ("MonthlyPlan", "Closed", "Status", "Approved", "Closed", null, directorId),
        ]);
        var saves = audit.Where(a => a.Action == "NarrativeSaved").ToList();
        saves.Count.ShouldBe(2);
        saves.ShouldAllBe(a => a.UserId == managerId && a.Field == "Narrative");
        saves[0].OldValue.ShouldBeNull();
        saves[1].OldValue.ShouldNotBeNull().ShouldContain("Collections were 12% short of target.");
        saves[1].NewValue.ShouldNotBeNull().ShouldContain("customer A 8%");

        var transitions = await fixture.QuerySqlAsync(
            """SELECT "to" FROM plan_transitions WHERE plan_id = @p0 ORDER BY at, id""", r => r.GetString(0), planId);
        transitions.ShouldBe(["Draft", "Submitted", "Approved", "Closed"]);

        // Signed off, the review is read-only to everyone.
        using var save = await manager.PutAsync(planId, ReviewContent.Written, signedOff.Version);
        (await TargetsApi.ProblemAsync(save, HttpStatusCode.BadRequest)).Messages()
            .ShouldBe(["The month-end review is waiting for sign-off or signed off and cannot be changed."]);
        using var again = await director.PostAsync(planId, "sign-off", signedOff.Version);
        (await TargetsApi.ProblemAsync(again, HttpStatusCode.BadRequest)).Messages()
            .ShouldBe(["The month-end review is not in a state that allows this; reload the page."]);
        (await fixture.MonthAuditAsync(period)).Count.ShouldBe(audit.Count);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public async Task RefusesAReturnWithoutAComment(string? comment)
    {
        var period = comment switch { null => "2024-04", "" => "2024-05", _ => "2024-06" };
        var planId = await fixture.SubmittedReviewAsync(period);
        var director = await fixture.MonthEndAsAsync(DemoUsers.Director);
        var review = await director.GetAsync(planId);
        var auditBefore = (await fixture.MonthAuditAsync(period)).Count;

        using var response = await director.PostAsync(planId, "return", review.Version, comment);

        var errors = (await TargetsApi.ProblemAsync(response, HttpStatusCode.BadRequest)).Errors.ShouldNotBeNull();
        errors.ShouldHaveSingleItem().Key.ShouldBe("Comment");
        errors["Comment"].ShouldBe(["A comment is required."]);
        (await fixture.StoredReviewAsync(planId)).ShouldNotBeNull().Status.ShouldBe("Submitted");
        (await fixture.MonthAuditAsync(period)).Count.ShouldBe(auditBefore);
    }

    [Fact]
    public async Task RefusesToReturnOrSignOffAReviewThatIsNotSubmitted()
    {
        const string never = "2024-07";
        const string draft = "2024-08";
        var neverWritten = await fixture.ApprovedPlanAsync(never);
        var written = await fixture.WrittenReviewAsync(draft);
        var director = await fixture.MonthEndAsAsync(DemoUsers.Director);
        var version = (await director.GetAsync(written)).Version;

        using var signOffNothing = await director.PostAsync(neverWritten, "sign-off", 0);
        using var returnNothing = await director.PostAsync(neverWritten, "return", 0, "Write it first.");
        using var signOffDraft = await director.PostAsync(written, "sign-off", version);
        using var returnDraft = await director.PostAsync(written, "return", version, "Not yet.");

        foreach (var response in new[] { signOffNothing, returnNothing, signOffDraft, returnDraft })
        {
            (await TargetsApi.ProblemAsync(response, HttpStatusCode.BadRequest)).Messages()
                .ShouldBe(["The month-end review is not in a state that allows this; reload the page."]);
        }

        (await fixture.StoredReviewAsync(neverWritten)).ShouldBeNull();
        (await fixture.StoredReviewAsync(written)).ShouldNotBeNull().Status.ShouldBe("Draft");
        (await fixture.StoredStatusAsync(neverWritten)).ShouldBe("Approved");
        (await fixture.StoredStatusAsync(written)).ShouldBe("Approved");
        (await fixture.MonthAuditAsync(never)).ShouldNotContain(a => a.EntityType == "MonthEndReview");
        (await fixture.MonthAuditAsync(draft)).Where(a => a.EntityType == "MonthEndReview").Select(a => a.Action).ShouldBe(["NarrativeSaved"]);
    }
}
