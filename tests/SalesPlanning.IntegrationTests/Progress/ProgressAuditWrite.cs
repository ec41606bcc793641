using Microsoft.EntityFrameworkCore;
using SalesPlanning.Application.Progress;
using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Progress;
using SalesPlanning.IntegrationTests.Support;

namespace SalesPlanning.IntegrationTests.Progress;

/// <summary>
/// A week's audit: a row per figure by its name, money with two decimals and counts whole; a new week records what
/// is not zero, a replaced week what changed, old → new.
/// </summary>
public class ProgressAuditWrite(ProgressAppFixture fixture) : IClassFixture<ProgressAppFixture>
{
    private static readonly Period August = Period.From(2032, 8);

    [Fact]
    public async Task RecordsEveryFigureOfANewWeekThatIsNotZeroAndEveryFigureAReplacementChanges()
    {
        var service = fixture.CreateProgressService();
        var rep = await fixture.ActorAsync(DemoUsers.Rep(2));
        var first = new WeeklyFigures(900.10m, 2, 800.20m, 3, 0, 5, 6, 7, 100.30m, 40.40m, 0m);
        var created = await service.SaveWeekAsync(rep, new SaveProgressEntry(August, 1, first, null, [], null));
        created.IsOk.ShouldBeTrue(string.Join("; ", created.Errors.SelectMany(e => e.Value)));

        var second = first with { SalesAmount = 1_000m, NewCustomers = 1, CollectionsOver6Months = 30.50m };
        (await service.SaveWeekAsync(rep, new SaveProgressEntry(August, 1, second, null, [], created.Value!.Version))).IsOk.ShouldBeTrue();

        await using var db = fixture.CreateDbContext();
        var key = $"2032-08/W1/{fixture.Ids.Rep(2)}";
        var rows = await db.AuditEntries.Where(a => a.EntityType == "ProgressEntry" && a.EntityKey == key)
            .Select(a => new { a.Action, a.Field, a.OldValue, a.NewValue }).ToListAsync();
        rows.Where(r => r.Action == "Created").Select(r => $"{r.Field}: {r.NewValue}").ShouldBe(
        [
            "SalesAmount: 900.10", "SalesVolume: 2", "Collections: 800.20", "Collections3To6Months: 40.40", "Orders: 3", "NewCustomerSales: 100.30",
            "ExistingCustomerVisits: 5", "Calls: 6", "LostCustomers: 7",
        ], ignoreOrder: true);
        rows.Where(r => r.Action == "Created").ShouldAllBe(r => r.OldValue == null);
        rows.Where(r => r.Action == "Replaced").Select(r => $"{r.Field}: {r.OldValue} → {r.NewValue}").ShouldBe(
            ["SalesAmount: 900.10 → 1000.00", "NewCustomers: 0 → 1", "CollectionsOver6Months: 0.00 → 30.50"], ignoreOrder: true);
    }
}
