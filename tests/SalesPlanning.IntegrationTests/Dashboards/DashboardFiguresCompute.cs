using Microsoft.Extensions.Logging.Abstractions;
using SalesPlanning.Application.Actuals;
using SalesPlanning.Application.Alerts;
using SalesPlanning.Application.Common;
using SalesPlanning.Application.Dashboards;
using SalesPlanning.Application.Settings;
using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Performance;
using SalesPlanning.Domain.Targets;
using SalesPlanning.IntegrationTests.Support;
using SalesPlanning.TestSupport;

namespace SalesPlanning.IntegrationTests.Dashboards;

/// <summary>
/// The dashboards' figures and the alerts on the demo company's 13 months of history, with targets set
/// through the targets API; every expected actual is computed here with plain SQL over monthly_actuals.
/// </summary>
public class DashboardFiguresCompute(TargetsAppFixture fixture) : IClassFixture<TargetsAppFixture>
{
    private static Period ThisMonth => Period.Containing(DateOnly.FromDateTime(TimeProvider.System.GetLocalNow().DateTime));

    /// <summary>A closed month outside the alerts' window, for the figures tests.</summary>
    private static Period FiguresMonth => ThisMonth.Previous().Previous().Previous().Previous().Previous().Previous().Previous().Previous();

    private DemoIds Ids => fixture.Ids;

    [Fact]
    public async Task CompanyAchievementIsTheSqlTotalAgainstTheTarget()
    {
        var period = FiguresMonth;
        await TargetPlans.SplitCompanyAndEastAsync(fixture, period.ToString());
        var director = await fixture.ActorAsync(DemoUsers.Director);

        var company = (await Service().AchievementAsync(director, TargetScope.Company, period)).Value.ShouldNotBeNull();

        var expected = await SqlTotalsAsync(period, "1", regionId: null);
        var sales = company.For(Metric.SalesAmount);
        sales.Actual.ShouldBe(expected.Values.Single());
        sales.Target.ShouldBe(TargetPlans.Company);
        sales.Achievement.ShouldBe(expected.Values.Single() / TargetPlans.Company);
        sales.TimeProgress.ShouldBe(1m);
        sales.OnPace.ShouldBe(sales.Achievement >= 1m);

        // No volume target: achievement and pace are "—", never an error.
        var volume = company.For(Metric.SalesVolume);
        volume.Target.ShouldBeNull();
        volume.Achievement.ShouldBeNull();
        volume.OnPace.ShouldBeNull();
    }

    [Fact]
    public async Task TheTeamTableHasEachRepsSqlTotalTargetAndAchievement()
    {
        var period = FiguresMonth;
        await TargetPlans.SplitCompanyAndEastAsync(fixture, period.ToString());
        var manager = await fixture.ActorAsync(DemoUsers.ManagerEast);

        var team = (await Service().BreakdownAsync(manager, TargetScope.ForRegion(Ids.East), Dimension.Rep, Metric.SalesAmount, period)).Value.ShouldNotBeNull();

        var expected = await SqlTotalsAsync(period, "rep_id", Ids.East);
        team.Rows.Select(r => r.Id).ShouldBe(Enumerable.Range(1, 4).Select(Ids.Rep), ignoreOrder: true);
        foreach (var row in team.Rows)
        {
            row.Actual.ShouldBe(expected[row.Id]);
            row.Target.ShouldBe(TargetPlans.EastRep);
            row.Achievement.ShouldBe(expected[row.Id] / TargetPlans.EastRep);
            row.OnPace.ShouldBe(row.Achievement >= 1m);
        }
    }

    [Fact]
    public async Task TheRegionsAndProductsTablesHaveTheSqlTotals()
    {
        var period = FiguresMonth;
        var director = await fixture.ActorAsync(DemoUsers.Director);

        var regions = (await Service().BreakdownAsync(director, TargetScope.Company, Dimension.Region, Metric.SalesAmount, period)).Value.ShouldNotBeNull();
        var products = (await Service().BreakdownAsync(director, TargetScope.ForRegion(Ids.East), Dimension.Product, Metric.SalesAmount, period)).Value.ShouldNotBeNull();

        regions.Rows.ToDictionary(r => r.Id, r => r.Actual).ShouldBe(await SqlTotalsAsync(period, "region_id", regionId: null), ignoreOrder: true);
        products.Rows.ToDictionary(r => r.Id, r => r.Actual).ShouldBe(await SqlTotalsAsync(period, "product_id", Ids.East), ignoreOrder: true);
        products.Rows.ShouldAllBe(r => r.Target == null && r.Achievement == null && r.OnPace == null);
    }

    [Fact]
    public async Task TheTrendHasTwelveMonthsOfSqlTotalsEndingWithTheMonth()
    {
        var last = ThisMonth.Previous();
        var manager = await fixture.ActorAsync(DemoUsers.ManagerEast);

        var trend = (await Service().TrendAsync(manager, TargetScope.ForRegion(Ids.East), Metric.SalesAmount, last, 12)).Value.ShouldNotBeNull();

        var rows = await fixture.QuerySqlAsync(
            "SELECT period_key, sum(sales_amount) FROM monthly_actuals WHERE region_id = @p0 GROUP BY period_key",
            r => (Key: r.GetInt32(0), Amount: r.GetDecimal(1)), Ids.East);
        var byMonth = rows.ToDictionary(r => r.Key, r => r.Amount);
        trend.Points.Count.ShouldBe(12);
        trend.Points[^1].Period.ShouldBe(last);
        trend.Points[0].Period.ShouldBe(Enumerable.Range(0, 11).Aggregate(last, (p, _) => p.Previous()));
        trend.Points.ShouldAllBe(p => p.Actual == byMonth[p.Period.Key]);
    }

