using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SalesPlanning.Application.Actuals;
using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Incentives;
using SalesPlanning.IntegrationTests.Support;

namespace SalesPlanning.IntegrationTests.Progress;

/// <summary>
/// Collections by the age of the receivables they settle (issue 14, seed 003 十.3), on a month without demo history
/// (2024-08): rep01 has 800.00 of imported collections (no age: up to 3 months) and enters week 1 1,000.00 of which
/// 300.00 settled receivables 3–6 months old and 100.00 older than 6 months; rep02 enters week 2 500.00 through a
/// caller that does not know the split (all up to 3 months).
/// </summary>
public class AgedCollectionsCompute(ProgressAppFixture fixture) : IClassFixture<ProgressAppFixture>, IAsyncLifetime
{
    private static readonly Period August = Period.From(2024, 8);

    public async Task InitializeAsync()
    {
        var admin = await fixture.ActorAsync(DemoUsers.Admin);
        var csv = "period,rep_email,region_code,product_code,sales_amount,sales_volume,collections\n"
            + $"2024-08,{DemoUsers.Rep(1)},EAST,AC-100,1000.00,10,800.00\n";
        (await fixture.CreateImportService().ImportAsync(admin, csv)).IsOk.ShouldBeTrue();

        await OkAsync(DemoUsers.Rep(1), 1, new
        {
            salesAmount = 2_000m, salesVolume = 1, collections = 1_000m, orders = 1, newCustomers = 0, existingCustomerVisits = 0, calls = 0,
            lostCustomers = 0, collections3To6Months = 300m, collectionsOver6Months = 100m,
        });
        await OkAsync(DemoUsers.Rep(2), 2, new
        {
            salesAmount = 600m, salesVolume = 1, collections = 500m, orders = 1, newCustomers = 0, existingCustomerVisits = 0, calls = 0, lostCustomers = 0,
        });
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task ReadsEachRepsCollectionsByAgeWithHistoryAsUpToThreeMonths()
    {
        var aged = await fixture.CreateActualsQuery().AgedCollectionsByRepAsync(August, new ActualsFilter(RegionId: fixture.Ids.East));

        aged.Count.ShouldBe(2);
        aged[fixture.Ids.Rep(1)].ShouldBe(new CollectionsByAge(1_400m, 300m, 100m));
        aged[fixture.Ids.Rep(2)].ShouldBe(new CollectionsByAge(500m, 0m, 0m));
        var total = await fixture.CreateActualsQuery().TotalAsync(August, new ActualsFilter(RegionId: fixture.Ids.East));
        aged.Values.Sum(a => a.Total).ShouldBe(total.Collections);
    }

    [Fact]
    public async Task GivesTheWeekBackWithItsSplitAndZeroForACallerWithoutIt()
    {
        var one = await WeekAsync(DemoUsers.Rep(1), 1);
        var two = await WeekAsync(DemoUsers.Rep(2), 2);

        (one.GetProperty("collections3To6Months").GetDecimal(), one.GetProperty("collectionsOver6Months").GetDecimal()).ShouldBe((300m, 100m));
        (two.GetProperty("collections3To6Months").GetDecimal(), two.GetProperty("collectionsOver6Months").GetDecimal()).ShouldBe((0m, 0m));
    }

    [Theory]
    [InlineData("en", 400.01, 100, "Collections3To6Months", "The collections of receivables older than 3 months cannot exceed the week's collections.")]
    [InlineData("zh-CN", 0, 500.01, "CollectionsOver6Months", "账龄超过3个月的回款不能大于本周回款额。")]
    [InlineData("en", 300, 300, "Collections3To6Months", "The collections of receivables older than 3 months cannot exceed the week's collections.")]
    [InlineData("en", -1, 0, "Collections3To6Months", null)]
    [InlineData("en", 0, 0.001, "CollectionsOver6Months", null)]
    public async Task RefusesOlderPartsAboveTheCollectionsOrNotMoneyAtTheFieldAndSavesNothing(
        string language, double from3To6, double over6, string field, string? message)
    {
        var api = await fixture.ApiAsync(DemoUsers.Rep(3));

        using var response = await api.PutWeekAsync("2024-08", 3, new
        {
            salesAmount = 600m, salesVolume = 1, collections = 500m, orders = 1, newCustomers = 0, existingCustomerVisits = 0, calls = 0,
            lostCustomers = 0, collections3To6Months = (decimal)from3To6, collectionsOver6Months = (decimal)over6,
        }, language);

        var problem = await TargetsApi.ProblemAsync(response, HttpStatusCode.BadRequest);
        var messages = problem.Errors.ShouldNotBeNull()[field];
        if (message is not null)
        {
            messages.ShouldBe([message]);
        }

        await using var db = fixture.CreateDbContext();
        (await db.ProgressEntries.CountAsync(e => e.PeriodKey == August.Key && e.RepId == fixture.Ids.Rep(3))).ShouldBe(0);
    }

    private async Task OkAsync(string rep, int week, object body)
    {
        var api = await fixture.ApiAsync(rep);
        using var response = await api.PutWeekAsync("2024-08", week, body);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    private async Task<JsonElement> WeekAsync(string rep, int week)
    {
        var api = await fixture.ApiAsync(rep);
        using var response = await api.GetMonthAsync("2024-08");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("weeks").EnumerateArray().Single(w => w.GetProperty("number").GetInt32() == week).GetProperty("entry").Clone();
    }
}
