using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SalesPlanning.Application.Common;
using SalesPlanning.Domain.Common;
using SalesPlanning.IntegrationTests.Support;

namespace SalesPlanning.IntegrationTests.Reviews;

/// <summary>
/// A director's sign-off of a month-end review (DESIGN §5, §7): it closes the plan and writes the
/// audit rows of both in one transaction — a failure midway or a stale version leaves everything as
/// it was; the closed month then refuses weekly progress (DESIGN §6), and the next month's plan
/// (§4.1) starts from the signed-off review.
/// </summary>
public class MonthEndReviewSignOff(MonthEndAppFixture fixture) : IClassFixture<MonthEndAppFixture>
{
    [Fact]
    public async Task LeavesReviewPlanAndAuditUnchangedWhenTheTransactionFailsMidway()
    {
        const string period = "2024-09";
        var planId = await fixture.SubmittedReviewAsync(period);
        var director = await fixture.ActorAsync(DemoUsers.Director);
        var service = fixture.CreateMonthEndService();
        var version = (await service.GetAsync(director, planId)).Value!.Version;
        var auditBefore = await fixture.MonthAuditAsync(period);
        // The last row the sign-off writes, the plan's "Closed" audit entry, cannot be stored.
        await fixture.ExecuteSqlAsync(
            $$"""
            CREATE FUNCTION refuse_closed_audit() RETURNS trigger LANGUAGE plpgsql AS $f$
            BEGIN
                IF NEW.action = 'Closed' AND NEW.entity_key = '{{period}}/EAST' THEN
                    RAISE EXCEPTION 'audit store refused the row';
                END IF;
                RETURN NEW;
            END $f$;
            CREATE TRIGGER refuse_closed_audit BEFORE INSERT ON audit_entries FOR EACH ROW EXECUTE FUNCTION refuse_closed_audit();
            """);
        try
        {
            await Should.ThrowAsync<DbUpdateException>(() => service.SignOffAsync(director, planId, version));
        }
        finally
        {
            await fixture.ExecuteSqlAsync("DROP TRIGGER refuse_closed_audit ON audit_entries; DROP FUNCTION refuse_closed_audit();");
        }

        (await fixture.StoredReviewAsync(planId)).ShouldNotBeNull().Status.ShouldBe("Submitted");
        (await fixture.StoredStatusAsync(planId)).ShouldBe("Approved");
        (await fixture.MonthAuditAsync(period)).ShouldBe(auditBefore);
        (await fixture.QuerySqlAsync("""SELECT count(*) FROM plan_transitions WHERE plan_id = @p0 AND "to" = 'Closed'""", r => r.GetInt64(0), planId))
            .Single().ShouldBe(0);

        // Nothing was half-done: the same version signs off once the store accepts the rows.
        var signed = await service.SignOffAsync(director, planId, version);
        signed.Status.ShouldBe(ResultStatus.Ok);
        (await fixture.StoredStatusAsync(planId)).ShouldBe("Closed");
        (await fixture.MonthAuditAsync(period)).Skip(auditBefore.Count).Select(a => (a.EntityType, a.Action))
            .ShouldBe([("MonthEndReview", "SignedOff"), ("MonthlyPlan", "Closed")]);
    }

    [Fact]
    public async Task RefusesASignOffFromAStaleVersionAndChangesNothing()
    {
        const string period = "2024-10";
        var planId = await fixture.SubmittedReviewAsync(period);
        var director = await fixture.MonthEndAsAsync(DemoUsers.Director);
        var manager = await fixture.MonthEndAsAsync(DemoUsers.ManagerEast);
        var stale = (await director.GetAsync(planId)).Version;
        // Meanwhile the review is returned, edited and submitted again.
        await director.StepAsync(planId, "return", "Name the customers behind the gap.");
        await manager.SaveAsync(planId, ReviewContent.Written with { WhatDidNot = "Customers A and B paid late." });
        await manager.StepAsync(planId, "submit");
        var auditBefore = await fixture.MonthAuditAsync(period);

        using var response = await director.PostAsync(planId, "sign-off", stale);

        var problem = await TargetsApi.ProblemAsync(response, HttpStatusCode.Conflict);
        problem.Detail.ShouldNotBeNull().ShouldContain("month-end review");
        (await fixture.StoredReviewAsync(planId)).ShouldNotBeNull().Status.ShouldBe("Submitted");
        (await fixture.StoredStatusAsync(planId)).ShouldBe("Approved");
        (await fixture.MonthAuditAsync(period)).ShouldBe(auditBefore);
        using var week = await (await fixture.ProgressAsAsync(DemoUsers.Rep(1))).PutWeekAsync(period, 1, ProgressApi.Week(1_000m, 1, 500m));
        week.StatusCode.ShouldBe(HttpStatusCode.OK, "the month is still open");
    }

