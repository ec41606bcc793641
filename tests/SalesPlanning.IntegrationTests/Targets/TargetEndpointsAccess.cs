using System.Net;
using SalesPlanning.Application.Targets;
using SalesPlanning.Domain.Targets;
using SalesPlanning.IntegrationTests.Support;

namespace SalesPlanning.IntegrationTests.Targets;

/// <summary>
/// Who may do what with targets through /api/v1/targets (DESIGN §8): every role against every
/// operation, on a plan where the company, EAST and SOUTH are split and rep01 has a product split.
/// Directors do everything; admins nothing; EAST's manager reads and splits EAST and its reps only;
/// rep01 reads only their own targets; nobody signed in gets 401.
/// </summary>
public class TargetEndpointsAccess(TargetEndpointsAccess.PlanFixture fixture) : IClassFixture<TargetEndpointsAccess.PlanFixture>
{
    private const string Period = "2027-04";
    private const string Anonymous = "anonymous";
    private const int Ok = 200;
    private const int Unauthorized = 401;
    private const int Forbidden = 403;

    /// <summary>Operation → expected status for the director, the admin, EAST's manager and rep01.</summary>
    private static readonly IReadOnlyDictionary<string, (int Director, int Admin, int ManagerEast, int Rep01)> Expected =
        new Dictionary<string, (int, int, int, int)>
        {
            ["read company targets"] = (Ok, Forbidden, Forbidden, Forbidden),
            ["read EAST targets"] = (Ok, Forbidden, Ok, Forbidden),
            ["read SOUTH targets"] = (Ok, Forbidden, Forbidden, Forbidden),
            ["read rep01 targets"] = (Ok, Forbidden, Ok, Ok),
            ["read rep02 targets"] = (Ok, Forbidden, Ok, Forbidden),
            ["read rep05 targets"] = (Ok, Forbidden, Forbidden, Forbidden),
            ["read company region split"] = (Ok, Forbidden, Forbidden, Forbidden),
            ["read EAST rep split"] = (Ok, Forbidden, Ok, Forbidden),
            ["read SOUTH rep split"] = (Ok, Forbidden, Forbidden, Forbidden),
            ["read rep01 product split"] = (Ok, Forbidden, Ok, Ok),
            ["read rep05 product split"] = (Ok, Forbidden, Forbidden, Forbidden),
            ["suggest company region split"] = (Ok, Forbidden, Forbidden, Forbidden),
            ["suggest EAST rep split"] = (Ok, Forbidden, Ok, Forbidden),
            ["suggest SOUTH rep split"] = (Ok, Forbidden, Forbidden, Forbidden),
            ["set company target"] = (Ok, Forbidden, Forbidden, Forbidden),
            ["save company region split"] = (Ok, Forbidden, Forbidden, Forbidden),
            ["save EAST rep split"] = (Ok, Forbidden, Ok, Forbidden),
            ["save EAST product split"] = (Ok, Forbidden, Ok, Forbidden),
            ["save SOUTH rep split"] = (Ok, Forbidden, Forbidden, Forbidden),
            ["save rep01 product split"] = (Ok, Forbidden, Ok, Forbidden),
            ["save rep05 product split"] = (Ok, Forbidden, Forbidden, Forbidden),
            ["reopen EAST"] = (Ok, Forbidden, Forbidden, Forbidden),
            ["reopen SOUTH"] = (Ok, Forbidden, Forbidden, Forbidden),
        };

