using System.Diagnostics;
using System.Net;
using SalesPlanning.IntegrationTests.Support;

namespace SalesPlanning.IntegrationTests.Hosting;

/// <summary>/health/live and /health/ready, which a load balancer and an orchestrator poll.</summary>
public class HealthCheckReport(OwnClusterAppFixture fixture) : IClassFixture<OwnClusterAppFixture>
{
    [Fact]
    public async Task LiveAnswers200()
    {
        using var client = fixture.App.CreateRawClient();

        using var response = await client.GetAsync("health/live");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task ReadyAnswers200WhenTheDatabaseIsUpAndMigrated()
    {
        using var client = fixture.App.CreateRawClient();

        using var response = await client.GetAsync("health/ready");

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    [OwnedClusterFact]
    public async Task ReadyAnswers503WhileTheDatabaseIsDownAnd200OnceItIsBack()
    {
        using var client = fixture.App.CreateRawClient();
        (await StatusAsync(client, "health/ready")).ShouldBe(HttpStatusCode.OK);

        await fixture.Cluster.StopServerAsync();
        try
        {
            (await StatusAsync(client, "health/ready")).ShouldBe(HttpStatusCode.ServiceUnavailable);
            (await StatusAsync(client, "health/live")).ShouldBe(HttpStatusCode.OK, "liveness does not depend on the database");
        }
        finally
        {
            await fixture.Cluster.StartServerAsync();
        }

        (await WaitForStatusAsync(client, "health/ready", HttpStatusCode.OK, TimeSpan.FromSeconds(20))).ShouldBe(HttpStatusCode.OK);
    }

    private static async Task<HttpStatusCode> StatusAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        return response.StatusCode;
    }

    private static async Task<HttpStatusCode> WaitForStatusAsync(HttpClient client, string path, HttpStatusCode wanted, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var status = await StatusAsync(client, path);
            if (status == wanted || clock.Elapsed > timeout)
            {
                return status;
            }

            await Task.Delay(200);
        }
    }
}
