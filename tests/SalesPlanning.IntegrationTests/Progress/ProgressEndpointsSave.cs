using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SalesPlanning.Application.Actuals;
using SalesPlanning.Application.Organisation;
using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Progress;
using SalesPlanning.IntegrationTests.Support;

namespace SalesPlanning.IntegrationTests.Progress;

/// <summary>PUT /api/v1/progress/{period}/weeks/{week}: create or replace the rep's own week, idempotently, with xmin concurrency.</summary>
public class ProgressEndpointsSave(ProgressAppFixture fixture) : IClassFixture<ProgressAppFixture>
{
    [Fact]
    public async Task CountsTheSameRequestSentTwiceOnce()
    {
        const string period = "2030-03";
        var api = await fixture.ApiAsync(DemoUsers.Rep(1));
        var body = ProgressApi.Week(1_234.56m, 12, 1_000m, note: "retried");

        using var first = await api.PutWeekAsync(period, 2, body);
        using var second = await api.PutWeekAsync(period, 2, body);

        first.StatusCode.ShouldBe(HttpStatusCode.OK, await first.Content.ReadAsStringAsync());
        second.StatusCode.ShouldBe(HttpStatusCode.OK, await second.Content.ReadAsStringAsync());
        await using var db = fixture.CreateDbContext();
        var rep = fixture.Ids.Rep(1);
        (await db.ProgressEntries.CountAsync(e => e.RepId == rep && e.PeriodKey == 203003)).ShouldBe(1);
        var totals = await fixture.CreateActualsQuery().TotalAsync(Period.Parse(period), new ActualsFilter(RepId: rep));
        totals.ShouldBe(new ActualTotals(1_234.56m, 12, 1_000m));
        (await db.AuditEntries.CountAsync(a => a.EntityType == "ProgressEntry" && a.EntityKey.StartsWith("2030-03/W2/"))).ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task ReplacesTheWeekFromTheVersionReadAndRefusesAStaleOne()
    {
        const string period = "2030-04";
        var api = await fixture.ApiAsync(DemoUsers.Rep(2));
        using var created = await api.PutWeekAsync(period, 1, ProgressApi.Week(100m, 1, 50m));
        var version = await ProgressApi.VersionOfAsync(created);

        using var replaced = await api.PutWeekAsync(period, 1, ProgressApi.Week(200m, 2, 150m, version));
        replaced.StatusCode.ShouldBe(HttpStatusCode.OK, await replaced.Content.ReadAsStringAsync());
        using var stale = await api.PutWeekAsync(period, 1, ProgressApi.Week(300m, 3, 250m, version));
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict, await stale.Content.ReadAsStringAsync());
        using var blind = await api.PutWeekAsync(period, 1, ProgressApi.Week(300m, 3, 250m));
        blind.StatusCode.ShouldBe(HttpStatusCode.Conflict);

        var totals = await fixture.CreateActualsQuery().TotalAsync(Period.Parse(period), new ActualsFilter(RepId: fixture.Ids.Rep(2)));
        totals.ShouldBe(new ActualTotals(200m, 2, 150m));
        await using var db = fixture.CreateDbContext();
        var audit = await db.AuditEntries.Where(a => a.EntityType == "ProgressEntry" && a.Action == "Replaced" && a.Field == "SalesAmount"
            && a.EntityKey == $"2030-04/W1/{fixture.Ids.Rep(2)}").SingleAsync();
        (audit.OldValue, audit.NewValue).ShouldBe(("100.00", "200.00"));
    }

