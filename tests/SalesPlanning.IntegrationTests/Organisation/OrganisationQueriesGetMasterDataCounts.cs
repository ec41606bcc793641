using SalesPlanning.Application.Common;
using SalesPlanning.Application.Organisation;
using SalesPlanning.IntegrationTests.Support;
using SalesPlanning.TestSupport;

namespace SalesPlanning.IntegrationTests.Organisation;

/// <summary>Counts of people and master data, for directors and admins only.</summary>
public class OrganisationQueriesGetMasterDataCounts
{
    [Theory]
    [InlineData(DemoUsers.Director)]
    [InlineData(DemoUsers.Admin)]
    public async Task CountsTheDemoCompanyForDirectorsAndAdmins(string email)
    {
        var queries = await QueriesAsync();

        var result = await queries.GetMasterDataCountsAsync(await DemoDatabase.ActorAsync(email));

        result.Status.ShouldBe(ResultStatus.Ok);
        result.Value.ShouldBe(new MasterDataCounts(ActiveUsers: 17, Regions: 3, ProductLines: 3, Products: 10, CustomerSegments: 3));
    }

    [Theory]
    [InlineData(DemoUsers.ManagerEast)]
    [InlineData("rep07@demo.local")]
    public async Task ForbidsManagersAndReps(string email)
    {
        var queries = await QueriesAsync();

        var result = await queries.GetMasterDataCountsAsync(await DemoDatabase.ActorAsync(email));

        result.Status.ShouldBe(ResultStatus.Forbidden);
        result.Value.ShouldBeNull();
    }

    private static async Task<OrganisationQueries> QueriesAsync() =>
        new(TestDatabases.CreateFactory(await DemoDatabase.ConnectionStringAsync()));
}