    public static TheoryData<string, string, int> Matrix()
    {
        var data = new TheoryData<string, string, int>();
        foreach (var (operation, expected) in Expected)
        {
            data.Add(DemoUsers.Director, operation, expected.Director);
            data.Add(DemoUsers.Admin, operation, expected.Admin);
            data.Add(DemoUsers.ManagerEast, operation, expected.ManagerEast);
            data.Add(DemoUsers.Rep(1), operation, expected.Rep01);
            data.Add(Anonymous, operation, Unauthorized);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task AnswersEachRoleAsTheAccessRulesSay(string user, string operation, int expected)
    {
        var api = user == Anonymous ? fixture.Anonymous : await fixture.AsAsync(user);

        using var response = await CallAsync(api, operation);

        ((int)response.StatusCode).ShouldBe(expected, $"{user}: {operation} answered {await response.Content.ReadAsStringAsync()}");
        if (expected == Unauthorized)
        {
            response.Headers.Location.ShouldBeNull();
        }
    }

    [Fact]
    public async Task ShowsAManagerThatTheyCanEditTheirRegionAndARepThatTheyCannotEditTheirOwn()
    {
        var manager = await fixture.AsAsync(DemoUsers.ManagerEast);
        var rep = await fixture.AsAsync(DemoUsers.Rep(1));

        (await manager.RegionAsync(Period, fixture.Ids.East)).CanEdit.ShouldBeTrue();
        (await manager.BreakdownAsync(Period, ScopeKind.Region, fixture.Ids.East, Metric.SalesAmount, Dimension.Rep)).CanEdit.ShouldBeTrue();
        (await rep.RepAsync(Period, fixture.Ids.Rep(1))).CanEdit.ShouldBeFalse();
        (await rep.BreakdownAsync(Period, ScopeKind.Rep, fixture.Ids.Rep(1), Metric.SalesAmount, Dimension.Product)).CanEdit.ShouldBeFalse();
    }

    [Fact]
    public async Task SavesNothingWhenAWriteIsForbidden()
    {
        var manager = await fixture.AsAsync(DemoUsers.ManagerEast);
        var before = await fixture.AllocationsAsync(Period, Metric.SalesAmount, ScopeKind.Region, fixture.Ids.South, Dimension.Rep);
        var version = (await (await fixture.AsAsync(DemoUsers.Director)).BreakdownAsync(
            Period, ScopeKind.Region, fixture.Ids.South, Metric.SalesAmount, Dimension.Rep)).Version;

        using var response = await manager.PutBreakdownAsync(Period, ScopeKind.Region, fixture.Ids.South, Metric.SalesAmount, Dimension.Rep,
            Enumerable.Range(5, 4).ToDictionary(fixture.Ids.Rep, _ => 1m), version);

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await fixture.AllocationsAsync(Period, Metric.SalesAmount, ScopeKind.Region, fixture.Ids.South, Dimension.Rep)).ShouldBe(before, ignoreOrder: true);
    }

    private async Task<HttpResponseMessage> CallAsync(TargetsApi api, string operation)
    {
        var ids = fixture.Ids;
        return operation switch
        {
            "read company targets" => await api.GetAsync($"{Period}/company"),
            "read EAST targets" => await api.GetAsync($"{Period}/regions/{ids.East}"),
            "read SOUTH targets" => await api.GetAsync($"{Period}/regions/{ids.South}"),
            "read rep01 targets" => await api.GetAsync($"{Period}/reps/{ids.Rep(1)}"),
            "read rep02 targets" => await api.GetAsync($"{Period}/reps/{ids.Rep(2)}"),
            "read rep05 targets" => await api.GetAsync($"{Period}/reps/{ids.Rep(5)}"),
            "read company region split" => await api.GetAsync(TargetsApi.BreakdownPath(Period, ScopeKind.Company, null, Metric.SalesAmount, Dimension.Region)),
            "read EAST rep split" => await api.GetAsync(TargetsApi.BreakdownPath(Period, ScopeKind.Region, ids.East, Metric.SalesAmount, Dimension.Rep)),
            "read SOUTH rep split" => await api.GetAsync(TargetsApi.BreakdownPath(Period, ScopeKind.Region, ids.South, Metric.SalesAmount, Dimension.Rep)),
            "read rep01 product split" => await api.GetAsync(TargetsApi.BreakdownPath(Period, ScopeKind.Rep, ids.Rep(1), Metric.SalesAmount, Dimension.Product)),
            "read rep05 product split" => await api.GetAsync(TargetsApi.BreakdownPath(Period, ScopeKind.Rep, ids.Rep(5), Metric.SalesAmount, Dimension.Product)),
            "suggest company region split" => await api.GetAsync(
                TargetsApi.SuggestionPath(Period, ScopeKind.Company, null, Metric.SalesAmount, Dimension.Region, SplitMethod.Evenly)),
            "suggest EAST rep split" => await api.GetAsync(
                TargetsApi.SuggestionPath(Period, ScopeKind.Region, ids.East, Metric.SalesAmount, Dimension.Rep, SplitMethod.LastMonthActualShare)),
            "suggest SOUTH rep split" => await api.GetAsync(
                TargetsApi.SuggestionPath(Period, ScopeKind.Region, ids.South, Metric.SalesAmount, Dimension.Rep, SplitMethod.LastMonthActualShare)),
            "set company target" => await SetCompanyTargetAgainAsync(api),
            "save company region split" => await SaveAgainAsync(api, ScopeKind.Company, null, Dimension.Region),
            "save EAST rep split" => await SaveAgainAsync(api, ScopeKind.Region, ids.East, Dimension.Rep),
            "save EAST product split" => await SaveAgainAsync(api, ScopeKind.Region, ids.East, Dimension.Product),
            "save SOUTH rep split" => await SaveAgainAsync(api, ScopeKind.Region, ids.South, Dimension.Rep),
            "save rep01 product split" => await SaveAgainAsync(api, ScopeKind.Rep, ids.Rep(1), Dimension.Product),
            "save rep05 product split" => await SaveAgainAsync(api, ScopeKind.Rep, ids.Rep(5), Dimension.Product),
            "reopen EAST" => await api.PostReopenAsync(Period, ids.East, "Access matrix"),
            "reopen SOUTH" => await api.PostReopenAsync(Period, ids.South, "Access matrix"),
            _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, null),
        };
    }

