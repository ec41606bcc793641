using System.Globalization;
using System.Net;
using SalesPlanning.IntegrationTests.Support;

namespace SalesPlanning.IntegrationTests.Plans;

/// <summary>
/// Who may move EAST's plan through its workflow over HTTP (DESIGN §5, §8): each transition by each
/// role, each on a plan of its own month. Only EAST's manager submits; only a director approves or
/// returns; EAST's plan is none of SOUTH's manager's business; reps and admins do nothing; nobody
/// signed in gets 401. A refused step changes nothing and writes no audit row.
/// </summary>
public class PlanEndpointsAccess(PlansAppFixture fixture) : IClassFixture<PlansAppFixture>
{
    private const string Anonymous = "anonymous";
    private static int _nextMonth;

    public static TheoryData<string, string, int> Matrix()
    {
        var expected = new Dictionary<string, (int ManagerEast, int ManagerSouth, int Rep, int Admin, int Director)>
        {
            ["submit"] = (200, 403, 403, 403, 403),
            ["approve"] = (403, 403, 403, 403, 200),
            ["return"] = (403, 403, 403, 403, 200),
        };
        var data = new TheoryData<string, string, int>();
        foreach (var (step, e) in expected)
        {
            data.Add(DemoUsers.ManagerEast, step, e.ManagerEast);
            data.Add(DemoUsers.ManagerSouth, step, e.ManagerSouth);
            data.Add(DemoUsers.Rep(1), step, e.Rep);
            data.Add(DemoUsers.Admin, step, e.Admin);
            data.Add(DemoUsers.Director, step, e.Director);
            data.Add(Anonymous, step, 401);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task AnswersEachRoleAsTheWorkflowSays(string user, string step, int expected)
    {
        var period = NextPeriod();
        var planId = step == "submit" ? await fixture.ReadyPlanAsync(period) : await fixture.SubmittedPlanAsync(period);
        var before = await fixture.StoredStatusAsync(planId);
        var auditBefore = (await fixture.PlanAuditAsync(period)).Count;
        var version = (await (await fixture.PlansAsAsync(DemoUsers.Director)).OpenAsync(fixture.Ids.East, period)).Version;
        var api = user == Anonymous ? fixture.PlansAnonymous : await fixture.PlansAsAsync(user);

        using var response = await api.PostAsync(planId, step, version, "Please add the dealer plan.");

        ((int)response.StatusCode).ShouldBe(expected, $"{user}: {step} answered {await response.Content.ReadAsStringAsync()}");
        var after = await fixture.StoredStatusAsync(planId);
        var audit = await fixture.PlanAuditAsync(period);
        if (expected == 200)
        {
            after.ShouldBe(step switch { "submit" => "Submitted", "approve" => "Approved", _ => "Returned" });
            var row = audit.Last();
            row.Action.ShouldBe(step switch { "submit" => "Submitted", "approve" => "Approved", _ => "Returned" });
            row.UserId.ShouldBe(fixture.Ids.User(user));
            row.OldValue.ShouldBe(before);
            row.NewValue.ShouldBe(after);
            audit.Count.ShouldBe(auditBefore + 1);
        }
        else
        {
            after.ShouldBe(before);
            audit.Count.ShouldBe(auditBefore);
        }
    }

    [Theory]
    [InlineData(DemoUsers.ManagerEast, 200)]
    [InlineData(DemoUsers.Director, 200)]
    [InlineData(DemoUsers.ManagerSouth, 403)]
    [InlineData("rep01@demo.local", 403)]
    [InlineData(DemoUsers.Admin, 403)]
    [InlineData(Anonymous, 401)]
    public async Task ReadsAndExportsAPlanOnlyForThoseWhoMayReadIt(string user, int expected)
    {
        var period = NextPeriod();
        var planId = await fixture.ReadyPlanAsync(period);
        var api = user == Anonymous ? fixture.PlansAnonymous : await fixture.PlansAsAsync(user);

        foreach (var path in new[] { $"/{fixture.Ids.East}/{period}", $"/{fixture.Ids.East}/{period}/review", $"/{planId}/export.xlsx", $"/{planId}/production.csv" })
        {
            using var response = await api.SendAsync(HttpMethod.Get, path);
            ((int)response.StatusCode).ShouldBe(expected, $"{user}: GET {path}");
        }
    }

    [Fact]
    public async Task AnswersNotFoundForAnUnknownPlanOrRegion()
    {
        var director = await fixture.PlansAsAsync(DemoUsers.Director);
        using var plan = await director.SendAsync(HttpMethod.Get, $"/{Guid.NewGuid()}/export.xlsx");
        using var region = await director.OpenRawAsync(Guid.NewGuid(), "2031-01");
        using var step = await director.PostAsync(Guid.NewGuid(), "approve", 1);

        plan.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        region.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        step.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ShowsTheReviewQueueToDirectorsOnlyAndTheMonthToManagersOfTheirRegions()
    {
        var period = NextPeriod();
        var planId = await fixture.SubmittedPlanAsync(period);
        var director = await fixture.PlansAsAsync(DemoUsers.Director);
        var south = await fixture.PlansAsAsync(DemoUsers.ManagerSouth);

        using var waiting = await director.SendAsync(HttpMethod.Get, "/waiting");
        (await director.OkAsync<List<PlanSummaryResponse>>(waiting)).ShouldContain(p => p.PlanId == planId && p.Status == "Submitted");
        using var notForManagers = await south.SendAsync(HttpMethod.Get, "/waiting");
        notForManagers.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        using var notForReps = await (await fixture.PlansAsAsync(DemoUsers.Rep(1))).SendAsync(HttpMethod.Get, $"?period={period}");
        notForReps.StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        using var all = await director.SendAsync(HttpMethod.Get, $"?period={period}");
        (await director.OkAsync<List<PlanSummaryResponse>>(all)).Select(p => p.RegionCode).ShouldBe(["EAST", "NORTH", "SOUTH"], ignoreOrder: true);
        using var own = await south.SendAsync(HttpMethod.Get, $"?period={period}");
        var southMonth = await south.OkAsync<List<PlanSummaryResponse>>(own);
        southMonth.Single().RegionCode.ShouldBe("SOUTH");
        southMonth.Single().PlanId.ShouldBeNull();
        using var badPeriod = await director.SendAsync(HttpMethod.Get, "?period=2026-13");
        badPeriod.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task ReadingAPlanNeverStartsItTheRegionsManagerStartsItByPost()
    {
        var period = NextPeriod();
        var director = await fixture.PlansAsAsync(DemoUsers.Director);
        var manager = await fixture.PlansAsAsync(DemoUsers.ManagerEast);

        var read = await manager.OpenAsync(fixture.Ids.East, period);
        read.PlanId.ShouldBeNull();
        read.CanStart.ShouldBeTrue();
        (await director.OpenAsync(fixture.Ids.East, period)).CanStart.ShouldBeFalse();
        (await fixture.PlanAuditAsync(period)).ShouldBeEmpty();

        var started = await manager.StartAsync(fixture.Ids.East, period);
        var again = await manager.StartAsync(fixture.Ids.East, period);

        started.Status.ShouldBe("Draft");
        started.CanEdit.ShouldBeTrue();
        started.CanStart.ShouldBeFalse();
        again.PlanId.ShouldBe(started.PlanId);
        (await director.OpenAsync(fixture.Ids.East, period)).PlanId.ShouldBe(started.PlanId);
        (await fixture.PlanAuditAsync(period)).Single().Action.ShouldBe("Started");
    }

    [Theory]
    [InlineData(DemoUsers.Director, 403)]
    [InlineData(DemoUsers.ManagerSouth, 403)]
    [InlineData("rep01@demo.local", 403)]
    [InlineData(DemoUsers.Admin, 403)]
    [InlineData(Anonymous, 401)]
    public async Task OnlyTheRegionsManagerStartsItsPlan(string user, int expected)
    {
        var period = NextPeriod();
        var api = user == Anonymous ? fixture.PlansAnonymous : await fixture.PlansAsAsync(user);

        using var response = await api.StartRawAsync(fixture.Ids.East, period);

        ((int)response.StatusCode).ShouldBe(expected, await response.Content.ReadAsStringAsync());
        (await (await fixture.PlansAsAsync(DemoUsers.Director)).OpenAsync(fixture.Ids.East, period)).PlanId.ShouldBeNull();
        (await fixture.PlanAuditAsync(period)).ShouldBeEmpty();
    }

    // Each test gets EAST's plan of a month of its own, far from the demo history.
    private static string NextPeriod()
    {
        var n = Interlocked.Increment(ref _nextMonth);
        return new DateOnly(2030, 1, 1).AddMonths(n).ToString("yyyy-MM", CultureInfo.InvariantCulture);
    }
}
