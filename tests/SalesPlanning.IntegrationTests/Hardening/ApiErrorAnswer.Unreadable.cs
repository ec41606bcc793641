using System.Net;
using System.Text;
using SalesPlanning.IntegrationTests.Support;

namespace SalesPlanning.IntegrationTests.Hardening;

/// <summary>Issue 16, item 4: a request the endpoint cannot read names the field, in the caller's language.</summary>
public abstract partial class ApiErrorAnswer<TFixture>
{
    private const string Week = """
        {"salesAmount":100,"salesVolume":1,"collections":50,"orders":1,"newCustomers":0,"existingCustomerVisits":1,"calls":1,"lostCustomers":0}
        """;

    /// <summary>Body, the field its error must be keyed by.</summary>
    public static TheoryData<string, string> UnreadableWeeks => new()
    {
        { Week.Replace("\"salesAmount\":100", "\"salesAmount\":\"lots\"", StringComparison.Ordinal), "$.salesAmount" },
        { Week.Replace("\"orders\":1", "\"orders\":1.5", StringComparison.Ordinal), "$.orders" },
        { Week.Replace("\"calls\":1", "\"calls\":99999999999", StringComparison.Ordinal), "$.calls" },
        { Week.Replace("\"salesVolume\":1", "\"salesVolume\":null", StringComparison.Ordinal), "$.salesVolume" },
        { Week.Replace("}", ",\"lines\":[{\"productId\":\"not-a-guid\",\"salesAmount\":1,\"salesVolume\":1,\"collections\":1}]}", StringComparison.Ordinal), "$.lines[0].productId" },
        { Week.Replace("\"collections\":50,", "", StringComparison.Ordinal), "$.collections" },
        { """{"__proto__":{"salesAmount":1}}""", "$.salesAmount" },
        { "{\"salesAmount\":100,", "$" },
        { "[]", "$" },
    };

    [Theory]
    [MemberData(nameof(UnreadableWeeks))]
    public async Task AnswersAnUnreadableBodyWithTheFieldsJsonPath(string body, string field)
    {
        var rep = fixture.Ids.Rep(3);
        var before = await WeeksOfAsync(rep);
        foreach (var language in new[] { "en", "zh-CN" })
        {
            using var response = await fixture.SendAsync(DemoUsers.Rep(3), HttpMethod.Put, "progress/2030-05/weeks/1",
                HardeningAppFixture.RawJson(body), language);

            var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
            var messages = problem.Errors(field.StartsWith("$.", StringComparison.Ordinal) ? field : ErrorKeyStartingWith(problem, "$"));
            messages.ShouldNotBeEmpty();
            messages.ShouldAllBe(m => Problem.IsChinese(m) == (language == "zh-CN"));
            problem.ToString().ShouldNotContain("Failed to read parameter");
        }

        (await WeeksOfAsync(rep)).ShouldBe(before, "nothing is stored");
    }

    [Theory]
    [InlineData("users?skip=abc", "skip")]
    [InlineData("users?includeInactive=maybe", "includeInactive")]
    [InlineData("progress/2030-05?repId=nobody", "repId")]
    [InlineData("dashboards/trend?months=many", "months")]
    public async Task AnswersAnUnreadableQueryValueWithTheParametersName(string path, string field)
    {
        foreach (var language in new[] { "en", "zh-CN" })
        {
            using var response = await fixture.SendAsync(DemoUsers.Admin, HttpMethod.Get, path, language: language);

            var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
            problem.Errors(field).ShouldAllBe(m => Problem.IsChinese(m) == (language == "zh-CN"));
        }
    }

    [Fact]
    public async Task AnswersABodyThatIsNotJsonWith415()
    {
        using var response = await fixture.SendAsync(DemoUsers.Rep(3), HttpMethod.Put, "progress/2030-05/weeks/1",
            new StringContent(Week, Encoding.UTF8, "text/plain"));

        await response.ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType);
    }

    private static string ErrorKeyStartingWith(System.Text.Json.JsonElement problem, string prefix) =>
        problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).First(n => n.StartsWith(prefix, StringComparison.Ordinal));

    private Task<long> WeeksOfAsync(Guid rep) =>
        fixture.ScalarAsync<long>("SELECT count(*) FROM progress_entries WHERE rep_id = @p0", rep);
}