    [Fact]
    public async Task ClosesTheMonthToWeeklyProgressOfTheRegionOnly()
    {
        const string period = "2024-11";
        var planId = await fixture.SubmittedReviewAsync(period);
        var east = await fixture.ProgressAsAsync(DemoUsers.Rep(1));
        var south = await fixture.ProgressAsAsync(DemoUsers.Rep(5));
        uint version;
        using (var before = await east.PutWeekAsync(period, 1, ProgressApi.Week(10_000m, 8, 9_000m)))
        {
            var saved = await before.Content.ReadAsStringAsync();
            before.StatusCode.ShouldBe(HttpStatusCode.OK, saved);
            version = JsonSerializer.Deserialize<VersionResponse>(saved, TargetsApi.Json).ShouldNotBeNull().Version;
        }

        await (await fixture.MonthEndAsAsync(DemoUsers.Director)).StepAsync(planId, "sign-off");

        using var newWeek = await east.PutWeekAsync(period, 2, ProgressApi.Week(5_000m, 4, 5_000m));
        using var changedWeek = await east.PutWeekAsync(period, 1, ProgressApi.Week(12_000m, 9, 9_000m, version));
        using var otherRegion = await south.PutWeekAsync(period, 1, ProgressApi.Week(7_000m, 6, 7_000m));
        foreach (var refused in new[] { newWeek, changedWeek })
        {
            (await TargetsApi.ProblemAsync(refused, HttpStatusCode.BadRequest)).Messages().ShouldBe(["This month is closed: its weeks are read-only."]);
        }

        otherRegion.StatusCode.ShouldBe(HttpStatusCode.OK, await otherRegion.Content.ReadAsStringAsync());
        await using var db = fixture.CreateDbContext();
        var rep = fixture.Ids.Rep(1);
        var key = Period.Parse(period).Key;
        (await db.ProgressEntries.Where(e => e.RepId == rep && e.PeriodKey == key).Select(e => e.Figures.SalesAmount).ToListAsync()).ShouldBe([10_000m]);
        using var month = await east.GetMonthAsync(period);
        var text = await month.Content.ReadAsStringAsync();
        month.StatusCode.ShouldBe(HttpStatusCode.OK, text);
        text.ShouldContain("\"isClosed\":true");
        text.ShouldContain("\"canEdit\":false");
    }

    [Fact]
    public async Task ShowsTheSignedOffReviewInTheNextMonthsPlan()
    {
        const string period = "2024-12";
        var month = Period.Parse(period);
        var planId = await fixture.SubmittedReviewAsync(period);
        var service = fixture.CreateMonthEndService();
        var manager = await fixture.ActorAsync(DemoUsers.ManagerEast);

        // Submitted is not enough.
        (await service.PreviousSignedOffAsync(manager, fixture.Ids.East, month.Next())).Value.ShouldBeNull();
        await (await fixture.MonthEndAsAsync(DemoUsers.Director)).StepAsync(planId, "sign-off");

        var previous = await service.PreviousSignedOffAsync(manager, fixture.Ids.East, month.Next());
        previous.Status.ShouldBe(ResultStatus.Ok);
        var review = previous.Value.ShouldNotBeNull();
        review.Period.ShouldBe(month);
        review.Narrative.WhatWorked.ShouldBe(ReviewContent.Written.WhatWorked);
        review.Narrative.ControllableCauses.ShouldBe(ReviewContent.Written.ControllableCauses);
        review.Narrative.UncontrollableCauses.ShouldBe(ReviewContent.Written.UncontrollableCauses);
        review.Narrative.Improvements.ShouldBe(ReviewContent.Written.Improvements);
        review.SignedOffAt.ShouldBe((await fixture.StoredReviewAsync(planId)).ShouldNotBeNull().SignedOffAt.ShouldNotBeNull());
        (await service.PreviousSignedOffAsync(await fixture.ActorAsync(DemoUsers.Director), fixture.Ids.East, month.Next())).Value.ShouldNotBeNull();

        // Only that month's plan of that region; only for those who may read it.
        (await service.PreviousSignedOffAsync(manager, fixture.Ids.East, month)).Value.ShouldBeNull();
        (await service.PreviousSignedOffAsync(manager, fixture.Ids.East, month.Next().Next())).Value.ShouldBeNull();
        var southManager = await fixture.ActorAsync(DemoUsers.ManagerSouth);
        (await service.PreviousSignedOffAsync(southManager, fixture.Ids.South, month.Next())).Value.ShouldBeNull();
        (await service.PreviousSignedOffAsync(southManager, fixture.Ids.East, month.Next())).Status.ShouldBe(ResultStatus.Forbidden);
        (await service.PreviousSignedOffAsync(await fixture.ActorAsync(DemoUsers.Rep(1)), fixture.Ids.East, month.Next())).Status.ShouldBe(ResultStatus.Forbidden);
    }
}
