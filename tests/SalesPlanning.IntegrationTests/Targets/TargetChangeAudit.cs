using System.Net;
using SalesPlanning.Domain.Targets;
using SalesPlanning.IntegrationTests.Support;

namespace SalesPlanning.IntegrationTests.Targets;

/// <summary>
/// The audit trail of target changes (DESIGN §3): who changed which target or allocation, when,
/// from which amount to which, written with the change and only when something changed.
/// </summary>
public class TargetChangeAudit(TargetsAppFixture fixture) : IClassFixture<TargetsAppFixture>
{
    private DemoIds Ids => fixture.Ids;

    [Fact]
    public async Task RecordsEveryTargetAndAllocationChangeWithWhoMadeItAndWhen()
    {
        const string period = "2027-01";
        var director = await fixture.AsAsync(DemoUsers.Director);
        var manager = await fixture.AsAsync(DemoUsers.ManagerEast);
        var started = DateTimeOffset.UtcNow.AddSeconds(-1);

        await TargetPlans.SplitCompanyIntoRegionsAsync(fixture, period);
        await director.SaveBreakdownAsync(period, ScopeKind.Company, null, Metric.SalesAmount, Dimension.Region,
            new Dictionary<Guid, decimal> { [Ids.East] = 1_300_000.00m, [Ids.South] = 1_100_000.00m, [Ids.North] = 800_000.00m });
        await manager.SaveBreakdownAsync(period, ScopeKind.Region, Ids.East, Metric.SalesAmount, Dimension.Rep,
            Enumerable.Range(1, 4).ToDictionary(Ids.Rep, _ => 325_000.00m));

        var ended = DateTimeOffset.UtcNow.AddSeconds(1);
        var audit = await fixture.TargetAuditAsync(period);
        var company = StoredTargets.AuditKey(period, Metric.SalesAmount, ScopeKind.Company, null);
        var east = StoredTargets.AuditKey(period, Metric.SalesAmount, ScopeKind.Region, Ids.East);
        var south = StoredTargets.AuditKey(period, Metric.SalesAmount, ScopeKind.Region, Ids.South);
        var north = StoredTargets.AuditKey(period, Metric.SalesAmount, ScopeKind.Region, Ids.North);
        Row[] byDirector =
        [
            new(company, "Created", "Amount", null, "3200000.00"),
            new(company, "AllocationChanged", "Region:EAST", null, "1280000.00"),
            new(company, "AllocationChanged", "Region:SOUTH", null, "1120000.00"),
            new(company, "AllocationChanged", "Region:NORTH", null, "800000.00"),
            new(east, "Created", "Amount", null, "1280000.00"),
            new(south, "Created", "Amount", null, "1120000.00"),
            new(north, "Created", "Amount", null, "800000.00"),
            new(company, "AllocationChanged", "Region:EAST", "1280000.00", "1300000.00"),
            new(company, "AllocationChanged", "Region:SOUTH", "1120000.00", "1100000.00"),
            new(east, "AmountChanged", "Amount", "1280000.00", "1300000.00"),
            new(south, "AmountChanged", "Amount", "1120000.00", "1100000.00"),
        ];
        Row[] byManager =
        [
            .. Enumerable.Range(1, 4).Select(n => new Row(east, "AllocationChanged", $"Rep:{DemoUsers.Rep(n)}", null, "325000.00")),
            .. Enumerable.Range(1, 4).Select(n => new Row(
                StoredTargets.AuditKey(period, Metric.SalesAmount, ScopeKind.Rep, Ids.Rep(n)), "Created", "Amount", null, "325000.00")),
        ];
        Rows(audit, Ids.User(DemoUsers.Director), DemoUsers.Director).ShouldBe(byDirector, ignoreOrder: true);
        Rows(audit, Ids.User(DemoUsers.ManagerEast), DemoUsers.ManagerEast).ShouldBe(byManager, ignoreOrder: true);
        audit.Count.ShouldBe(byDirector.Length + byManager.Length);
        audit.ShouldAllBe(a => a.EntityType == "Target" && a.Comment == null && a.At >= started && a.At <= ended);
    }

