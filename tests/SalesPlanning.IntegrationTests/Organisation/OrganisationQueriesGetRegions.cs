using SalesPlanning.Application.Organisation;
using SalesPlanning.IntegrationTests.Support;
using SalesPlanning.TestSupport;

namespace SalesPlanning.IntegrationTests.Organisation;

/// <summary>Which regions each role sees (DESIGN §8), on the demo company.</summary>
public class OrganisationQueriesGetRegions
{
    [Fact]
    public async Task ShowsTheDirectorAllThreeRegions()
    {
        var queries = await QueriesAsync();

        var regions = await queries.GetRegionsAsync(await DemoDatabase.ActorAsync(DemoUsers.Director));

        regions.Select(r => r.Code).ShouldBe(["EAST", "NORTH", "SOUTH"]);
        regions.ShouldAllBe(r => r.RepCount == 4 && r.IsActive && r.ManagerName != null);
        regions.Single(r => r.Code == "EAST").ManagerName.ShouldBe("李明 Li Ming");
    }

    [Fact]
    public async Task ShowsTheAdminAllThreeRegions()
    {
        var queries = await QueriesAsync();

        var regions = await queries.GetRegionsAsync(await DemoDatabase.ActorAsync(DemoUsers.Admin));

        regions.Count.ShouldBe(3);
    }

    [Fact]
    public async Task ShowsAManagerOnlyTheirRegion()
    {
        var queries = await QueriesAsync();

        var regions = await queries.GetRegionsAsync(await DemoDatabase.ActorAsync(DemoUsers.ManagerSouth));

        regions.ShouldHaveSingleItem().Code.ShouldBe("SOUTH");
    }

    [Fact]
    public async Task ShowsARepOnlyTheirRegion()
    {
        var queries = await QueriesAsync();

        var regions = await queries.GetRegionsAsync(await DemoDatabase.ActorAsync(DemoUsers.Rep(10)));

        regions.ShouldHaveSingleItem().Code.ShouldBe("NORTH");
    }

    private static async Task<OrganisationQueries> QueriesAsync() =>
        new(TestDatabases.CreateFactory(await DemoDatabase.ConnectionStringAsync()));
}