    [Fact]
    public async Task ReplacesASplitUpdatingTheRowsOfTheProductsItKeeps()
    {
        const string period = "2030-10";
        var api = await fixture.ApiAsync(DemoUsers.Rep(4));
        var (kept, dropped, added) = (fixture.Ids.Product("AC-100"), fixture.Ids.Product("AC-200"), fixture.Ids.Product("AC-300"));
        using var created = await api.PutWeekAsync(period, 2, ProgressApi.Week(300m, 3, 100m, lines:
        [
            new { productId = kept, salesAmount = 100m, salesVolume = 1, collections = 40m },
            new { productId = dropped, salesAmount = 200m, salesVolume = 2, collections = 60m },
        ]));
        created.StatusCode.ShouldBe(HttpStatusCode.OK, await created.Content.ReadAsStringAsync());
        await using var db = fixture.CreateDbContext();
        var keptId = await db.ProgressLines.Where(l => l.PeriodKey == 203010 && l.ProductId == kept).Select(l => l.Id).SingleAsync();

        using var replaced = await api.PutWeekAsync(period, 2, ProgressApi.Week(500m, 5, 100m, await ProgressApi.VersionOfAsync(created), lines:
        [
            new { productId = kept, salesAmount = 350m, salesVolume = 4, collections = 70m },
            new { productId = added, salesAmount = 150m, salesVolume = 1, collections = 30m },
        ]));

        replaced.StatusCode.ShouldBe(HttpStatusCode.OK, await replaced.Content.ReadAsStringAsync());
        var lines = await db.ProgressLines.AsNoTracking().Where(l => l.PeriodKey == 203010).OrderBy(l => l.SalesAmount).ToListAsync();
        lines.Select(l => (l.ProductId, l.SalesAmount, l.SalesVolume, l.Collections)).ShouldBe([(added, 150m, 1L, 30m), (kept, 350m, 4L, 70m)]);
        lines.Single(l => l.ProductId == kept).Id.ShouldBe(keptId, "the kept product's row is updated, not deleted and inserted again");
        var audit = await db.AuditEntries.Where(a => a.EntityType == "ProgressEntry" && a.Action == "Replaced" && a.Field == "Lines"
            && a.EntityKey == $"2030-10/W2/{fixture.Ids.Rep(4)}").SingleAsync();
        audit.OldValue.ShouldNotBeNull().ShouldContain($"{dropped}: 200.00/2/60.00");
        audit.NewValue.ShouldNotBeNull().ShouldContain($"{kept}: 350.00/4/70.00");
        audit.NewValue.ShouldNotContain(dropped.ToString());
    }

    [Theory]
    [InlineData(false, "2030-12", null)]
    [InlineData(true, "2031-01", null)]
    [InlineData(false, "2031-02", "CM-100")]
    [InlineData(true, "2031-03", "CM-100")]
    public async Task RefusesAProductThatIsNotActiveAndSavesNothing(bool weekSavedBefore, string period, string? deactivated)
    {
        // Without a code, a product that does not exist; with one, a product of the company the admin deactivates.
        var product = deactivated is null ? Guid.NewGuid() : fixture.Ids.Product(deactivated);
        var admin = await fixture.ActorAsync(DemoUsers.Admin);
        await SetActiveAsync(false);
        try
        {
            var api = await fixture.ApiAsync(DemoUsers.Rep(3));
            uint? version = null;
            if (weekSavedBefore)
            {
                using var saved = await api.PutWeekAsync(period, 1, ProgressApi.Week(100m, 1, 50m));
                version = await ProgressApi.VersionOfAsync(saved);
            }

            using var response = await api.PutWeekAsync(period, 1, ProgressApi.Week(100m, 1, 50m, version, lines:
            [
                new { productId = product, salesAmount = 100m, salesVolume = 1, collections = 50m },
            ]));

            var problem = await TargetsApi.ProblemAsync(response, HttpStatusCode.BadRequest);
            problem.Errors.ShouldNotBeNull().ShouldContainKey("Lines");
            await using var db = fixture.CreateDbContext();
            var key = Period.Parse(period).Key;
            (await db.ProgressLines.CountAsync(l => l.PeriodKey == key)).ShouldBe(0);
            (await db.ProgressEntries.CountAsync(e => e.PeriodKey == key)).ShouldBe(weekSavedBefore ? 1 : 0);
        }
        finally
        {
            // The class's other tests share this company: the product is active again for them, whatever their order.
            await SetActiveAsync(true);
        }

        async Task SetActiveAsync(bool active)
        {
            if (deactivated is not null)
            {
                (await fixture.MasterData().SetActiveAsync(admin, MasterDataKind.Product, product, active)).IsOk.ShouldBeTrue();
            }
        }
    }

