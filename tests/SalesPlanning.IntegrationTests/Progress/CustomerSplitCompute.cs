using System.Net;
using Microsoft.EntityFrameworkCore;
using SalesPlanning.Application.Actuals;
using SalesPlanning.Domain.Common;
using SalesPlanning.IntegrationTests.Support;

namespace SalesPlanning.IntegrationTests.Progress;

/// <summary>
/// New vs existing customers' part of the sales amount (DESIGN §7), on a month without demo history
/// (2024-07): rep01 has 1,000.00 of imported history (not split) and enters week 1 5,000.00 of which
/// 2,000.00 to new customers; rep02 enters week 2 3,000.00, none to new customers; rep05 (SOUTH)
/// enters week 1 700.00, all to new customers.
/// </summary>
public class CustomerSplitCompute(ProgressAppFixture fixture) : IClassFixture<ProgressAppFixture>, IAsyncLifetime
{
    private static readonly Period July = Period.From(2024, 7);

    public async Task InitializeAsync()
    {
        var admin = await fixture.ActorAsync(DemoUsers.Admin);
        var csv = "period,rep_email,region_code,product_code,sales_amount,sales_volume,collections\n"
            + $"2024-07,{DemoUsers.Rep(1)},EAST,AC-100,1000.00,10,800.00\n";
        (await fixture.CreateImportService().ImportAsync(admin, csv)).IsOk.ShouldBeTrue();

        await SaveAsync(DemoUsers.Rep(1), 1, 5_000m, 2_000m);
        await SaveAsync(DemoUsers.Rep(2), 2, 3_000m, 0m);
        await SaveAsync(DemoUsers.Rep(5), 1, 700m, 700m);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task EachRepsSalesAreSplitIntoNewExistingAndNotSplit()
    {
        var split = await fixture.CreateActualsQuery().CustomerSplitByRepAsync(July, new ActualsFilter(RegionId: fixture.Ids.East));

        split.Count.ShouldBe(2);
        split[fixture.Ids.Rep(1)].ShouldBe(new CustomerSplit(2_000m, 3_000m, 1_000m));
        split[fixture.Ids.Rep(1)].SalesAmount.ShouldBe(6_000m);
        split[fixture.Ids.Rep(1)].NewShare.ShouldBe(0.4m);
        split[fixture.Ids.Rep(2)].ShouldBe(new CustomerSplit(0m, 3_000m, 0m));
    }

    [Fact]
    public async Task TheSplitAddsUpToTheMonthsSalesAmount()
    {
        var query = fixture.CreateActualsQuery();
        var east = new ActualsFilter(RegionId: fixture.Ids.East);

        var split = await query.CustomerSplitByRepAsync(July, east);
        var total = await query.TotalAsync(July, east);

        split.Values.Sum(s => s.SalesAmount).ShouldBe(total.SalesAmount);
    }

    [Fact]
    public async Task SalesToNewCustomersAboveTheWeeksSalesAreRefusedAtTheFieldAndNothingIsSaved()
    {
        var api = await fixture.ApiAsync(DemoUsers.Rep(3));

        using var response = await api.PutWeekAsync("2024-07", 3, new
        {
            salesAmount = 100m, salesVolume = 1, collections = 0m, orders = 1, newCustomers = 1, existingCustomerVisits = 0, calls = 0,
            lostCustomers = 0, newCustomerSales = 100.01m,
        });

        var problem = await TargetsApi.ProblemAsync(response, HttpStatusCode.BadRequest);
        problem.Errors.ShouldNotBeNull()["NewCustomerSales"].ShouldBe(["Sales to new customers cannot exceed the week's sales amount."]);
        await using var db = fixture.CreateDbContext();
        (await db.ProgressEntries.CountAsync(e => e.PeriodKey == July.Key && e.RepId == fixture.Ids.Rep(3))).ShouldBe(0);
    }

    private async Task SaveAsync(string rep, int week, decimal amount, decimal toNewCustomers)
    {
        var api = await fixture.ApiAsync(rep);
        using var response = await api.PutWeekAsync("2024-07", week, new
        {
            salesAmount = amount, salesVolume = 1, collections = 0m, orders = 1, newCustomers = 0, existingCustomerVisits = 0, calls = 0,
            lostCustomers = 0, newCustomerSales = toNewCustomers,
        });
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }
}
