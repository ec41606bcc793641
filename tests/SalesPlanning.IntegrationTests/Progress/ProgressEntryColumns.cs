using Microsoft.EntityFrameworkCore;
using Npgsql;
using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Progress;
using SalesPlanning.IntegrationTests.Support;

namespace SalesPlanning.IntegrationTests.Progress;

/// <summary>
/// The week's figures are one value stored as a complex property: each figure in the column it always had (the
/// triggers that keep rep_month_actuals and any report read these columns by name), and read back whole. Every figure
/// gets a value of its own, so two figures swapped between columns of the same type would show.
/// </summary>
public class ProgressEntryColumns(ProgressAppFixture fixture) : IClassFixture<ProgressAppFixture>
{
    private static readonly Period June = Period.From(2032, 6);

    private static readonly Dictionary<string, string> ColumnOf = new(StringComparer.Ordinal)
    {
        ["SalesAmount"] = "sales_amount",
        ["SalesVolume"] = "sales_volume",
        ["Collections"] = "collections",
        ["Collections3To6Months"] = "collections_3_to_6_months",
        ["CollectionsOver6Months"] = "collections_over_6_months",
        ["Orders"] = "orders",
        ["NewCustomers"] = "new_customers",
        ["NewCustomerSales"] = "new_customer_sales",
        ["ExistingCustomerVisits"] = "existing_customer_visits",
        ["Calls"] = "calls",
        ["LostCustomers"] = "lost_customers",
    };

    [Fact]
    public async Task KeepsEachFigureInItsOwnColumnAndReadsThemBackWhole()
    {
        var figures = new WeeklyFigures(9_000.11m, 2, 8_000.22m, 3, 4, 5, 6, 7, 1_000.33m, 400.44m, 300.55m);
        var entry = ProgressEntry.Create(June, 1, fixture.Ids.Rep(3), fixture.Ids.Region("EAST"), figures, null, [], DateTimeOffset.UtcNow);
        await using (var db = fixture.CreateDbContext())
        {
            db.ProgressEntries.Add(entry);
            await db.SaveChangesAsync();
        }

        await using var data = NpgsqlDataSource.Create(fixture.ConnectionString);
        await using var read = data.CreateCommand(
            $"SELECT {string.Join(", ", WeeklyFigures.All.Select(f => ColumnOf[f.Name]))} FROM progress_entries WHERE id = @id");
        read.Parameters.AddWithValue("id", entry.Id);
        await using (var row = await read.ExecuteReaderAsync())
        {
            (await row.ReadAsync()).ShouldBeTrue();
            for (var i = 0; i < WeeklyFigures.All.Count; i++)
            {
                Convert.ToDecimal(row.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)
                    .ShouldBe(WeeklyFigures.All[i].ValueOf(figures), WeeklyFigures.All[i].Name);
            }
        }

        await using var again = fixture.CreateDbContext();
        (await again.ProgressEntries.AsNoTracking().SingleAsync(e => e.Id == entry.Id)).Figures.ShouldBe(figures);
        (await again.ProgressEntries.Where(e => e.Id == entry.Id).Select(e => e.Figures.Calls).SingleAsync()).ShouldBe(6);
    }

    [Fact]
    public async Task WritesTheChangedFiguresWhenTheWeekIsReplaced()
    {
        var entry = ProgressEntry.Create(June, 2, fixture.Ids.Rep(3), fixture.Ids.Region("EAST"),
            new WeeklyFigures(100m, 1, 50m, 1, 0, 0, 0, 0), null, [], DateTimeOffset.UtcNow);
        await using (var db = fixture.CreateDbContext())
        {
            db.ProgressEntries.Add(entry);
            await db.SaveChangesAsync();
        }

        var replaced = new WeeklyFigures(200m, 2, 150m, 2, 1, 1, 1, 1, 20m, 30m, 40m);
        await using (var db = fixture.CreateDbContext())
        {
            var stored = await db.ProgressEntries.Include(e => e.Lines).SingleAsync(e => e.Id == entry.Id);
            stored.Replace(replaced, null, [], DateTimeOffset.UtcNow).ShouldBeTrue();
            await db.SaveChangesAsync();
        }

        await using var again = fixture.CreateDbContext();
        (await again.ProgressEntries.AsNoTracking().SingleAsync(e => e.Id == entry.Id)).Figures.ShouldBe(replaced);
    }
}