    [Fact]
    public async Task RefusesAProductSplitThatDoesNotAddUpAndSavesNothing()
    {
        const string period = "2030-05";
        var api = await fixture.ApiAsync(DemoUsers.Rep(3));
        var lines = new object[]
        {
            new { productId = fixture.Ids.Product("AC-100"), salesAmount = 60m, salesVolume = 1, collections = 50m },
            new { productId = fixture.Ids.Product("AC-200"), salesAmount = 30m, salesVolume = 1, collections = 50m },
        };

        using var response = await api.PutWeekAsync(period, 1, ProgressApi.Week(100m, 2, 100m, lines: lines));

        var problem = await TargetsApi.ProblemAsync(response, HttpStatusCode.BadRequest);
        problem.Errors.ShouldNotBeNull().ShouldContainKey("SalesAmount");
        problem.Errors.ShouldNotBeNull().ShouldNotContainKey("Collections");
        await using var db = fixture.CreateDbContext();
        (await db.ProgressEntries.CountAsync(e => e.PeriodKey == 203005)).ShouldBe(0);
    }

    [Theory]
    [InlineData(-1, 1, 0, "SalesAmount")]
    [InlineData(1.005, 1, 0, "SalesAmount")]
    [InlineData(1, -1, 0, "SalesVolume")]
    [InlineData(1, 1, 2_000_000_000, "Collections")]
    public async Task RefusesBadNumbersWithAMessageAtTheField(decimal amount, long volume, decimal collections, string field)
    {
        var api = await fixture.ApiAsync(DemoUsers.Rep(4));

        using var response = await api.PutWeekAsync("2030-06", 1, ProgressApi.Week(amount, volume, collections));

        var problem = await TargetsApi.ProblemAsync(response, HttpStatusCode.BadRequest);
        problem.Errors.ShouldNotBeNull().ShouldContainKey(field);
    }

    [Fact]
    public async Task RefusesAWeekThatTheMonthDoesNotHave()
    {
        var api = await fixture.ApiAsync(DemoUsers.Rep(4));

        // February 2027 has four weeks.
        using var response = await api.PutWeekAsync("2027-02", 5, ProgressApi.Week(1m, 1, 1m));

        (await TargetsApi.ProblemAsync(response, HttpStatusCode.BadRequest)).Errors.ShouldNotBeNull().ShouldContainKey("Week");
    }

    [Fact]
    public async Task AnswersEveryFigureFlatBesideTheEntrysOtherMembers()
    {
        const string period = "2030-07";
        var api = await fixture.ApiAsync(DemoUsers.Rep(4));
        var body = new
        {
            salesAmount = 900.10m, salesVolume = 2, collections = 800.20m, orders = 3, newCustomers = 4, existingCustomerVisits = 5, calls = 6,
            lostCustomers = 7, newCustomerSales = 100.30m, collections3To6Months = 40.40m, collectionsOver6Months = 30.50m, note = "flat",
        };
        var sent = JsonSerializer.SerializeToElement(body, TargetsApi.Json);

        using var saved = await api.PutWeekAsync(period, 1, body);
        using var month = await api.GetMonthAsync(period);

        saved.StatusCode.ShouldBe(HttpStatusCode.OK, await saved.Content.ReadAsStringAsync());
        var answered = JsonDocument.Parse(await saved.Content.ReadAsStringAsync()).RootElement;
        var read = JsonDocument.Parse(await month.Content.ReadAsStringAsync()).RootElement.GetProperty("weeks")[0].GetProperty("entry");
        foreach (var entry in new[] { answered, read })
        {
            entry.TryGetProperty("figures", out _).ShouldBeFalse();
            entry.GetProperty("note").GetString().ShouldBe("flat");
            foreach (var figure in WeeklyFigures.All)
            {
                var name = JsonNamingPolicy.CamelCase.ConvertName(figure.Name);
                entry.GetProperty(name).GetDecimal().ShouldBe(sent.GetProperty(name).GetDecimal(), name);
            }
        }
    }
}
