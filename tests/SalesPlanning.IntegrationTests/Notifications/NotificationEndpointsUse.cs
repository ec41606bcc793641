using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SalesPlanning.IntegrationTests.Support;

namespace SalesPlanning.IntegrationTests.Notifications;

/// <summary>
/// Issue 15, /api/v1/notifications: a user lists their own notifications, newest first, with the text in the
/// language they ask for; marks one read (another user's is not found) or all; a page outside the limits is
/// refused at its field; admins alone read the mail queue.
/// </summary>
public class NotificationEndpointsUse(PlansAppFixture fixture) : IClassFixture<PlansAppFixture>
{
    [Fact]
    public async Task ListsMarksReadAndKeepsEachUserToTheirOwn()
    {
        await fixture.SubmittedPlanAsync("2033-09");
        using var client = fixture.App.CreateRawClient();
        var director = await fixture.TokenAsync(DemoUsers.Director);

        var list = await GetJsonAsync(client, "api/v1/notifications?take=5", director, "en");
        list.GetProperty("unread").GetInt32().ShouldBeGreaterThanOrEqualTo(1);
        var first = list.GetProperty("items")[0];
        first.GetProperty("kind").GetString().ShouldBe("PlanSubmitted");
        first.GetProperty("text").GetString().ShouldBe("李明 Li Ming submitted the plan of 华东区 East for 2033-09 for review");
        first.GetProperty("link").GetString().ShouldBe($"plans/{fixture.Ids.East}/2033-09");
        var chinese = await GetJsonAsync(client, "api/v1/notifications?take=1", director, "zh-CN");
        chinese.GetProperty("items")[0].GetProperty("text").GetString().ShouldBe("李明 Li Ming 提交了华东区 East 2033-09 的月度销售计划，待审批");

        var id = first.GetProperty("id").GetGuid();
        var manager = await fixture.TokenAsync(DemoUsers.ManagerEast);
        using (var others = await SendAsync(client, HttpMethod.Post, $"api/v1/notifications/{id}/read", manager))
        {
            others.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }

        using (var read = await SendAsync(client, HttpMethod.Post, $"api/v1/notifications/{id}/read", director))
        {
            read.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        (await GetJsonAsync(client, "api/v1/notifications?take=1", director, "en")).GetProperty("items")[0].GetProperty("isRead").GetBoolean().ShouldBeTrue();
        using (var all = await SendAsync(client, HttpMethod.Post, "api/v1/notifications/read-all", director))
        {
            all.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        (await GetJsonAsync(client, "api/v1/notifications/unread-count", director, "en")).GetProperty("unread").GetInt32().ShouldBe(0);
    }

    [Theory]
    [InlineData("take=0", "Take")]
    [InlineData("take=101", "Take")]
    [InlineData("skip=-1", "Skip")]
    public async Task RefusesAPageOutsideTheLimitsAtItsField(string query, string field)
    {
        using var client = fixture.App.CreateRawClient();
        using var response = await SendAsync(client, HttpMethod.Get, $"api/v1/notifications?{query}", await fixture.TokenAsync(DemoUsers.Rep(1)));

        var problem = await TargetsApi.ProblemAsync(response, HttpStatusCode.BadRequest);
        problem.Errors.ShouldNotBeNull().Keys.ShouldBe([field]);
    }

    [Theory]
    [InlineData(DemoUsers.Director, HttpStatusCode.Forbidden)]
    [InlineData(DemoUsers.Admin, HttpStatusCode.OK)]
    public async Task ShowsTheMailQueueToAdminsOnly(string email, HttpStatusCode expected)
    {
        using var client = fixture.App.CreateRawClient();
        using var response = await SendAsync(client, HttpMethod.Get, "api/v1/admin/mail?state=Queued", await fixture.TokenAsync(email));

        response.StatusCode.ShouldBe(expected);
    }

    private static async Task<JsonElement> GetJsonAsync(HttpClient client, string path, string token, string language)
    {
        using var response = await SendAsync(client, HttpMethod.Get, path, token, language);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string path, string token, string language = "en")
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new("Bearer", token);
        request.Headers.AcceptLanguage.ParseAdd(language);
        return await client.SendAsync(request);
    }
}