    /// <summary>The company target's current amount and version, as the director reads them, sent back.</summary>
    private async Task<HttpResponseMessage> SetCompanyTargetAgainAsync(TargetsApi api)
    {
        var current = (await (await fixture.AsAsync(DemoUsers.Director)).CompanyAsync(Period)).For(Metric.SalesAmount);
        return await api.PutCompanyTargetAsync(Period, Metric.SalesAmount, current.Amount!.Value, current.Version);
    }

    /// <summary>A breakdown's current allocations and version, as the director reads them, sent back.</summary>
    private async Task<HttpResponseMessage> SaveAgainAsync(TargetsApi api, ScopeKind scope, Guid? scopeId, Dimension dimension)
    {
        var current = await (await fixture.AsAsync(DemoUsers.Director)).BreakdownAsync(Period, scope, scopeId, Metric.SalesAmount, dimension);
        return await api.PutBreakdownAsync(Period, scope, scopeId, Metric.SalesAmount, dimension, current.NonZeroAmounts(), current.Version);
    }

    /// <summary>
    /// The demo company with the plan of 2027-04: the company split into regions; EAST into rep01–04
    /// and into products; SOUTH into rep05–08; rep01's and rep05's targets into products.
    /// </summary>
    public sealed class PlanFixture : TargetsAppFixture
    {
        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            await TargetPlans.SplitCompanyAndEastAsync(this, Period);
            var director = await AsAsync(DemoUsers.Director);
            var manager = await AsAsync(DemoUsers.ManagerEast);
            var first = Ids.Product(Ids.ProductCodes[0]);
            await director.SaveBreakdownAsync(Period, ScopeKind.Region, Ids.South, Metric.SalesAmount, Dimension.Rep,
                Enumerable.Range(5, 4).ToDictionary(Ids.Rep, _ => 280_000.00m));
            await manager.SaveBreakdownAsync(Period, ScopeKind.Region, Ids.East, Metric.SalesAmount, Dimension.Product,
                new Dictionary<Guid, decimal> { [first] = TargetPlans.East });
            await manager.SaveBreakdownAsync(Period, ScopeKind.Rep, Ids.Rep(1), Metric.SalesAmount, Dimension.Product,
                new Dictionary<Guid, decimal> { [first] = TargetPlans.EastRep });
            await director.SaveBreakdownAsync(Period, ScopeKind.Rep, Ids.Rep(5), Metric.SalesAmount, Dimension.Product,
                new Dictionary<Guid, decimal> { [first] = 280_000.00m });
        }
    }
}
