using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using SalesPlanning.IntegrationTests.Support;

namespace SalesPlanning.IntegrationTests.Dashboards;

/// <summary>GET /api/v1/dashboards/trend and /api/v1/alerts answer each role as DESIGN §8 says.</summary>
public class DashboardEndpointsAccess(TargetsAppFixture fixture) : IClassFixture<TargetsAppFixture>
{
    public static TheoryData<string, string, int> Matrix() => new()
    {
        { DemoUsers.Director, "company", 200 },
        { DemoUsers.Director, "rep05", 200 },
        { DemoUsers.ManagerEast, "company", 403 },
        { DemoUsers.ManagerEast, "east", 200 },
        { DemoUsers.ManagerEast, "south", 403 },
        { DemoUsers.ManagerEast, "rep02", 200 },
        { DemoUsers.ManagerEast, "rep05", 403 },
        { DemoUsers.Rep(1), "rep01", 200 },
        { DemoUsers.Rep(1), "rep02", 403 },
        { DemoUsers.Rep(1), "east", 403 },
        { DemoUsers.Rep(1), "alerts", 403 },
        { DemoUsers.ManagerEast, "alerts", 200 },
        { DemoUsers.Director, "alerts", 200 },
        { DemoUsers.Director, "bad months", 400 },
        { DemoUsers.Director, "region without id", 400 },
        { "anonymous", "company", 401 },
        { "anonymous", "alerts", 401 },
    };

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task AnswersEachRoleAsTheAccessRulesSay(string user, string what, int expected)
    {
        using var client = fixture.App.CreateRawClient();
        var ids = fixture.Ids;
        var path = what switch
        {
            "company" => "api/v1/dashboards/trend?scope=Company",
            "east" => $"api/v1/dashboards/trend?scope=Region&id={ids.East}",
            "south" => $"api/v1/dashboards/trend?scope=Region&id={ids.South}",
            "rep01" => $"api/v1/dashboards/trend?scope=Rep&id={ids.Rep(1)}&months=3",
            "rep02" => $"api/v1/dashboards/trend?scope=Rep&id={ids.Rep(2)}",
            "rep05" => $"api/v1/dashboards/trend?scope=Rep&id={ids.Rep(5)}",
            "bad months" => "api/v1/dashboards/trend?scope=Company&months=0",
            "region without id" => "api/v1/dashboards/trend?scope=Region",
            _ => "api/v1/alerts",
        };
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (user != "anonymous")
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", (await HttpSignIn.LoginAsync(client, user)).AccessToken);
        }

        using var response = await client.SendAsync(request);

        ((int)response.StatusCode).ShouldBe(expected, $"{user}: {what} answered {await response.Content.ReadAsStringAsync()}");
        if (what == "rep01" && response.StatusCode == HttpStatusCode.OK)
        {
            var trend = await response.Content.ReadFromJsonAsync<TrendBody>();
            trend.ShouldNotBeNull().Points.Count.ShouldBe(3);
        }
    }

    private sealed record TrendBody(IReadOnlyList<object> Points);
}
