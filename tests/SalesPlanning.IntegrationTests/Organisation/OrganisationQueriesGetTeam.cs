using SalesPlanning.Application.Common;
using SalesPlanning.Application.Organisation;
using SalesPlanning.Domain.Organisation;
using SalesPlanning.IntegrationTests.Support;
using SalesPlanning.TestSupport;

namespace SalesPlanning.IntegrationTests.Organisation;

/// <summary>The people of one region, and who may see them.</summary>
public class OrganisationQueriesGetTeam
{
    [Fact]
    public async Task GivesAManagerTheirOwnTeam()
    {
        var queries = await QueriesAsync();

        var result = await queries.GetTeamAsync(await DemoDatabase.ActorAsync(DemoUsers.ManagerEast), await DemoDatabase.RegionIdAsync("EAST"));

        result.Status.ShouldBe(ResultStatus.Ok);
        var team = result.Value.ShouldNotBeNull();
        team.Code.ShouldBe("EAST");
        team.Members.Where(m => m.Role == MemberRole.Manager).ShouldHaveSingleItem().Email.ShouldBe(DemoUsers.ManagerEast);
        team.Members.Where(m => m.Role == MemberRole.Rep).Select(m => m.Email)
            .ShouldBe(Enumerable.Range(1, 4).Select(DemoUsers.Rep), ignoreOrder: true);
    }

    [Fact]
    public async Task GivesTheDirectorAnyTeam()
    {
        var queries = await QueriesAsync();

        var result = await queries.GetTeamAsync(await DemoDatabase.ActorAsync(DemoUsers.Director), await DemoDatabase.RegionIdAsync("NORTH"));

        result.Status.ShouldBe(ResultStatus.Ok);
        result.Value.ShouldNotBeNull().Members.Count.ShouldBe(5);
    }

    [Fact]
    public async Task ForbidsAManagerAnotherRegionsTeam()
    {
        var queries = await QueriesAsync();

        var result = await queries.GetTeamAsync(await DemoDatabase.ActorAsync(DemoUsers.ManagerEast), await DemoDatabase.RegionIdAsync("SOUTH"));

        result.Status.ShouldBe(ResultStatus.Forbidden);
        result.Value.ShouldBeNull();
    }

    [Fact]
    public async Task ForbidsARepAnotherRegionsTeam()
    {
        var queries = await QueriesAsync();

        var result = await queries.GetTeamAsync(await DemoDatabase.ActorAsync(DemoUsers.Rep(1)), await DemoDatabase.RegionIdAsync("NORTH"));

        result.Status.ShouldBe(ResultStatus.Forbidden);
    }

    [Fact]
    public async Task ReportsAnUnknownRegionAsNotFound()
    {
        var queries = await QueriesAsync();

        var result = await queries.GetTeamAsync(await DemoDatabase.ActorAsync(DemoUsers.ManagerEast), Guid.NewGuid());

        result.Status.ShouldBe(ResultStatus.NotFound);
    }

    private static async Task<OrganisationQueries> QueriesAsync() =>
        new(TestDatabases.CreateFactory(await DemoDatabase.ConnectionStringAsync()));
}
