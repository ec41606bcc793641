using Microsoft.EntityFrameworkCore;
using SalesPlanning.Application.Identity;
using SalesPlanning.TestSupport;

namespace SalesPlanning.IntegrationTests.Persistence;

/// <summary>The migrations, applied by <c>DatabaseMigrator</c>, against the model they must describe.</summary>
public class DatabaseMigratorMigrate
{
    [Fact]
    public async Task AppliesEveryMigrationToAnEmptyDatabase()
    {
        var connectionString = await TestDatabases.CreateEmptyAsync();

        await TestDatabases.CreateMigrator(connectionString).MigrateAsync();

        await using var db = TestDatabases.CreateContext(connectionString);
        (await db.Database.GetPendingMigrationsAsync()).ShouldBeEmpty();
        (await db.Database.GetAppliedMigrationsAsync()).ShouldBe(db.Database.GetMigrations());
        (await db.Roles.Select(r => r.Name!).ToListAsync()).ShouldBe(Roles.All, ignoreOrder: true);
    }

    [Fact]
    public async Task LeavesNoModelChangesOutOfTheMigrations()
    {
        // Compares the model with the migrations' snapshot: no database is involved.
        await using var db = TestDatabases.CreateContext("Host=localhost;Database=unused");

        db.Database.HasPendingModelChanges().ShouldBeFalse(
            "The model has changes that no migration holds: add a migration (see README, 'Adding a migration').");
    }

    [Fact]
    public async Task BuildsTheSchemaTheModelDescribes()
    {
        var migrated = await TestDatabases.CreateEmptyAsync();
        await TestDatabases.CreateMigrator(migrated).MigrateAsync();
        var fromModel = await TestDatabases.CreateEmptyAsync();
        await using (var db = TestDatabases.CreateContext(fromModel))
        {
            await DatabaseCatalog.ExecuteScriptAsync(fromModel, db.Database.GenerateCreateScript());
        }

        var expected = await DatabaseCatalog.ReadAsync(fromModel);
        var actual = await DatabaseCatalog.ReadAsync(migrated);

        expected.ShouldNotBeEmpty();
        actual.ShouldBe(expected, DatabaseCatalog.Difference(expected, actual, "the model", "the migrations"));
    }

    [Fact]
    public async Task ChangesNothingWhenRunASecondTime()
    {
        var connectionString = await TestDatabases.CreateEmptyAsync();
        var migrator = TestDatabases.CreateMigrator(connectionString);
        await migrator.MigrateAsync();
        var catalog = await DatabaseCatalog.ReadAsync(connectionString);
        var history = await DatabaseCatalog.ReadHistoryAsync(connectionString);

        await migrator.MigrateAsync();

        var catalogAfter = await DatabaseCatalog.ReadAsync(connectionString);
        catalogAfter.ShouldBe(catalog, DatabaseCatalog.Difference(catalog, catalogAfter, "the first run", "the second run"));
        (await DatabaseCatalog.ReadHistoryAsync(connectionString)).ShouldBe(history);
    }

    [Fact]
    public async Task AppliesEachMigrationOnceWhenTwoInstancesStartTogether()
    {
        var connectionString = await TestDatabases.CreateEmptyAsync();
        var first = TestDatabases.CreateMigrator(connectionString);
        var second = TestDatabases.CreateMigrator(connectionString);

        await Task.WhenAll(Task.Run(() => first.MigrateAsync()), Task.Run(() => second.MigrateAsync()));

        await using var db = TestDatabases.CreateContext(connectionString);
        var ids = (await DatabaseCatalog.ReadHistoryAsync(connectionString)).Select(line => line.Split(' ')[0]);
        ids.ShouldBe(db.Database.GetMigrations());
    }
}
