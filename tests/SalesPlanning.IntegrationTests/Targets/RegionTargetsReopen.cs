using System.Net;
using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Targets;
using SalesPlanning.IntegrationTests.Support;

namespace SalesPlanning.IntegrationTests.Targets;

/// <summary>
/// A director re-opens a region's locked targets (POST …/regions/{id}/reopen, DESIGN §3): only a
/// director, only with a reason, audited with that reason; afterwards the targets can change again.
/// </summary>
public class RegionTargetsReopen(TargetsAppFixture fixture) : IClassFixture<TargetsAppFixture>
{
    private DemoIds Ids => fixture.Ids;

    [Theory]
    [InlineData("2027-01", "")]
    [InlineData("2027-02", "   ")]
    [InlineData("2027-03", null)]
    public async Task RefusesToReopenWithoutAReason(string period, string? comment)
    {
        await LockedEastAsync(period);
        var director = await fixture.AsAsync(DemoUsers.Director);

        using var response = await director.PostReopenAsync(period, Ids.East, comment);

        var problem = await TargetsApi.ProblemAsync(response, HttpStatusCode.BadRequest);
        problem.Errors.ShouldNotBeNull().ShouldContainKey("comment");
        await ShouldStillBeLockedAsync(period);
    }

    [Fact]
    public async Task ReopensTheRegionAndItsRepsWithTheReasonInTheAuditTrail()
    {
        const string period = "2027-04";
        const string reason = "The key account's order moved to next month.";
        await LockedEastAsync(period);
        var director = await fixture.AsAsync(DemoUsers.Director);
        var started = DateTimeOffset.UtcNow.AddSeconds(-1);

        using var response = await director.PostReopenAsync(period, Ids.East, "  " + reason + " ");

        (await director.OkAsync<ReopenResponse>(response)).Reopened.ShouldBe(5);
        (await fixture.TargetsAsync(period, Metric.SalesAmount)).ShouldAllBe(t => !t.IsLocked);
        var audit = (await fixture.TargetAuditAsync(period)).Where(a => a.Action == "Reopened").ToList();
        audit.Select(a => a.EntityKey).ShouldBe(
            [
                StoredTargets.AuditKey(period, Metric.SalesAmount, ScopeKind.Region, Ids.East),
                .. Enumerable.Range(1, 4).Select(n => StoredTargets.AuditKey(period, Metric.SalesAmount, ScopeKind.Rep, Ids.Rep(n))),
            ],
            ignoreOrder: true);
        audit.ShouldAllBe(a => a.Comment == reason
            && a.UserId == Ids.User(DemoUsers.Director) && a.UserName == DemoUsers.Director
            && a.At >= started && a.At <= DateTimeOffset.UtcNow.AddSeconds(1));
    }

    [Fact]
    public async Task LetsTheManagerSplitTheRegionAgainOnceReopened()
    {
        const string period = "2027-05";
        await LockedEastAsync(period);
        var director = await fixture.AsAsync(DemoUsers.Director);
        var manager = await fixture.AsAsync(DemoUsers.ManagerEast);
        using (var reopen = await director.PostReopenAsync(period, Ids.East, "Re-plan EAST."))
        {
            reopen.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var read = await manager.BreakdownAsync(period, ScopeKind.Region, Ids.East, Metric.SalesAmount, Dimension.Rep);
        var split = TargetPlans.EastRepSplit(Ids);
        split[Ids.Rep(1)] = 330_000.00m;
        split[Ids.Rep(2)] = 310_000.00m;
        await manager.SaveBreakdownAsync(period, ScopeKind.Region, Ids.East, Metric.SalesAmount, Dimension.Rep, split);
        await director.SaveBreakdownAsync(period, ScopeKind.Company, null, Metric.SalesAmount, Dimension.Region,
            new Dictionary<Guid, decimal> { [Ids.East] = 1_300_000.00m, [Ids.South] = 1_100_000.00m, [Ids.North] = TargetPlans.North });

        read.IsLocked.ShouldBeFalse();
        read.CanEdit.ShouldBeTrue();
        (await fixture.TargetAsync(period, Metric.SalesAmount, ScopeKind.Rep, Ids.Rep(1))).ShouldNotBeNull().Amount.ShouldBe(330_000.00m);
        (await fixture.TargetAsync(period, Metric.SalesAmount, ScopeKind.Region, Ids.East)).ShouldNotBeNull().Amount.ShouldBe(1_300_000.00m);
    }

    [Theory]
    [InlineData("2027-06", DemoUsers.ManagerEast)]
    [InlineData("2027-07", DemoUsers.Admin)]
    [InlineData("2027-08", "rep01@demo.local")]
    public async Task ForbidsAnyoneButADirector(string period, string user)
    {
        await LockedEastAsync(period);
        var api = await fixture.AsAsync(user);

        using var response = await api.PostReopenAsync(period, Ids.East, "Let me change it.");

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        await ShouldStillBeLockedAsync(period);
        (await fixture.TargetAuditAsync(period)).ShouldNotContain(a => a.Action == "Reopened");
    }

    [Fact]
    public async Task ReopensOnlyTheNamedRegion()
    {
        const string period = "2027-09";
        await LockedEastAsync(period);
        var director = await fixture.AsAsync(DemoUsers.Director);
        await director.SaveBreakdownAsync(period, ScopeKind.Region, Ids.South, Metric.SalesAmount, Dimension.Rep,
            Enumerable.Range(5, 4).ToDictionary(Ids.Rep, _ => 280_000.00m));
        await fixture.CreateService().LockRegionAsync(await fixture.ActorAsync(DemoUsers.Director), Period.Parse(period), Ids.South);

        using var response = await director.PostReopenAsync(period, Ids.South, "Re-plan SOUTH.");

        (await director.OkAsync<ReopenResponse>(response)).Reopened.ShouldBe(5);
        await ShouldStillBeLockedAsync(period);
        (await fixture.TargetsAsync(period, Metric.SalesAmount)).Where(t => t.IsLocked).Select(t => t.ScopeId)
            .ShouldBe([Ids.East, .. Enumerable.Range(1, 4).Select(Ids.Rep)], ignoreOrder: true);
    }

    private async Task LockedEastAsync(string period)
    {
        await TargetPlans.SplitCompanyAndEastAsync(fixture, period);
        await fixture.CreateService().LockRegionAsync(await fixture.ActorAsync(DemoUsers.Director), Period.Parse(period), Ids.East);
    }

    private async Task ShouldStillBeLockedAsync(string period)
    {
        (await fixture.TargetAsync(period, Metric.SalesAmount, ScopeKind.Region, Ids.East)).ShouldNotBeNull().IsLocked.ShouldBeTrue();
        (await fixture.TargetAsync(period, Metric.SalesAmount, ScopeKind.Rep, Ids.Rep(1))).ShouldNotBeNull().IsLocked.ShouldBeTrue();
    }

    [Fact]
    public async Task AnswersNotFoundForARegionThatDoesNotExist()
    {
        var director = await fixture.AsAsync(DemoUsers.Director);

        using var response = await director.PostReopenAsync("2027-09", Guid.NewGuid(), "No such region.");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
