using SalesPlanning.Application.Persistence;
using SalesPlanning.Domain.Organisation;
using SalesPlanning.TestSupport;

namespace SalesPlanning.IntegrationTests.Persistence;

/// <summary>
/// <c>TrySaveChangesAsync</c>: the one place that tells a database refusal's reason (ISalesPlanningDb),
/// against real PostgreSQL constraints.
/// </summary>
public class SavingChanges
{
    [Fact]
    public async Task SavesAndSaysSo()
    {
        var connectionString = await MigratedAsync();
        await using var db = TestDatabases.CreateContext(connectionString);
        db.Regions.Add(Region.Create("WEST", "华西区"));

        (await db.TrySaveChangesAsync()).ShouldBe(SaveOutcome.Saved);
    }

    [Fact]
    public async Task CallsATakenUniqueKeyADuplicate()
    {
        var connectionString = await MigratedAsync();
        await using (var first = TestDatabases.CreateContext(connectionString))
        {
            first.Regions.Add(Region.Create("WEST", "华西区"));
            await first.SaveChangesAsync();
        }

        await using var second = TestDatabases.CreateContext(connectionString);
        second.Regions.Add(Region.Create("WEST", "华西区 again"));

        (await second.TrySaveChangesAsync()).ShouldBe(SaveOutcome.Duplicate);
    }

    [Fact]
    public async Task CallsAStaleVersionAConflict()
    {
        var connectionString = await MigratedAsync();
        var region = Region.Create("WEST", "华西区");
        await using (var setup = TestDatabases.CreateContext(connectionString))
        {
            setup.Regions.Add(region);
            await setup.SaveChangesAsync();
        }

        await using var mine = TestDatabases.CreateContext(connectionString);
        var myCopy = await mine.Regions.FindAsync(region.Id);
        await using (var theirs = TestDatabases.CreateContext(connectionString))
        {
            (await theirs.Regions.FindAsync(region.Id))!.Rename("华西区 (theirs)");
            await theirs.SaveChangesAsync();
        }

        myCopy!.Rename("华西区 (mine)");

        (await mine.TrySaveChangesAsync()).ShouldBe(SaveOutcome.Conflict);
    }

    [Fact]
    public async Task CallsARowStillReferredToInUse()
    {
        var connectionString = await MigratedAsync();
        var line = ProductLine.Create("AC", "空调", "Air conditioners");
        await using (var setup = TestDatabases.CreateContext(connectionString))
        {
            setup.ProductLines.Add(line);
            setup.Products.Add(Product.Create("AC-1", "挂壁式空调", "Wall AC", "台", line));
            await setup.SaveChangesAsync();
        }

        await using var db = TestDatabases.CreateContext(connectionString);
        db.Remove((await db.ProductLines.FindAsync(line.Id))!);

        (await db.TrySaveChangesAsync()).ShouldBe(SaveOutcome.InUse);
    }

    private static async Task<string> MigratedAsync()
    {
        var connectionString = await TestDatabases.CreateEmptyAsync();
        await TestDatabases.CreateMigrator(connectionString).MigrateAsync();
        return connectionString;
    }
}
