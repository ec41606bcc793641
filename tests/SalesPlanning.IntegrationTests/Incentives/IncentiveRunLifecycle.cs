using System.Net;
using Microsoft.EntityFrameworkCore;
using SalesPlanning.Domain.Incentives;
using SalesPlanning.IntegrationTests.Support;

namespace SalesPlanning.IntegrationTests.Incentives;

/// <summary>
/// A run's life (issue 14): a draft until the month is signed off, approved and locked (a plan or grade change for it
/// refused, a new version from a later month leaves it as approved), re-opened only with a reason (audited), approved
/// again; the plan versioned.
/// </summary>
public class IncentiveRunLifecycle(IncentiveAppFixture fixture) : IClassFixture<IncentiveAppFixture>
{
    private static string LastMonth => IncentiveAppFixture.LastMonth.ToString();

    private static string ThisMonth => IncentiveAppFixture.ThisMonth.ToString();

    private static object Terms(decimal partTimeRate) => IncentiveTerms.Seed003 with
    {
        Grades = [.. IncentiveTerms.Seed003.Grades.Select(g => g.Grade == Grade.PartTime ? g with { Tiers = [new CommissionTier(0m, null, partTimeRate)] } : g)],
    };

    [Fact]
    public async Task GoesFromDraftToApprovedToReopenedAndKeepsApprovedMonthsAsTheyWere()
    {
        var director = await fixture.AsAsync(DemoUsers.Director);
        var partTimer = await fixture.UserIdAsync("rep08@demo.local");

        // This month is a draft: not every region has signed off, so it cannot be approved.
        var draft = await director.ReadAsync<RunResponse>($"incentives/runs/{ThisMonth}");
        draft.Status.ShouldBe("Draft");
        draft.RegionsNotSignedOff.Count.ShouldBe(3);
        draft.CanApprove.ShouldBeFalse();
        using (var refused = await director.SendAsync(HttpMethod.Post, $"incentives/runs/{ThisMonth}/approve", acceptLanguage: "zh-CN"))
        {
            refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
            (await refused.Content.ReadAsStringAsync()).ShouldContain("月度总结尚未签核");
        }

        // Last month is approved and locked.
        var approved = await director.ReadAsync<RunResponse>($"incentives/runs/{LastMonth}");
        approved.Status.ShouldBe("Approved");
        var plan = await director.ReadAsync<PlanResponse>($"incentives/plan/{LastMonth}");
        plan.Number.ShouldBe(1);
        plan.LastApproved.ShouldBe(LastMonth);
        using (var refused = await director.SendAsync(HttpMethod.Post, "incentives/plan", new { effectiveFrom = LastMonth, terms = Terms(3m), number = 1 }))
        {
            refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
            (await refused.Content.ReadAsStringAsync()).ShouldContain("\"EffectiveFrom\"");
        }

        using (var refused = await director.SendAsync(HttpMethod.Put, $"incentives/grades/{partTimer}", new { from = LastMonth, grade = "SalesRep" }))
        {
            refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        }

        // A version from this month: this month's draft uses it, last month stays as approved.
        using (var saved = await director.SendAsync(HttpMethod.Post, "incentives/plan", new { effectiveFrom = ThisMonth, terms = Terms(3m), number = 1 }))
        {
            saved.StatusCode.ShouldBe(HttpStatusCode.OK, await saved.Content.ReadAsStringAsync());
        }

        using (var stale = await director.SendAsync(HttpMethod.Post, "incentives/plan", new { effectiveFrom = ThisMonth, terms = Terms(4m), number = 1 }))
        {
            stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        }

        (await director.ReadAsync<PlanResponse>($"incentives/plan/{ThisMonth}")).Number.ShouldBe(2);
        var lastMonthsPlan = await director.ReadAsync<PlanResponse>($"incentives/plan/{LastMonth}");
        (lastMonthsPlan.Number, lastMonthsPlan.Latest).ShouldBe((1, 2));
        var thisMonth = await director.ReadAsync<RunResponse>($"incentives/runs/{ThisMonth}");
        thisMonth.PlanNumber.ShouldBe(2);
        thisMonth.Of(partTimer).Line("Commission").Percent.ShouldBe(3m);
        var still = await director.ReadAsync<RunResponse>($"incentives/runs/{LastMonth}");
        still.Of(partTimer).Line("Commission").Percent.ShouldBe(2.5m);
        still.Payable.ShouldBe(approved.Payable);

        // Re-opening needs a reason, at the field, in the caller's language; then the month is live again.
        using (var refused = await director.SendAsync(HttpMethod.Post, $"incentives/runs/{LastMonth}/reopen", new { reason = "  " }, "zh-CN"))
        {
            refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
            var text = await refused.Content.ReadAsStringAsync();
            text.ShouldContain("\"Reason\"");
            text.ShouldContain("请填写重新打开的原因");
        }

        var reopened = await director.ReadAsync<RunResponse>($"incentives/runs/{LastMonth}");
        reopened.Status.ShouldBe("Approved");
        using (var ok = await director.SendAsync(HttpMethod.Post, $"incentives/runs/{LastMonth}/reopen", new { reason = "Bai's collections were booked twice." }))
        {
            ok.StatusCode.ShouldBe(HttpStatusCode.OK, await ok.Content.ReadAsStringAsync());
            (await director.OkAsync<RunResponse>(ok)).Status.ShouldBe("Ready");
        }

        (await fixture.ScalarAsync(db => db.AuditEntries.CountAsync(a => a.EntityType == "IncentiveRun" && a.Action == "Reopened" && a.Comment == "Bai's collections were booked twice.")))
            .ShouldBe(1);

        // Re-opened, the month may take a grade change, then is approved again with it.
        using (var graded = await director.SendAsync(HttpMethod.Put, $"incentives/grades/{partTimer}", new { from = LastMonth, grade = "SalesRep" }))
        {
            graded.StatusCode.ShouldBe(HttpStatusCode.OK, await graded.Content.ReadAsStringAsync());
        }

        using (var again = await director.SendAsync(HttpMethod.Post, $"incentives/runs/{LastMonth}/approve"))
        {
            again.StatusCode.ShouldBe(HttpStatusCode.OK, await again.Content.ReadAsStringAsync());
            var run = await director.OkAsync<RunResponse>(again);
            run.Status.ShouldBe("Approved");
            run.Of(partTimer).Grade.ShouldBe("SalesRep");
        }

        using (var twice = await director.SendAsync(HttpMethod.Post, $"incentives/runs/{LastMonth}/approve"))
        {
            twice.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        }

        (await fixture.ScalarAsync(db => db.AuditEntries.CountAsync(a => a.EntityType == "IncentiveRun" && a.Action == "Approved"))).ShouldBe(2);
    }