    [Fact]
    public async Task RecordsMoneyToTheCentHoweverTheClientWritesIt()
    {
        const string period = "2027-02";
        var director = await fixture.AsAsync(DemoUsers.Director);

        // Whole numbers on the wire: 3200000, not 3200000.00.
        await director.SetCompanyTargetAsync(period, Metric.SalesAmount, 3_200_000m);
        await director.SaveBreakdownAsync(period, ScopeKind.Company, null, Metric.SalesAmount, Dimension.Region,
            new Dictionary<Guid, decimal> { [Ids.East] = 1_280_000m, [Ids.South] = 1_120_000m, [Ids.North] = 800_000m });
        await director.SetCompanyTargetAsync(period, Metric.SalesAmount, 3_300_000m);

        var audit = await fixture.TargetAuditAsync(period);
        audit.Select(a => a.OldValue).OfType<string>().ShouldAllBe(v => v.EndsWith(".00", StringComparison.Ordinal));
        audit.Select(a => a.NewValue).OfType<string>().ShouldAllBe(v => v.EndsWith(".00", StringComparison.Ordinal));
        audit.ShouldContain(a => a.Action == "AmountChanged" && a.OldValue == "3200000.00" && a.NewValue == "3300000.00");
    }

    [Fact]
    public async Task RecordsNothingForASaveThatChangesNothingOrIsRefused()
    {
        const string period = "2027-03";
        await TargetPlans.SplitCompanyAndEastAsync(fixture, period);
        var director = await fixture.AsAsync(DemoUsers.Director);
        var manager = await fixture.AsAsync(DemoUsers.ManagerEast);
        var before = await fixture.TargetAuditAsync(period);
        var read = await director.BreakdownAsync(period, ScopeKind.Company, null, Metric.SalesAmount, Dimension.Region);

        // The same amounts again (a save that changes nothing), then an invalid row, a stale version and a forbidden scope.
        await director.SaveBreakdownAsync(period, ScopeKind.Company, null, Metric.SalesAmount, Dimension.Region, TargetPlans.RegionSplit(Ids));
        var current = await director.BreakdownAsync(period, ScopeKind.Company, null, Metric.SalesAmount, Dimension.Region);
        using var invalid = await director.PutBreakdownAsync(period, ScopeKind.Company, null, Metric.SalesAmount, Dimension.Region,
            new Dictionary<Guid, decimal> { [Ids.East] = 1_280_000.001m }, current.Version);
        using var stale = await director.PutBreakdownAsync(period, ScopeKind.Company, null, Metric.SalesAmount, Dimension.Region,
            new Dictionary<Guid, decimal> { [Ids.East] = 1m }, read.Version);
        using var forbidden = await manager.PutBreakdownAsync(period, ScopeKind.Region, Ids.South, Metric.SalesAmount, Dimension.Rep,
            new Dictionary<Guid, decimal> { [Ids.Rep(5)] = 1m }, 0);
        invalid.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        forbidden.StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        // And the company target set to the amount it already has.
        await director.SetCompanyTargetAsync(period, Metric.SalesAmount, TargetPlans.Company);

        (await fixture.TargetAuditAsync(period)).Count.ShouldBe(before.Count);
    }

    private static List<Row> Rows(IEnumerable<StoredAuditEntry> audit, Guid userId, string email) =>
        audit.Where(a => a.UserId == userId)
            .Select(a =>
            {
                a.UserName.ShouldBe(email);
                return new Row(a.EntityKey, a.Action, a.Field, a.OldValue, a.NewValue);
            })
            .ToList();

    private sealed record Row(string EntityKey, string Action, string? Field, string? OldValue, string? NewValue);
}