    [Fact]
    public async Task ARepOnlyReadsTheirOwnFiguresAndAManagerOnlyTheirRegions()
    {
        var period = FiguresMonth;
        var rep01 = await fixture.ActorAsync(DemoUsers.Rep(1));
        var manager = await fixture.ActorAsync(DemoUsers.ManagerEast);
        var service = Service();

        (await service.AchievementAsync(rep01, TargetScope.ForRep(Ids.Rep(1)), period)).Status.ShouldBe(ResultStatus.Ok);
        (await service.AchievementAsync(rep01, TargetScope.ForRep(Ids.Rep(2)), period)).Status.ShouldBe(ResultStatus.Forbidden);
        (await service.BreakdownAsync(rep01, TargetScope.ForRegion(Ids.East), Dimension.Rep, Metric.SalesAmount, period)).Status.ShouldBe(ResultStatus.Forbidden);
        (await service.TrendAsync(rep01, TargetScope.Company, Metric.SalesAmount, period, 12)).Status.ShouldBe(ResultStatus.Forbidden);
        (await service.BreakdownAsync(manager, TargetScope.ForRegion(Ids.South), Dimension.Rep, Metric.SalesAmount, period)).Status.ShouldBe(ResultStatus.Forbidden);
        (await service.AchievementAsync(manager, TargetScope.ForRep(Ids.Rep(5)), period)).Status.ShouldBe(ResultStatus.Forbidden);
        (await service.AchievementAsync(manager, TargetScope.Company, period)).Status.ShouldBe(ResultStatus.Forbidden);
        (await service.AchievementAsync(manager, TargetScope.ForRep(Ids.Rep(2)), period)).Status.ShouldBe(ResultStatus.Ok);
        (await AlertService().ListAsync(rep01)).Status.ShouldBe(ResultStatus.Forbidden);
    }

    [Fact]
    public async Task ARepBelowSixtyPercentTheLastTwoMonthsGetsTheSevereAlertWithThoseMonths()
    {
        var months = new[] { ThisMonth.Previous().Previous(), ThisMonth.Previous() };
        var managerApi = await fixture.AsAsync(DemoUsers.ManagerEast);
        foreach (var month in months)
        {
            await TargetPlans.SplitCompanyIntoRegionsAsync(fixture, month.ToString());
            await managerApi.SaveBreakdownAsync(month.ToString(), ScopeKind.Region, Ids.East, Metric.SalesAmount, Dimension.Rep,
                new Dictionary<Guid, decimal> { [Ids.Rep(1)] = 1_000_000_000.00m, [Ids.Rep(2)] = 0.01m });
        }

        var managerAlerts = (await AlertService().ListAsync(await fixture.ActorAsync(DemoUsers.ManagerEast))).Value.ShouldNotBeNull();
        var directorAlerts = (await AlertService().ListAsync(await fixture.ActorAsync(DemoUsers.Director))).Value.ShouldNotBeNull();

        var rep01 = managerAlerts.Where(a => a.ScopeId == Ids.Rep(1) && a.Kind != AlertKind.BehindPace).ShouldHaveSingleItem();
        rep01.Kind.ShouldBe(AlertKind.RepSevere);
        rep01.RegionId.ShouldBe(Ids.East);
        rep01.Months.Select(m => m.Period).ShouldBe(months);
        rep01.Months.ShouldAllBe(m => m.Achievement < 0.60m);
        managerAlerts.ShouldNotContain(a => a.ScopeId == Ids.Rep(2));
        managerAlerts.ShouldAllBe(a => a.RegionId == Ids.East);
        directorAlerts.ShouldContain(a => a.ScopeId == Ids.Rep(1) && a.Kind == AlertKind.RepSevere);
    }

    private DashboardService Service()
    {
        var contexts = TestDatabases.CreateFactory(fixture.ConnectionString);
        return new DashboardService(contexts, new ActualsQuery(contexts), TimeProvider.System);
    }

    private AlertService AlertService()
    {
        var contexts = TestDatabases.CreateFactory(fixture.ConnectionString);
        return new AlertService(contexts, new ActualsQuery(contexts), new SettingsQuery(contexts), new AlertWindowCache(), TimeProvider.System);
    }

    /// <summary>Sales of a month from monthly_actuals by SQL, grouped by a column (or "1" for the total), optionally within a region.</summary>
    private async Task<Dictionary<Guid, decimal>> SqlTotalsAsync(Period period, string groupBy, Guid? regionId)
    {
        var key = groupBy == "1" ? "CAST('00000000-0000-0000-0000-000000000000' AS uuid)" : groupBy;
        var rows = await fixture.QuerySqlAsync(
            $"SELECT {key}, sum(sales_amount) FROM monthly_actuals WHERE period_key = @p0 AND (CAST(@p1 AS uuid) IS NULL OR region_id = @p1) GROUP BY 1",
            r => (Id: r.GetGuid(0), Amount: r.GetDecimal(1)),
            period.Key, (object?)regionId ?? DBNull.Value);
        return rows.ToDictionary(r => r.Id, r => r.Amount);
    }
}