    [Theory]
    [InlineData("Grades[2].Tiers[1].FromPercent", "en", "Gap: the tier before ends at 60 %, this one starts at 70 %.")]
    [InlineData("Grades[2].Tiers[1].FromPercent", "zh-CN", "有空档：上一档止于 60%，本档始于 70%。")]
    public async Task ShowsATierGapAtTheFieldAndSavesNothing(string field, string language, string message)
    {
        var director = await fixture.AsAsync(DemoUsers.Director);
        var terms = IncentiveTerms.Seed003 with
        {
            Grades = [.. IncentiveTerms.Seed003.Grades.Select(g => g.Grade == Grade.SalesRep ? g with { Tiers = [new(0m, 60m, 1m), new(70m, null, 3m)] } : g)],
        };
        var versions = await fixture.ScalarAsync(db => db.IncentivePlanVersions.CountAsync());

        using var response = await director.SendAsync(HttpMethod.Post, "incentives/plan", new { effectiveFrom = "2099-01", terms, number = versions }, language);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var text = await response.Content.ReadAsStringAsync();
        text.ShouldContain($"\"Terms.{field}\"");
        text.ShouldContain(message);
        (await fixture.ScalarAsync(db => db.IncentivePlanVersions.CountAsync())).ShouldBe(versions);
    }
}
