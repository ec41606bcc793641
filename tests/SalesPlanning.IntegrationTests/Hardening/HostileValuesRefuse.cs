using System.Net;
using System.Text.Json.Nodes;
using SalesPlanning.IntegrationTests.Support;

namespace SalesPlanning.IntegrationTests.Hardening;

/// <summary>
/// Issue 16, items 5 and 6: a value the API cannot keep exactly, or one outside its documented form,
/// is refused with a message on its field in the caller's language, and nothing changes; the value
/// is never read as something else (1e-400 as 0, a missing number as 0, 2026-1 as 2026-01, 0001-01-01 as a due date).
/// </summary>
public class HostileValuesRefuse(HardeningAppFixture fixture) : IClassFixture<HardeningAppFixture>
{
    private const string Week = """
        {"salesAmount":100,"salesVolume":1,"collections":50,"orders":1,"newCustomers":0,"existingCustomerVisits":1,"calls":1,"lostCustomers":0,
         "newCustomerSales":0,"lines":[{"productId":"{product}","salesAmount":10,"salesVolume":1,"collections":5}]}
        """;

    /// <summary>The member to set to the number, and the field its error is keyed by.</summary>
    public static TheoryData<string, string, string> TooSmallOrLargeWeekNumbers => new()
    {
        { "\"salesAmount\":100", "\"salesAmount\":1e-400", "$.salesAmount" },
        { "\"collections\":50", "\"collections\":-1e-400", "$.collections" },
        { "\"newCustomerSales\":0", "\"newCustomerSales\":0.00000000000000000000000000000001", "$.newCustomerSales" },
        { "\"salesAmount\":10,", "\"salesAmount\":1e-400,", "$.lines[0].salesAmount" },
        { "\"salesAmount\":100", "\"salesAmount\":1e400", "$.salesAmount" },
    };

    [Theory]
    [MemberData(nameof(TooSmallOrLargeWeekNumbers))]
    public async Task RefusesAWeekNumberItCannotKeep(string member, string hostile, string field)
    {
        var body = Week.Replace("{product}", fixture.Ids.Product("AC-100").ToString(), StringComparison.Ordinal)
            .Replace(member, hostile, StringComparison.Ordinal);
        var before = await EntriesAsync();
        foreach (var language in new[] { "en", "zh-CN" })
        {
            using var response = await fixture.SendAsync(DemoUsers.Rep(6), HttpMethod.Put, "progress/2030-04/weeks/2", HardeningAppFixture.RawJson(body), language);

            var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
            problem.Errors(field).ShouldAllBe(m => Problem.IsChinese(m) == (language == "zh-CN"));
        }

        (await EntriesAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task RefusesAWeekWithoutItsNumbers()
    {
        var before = await EntriesAsync();

        using var response = await fixture.SendAsync(DemoUsers.Rep(6), HttpMethod.Put, "progress/2030-04/weeks/3",
            HardeningAppFixture.RawJson("""{"__proto__":{"salesAmount":1,"orders":2}}"""));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        // System.Text.Json names the first few missing members.
        foreach (var field in new[] { "$.salesAmount", "$.salesVolume", "$.collections" })
        {
            problem.Errors(field).ShouldBe(["This field is required."]);
        }

        (await EntriesAsync()).ShouldBe(before);
    }

    [Theory]
    [InlineData("targets/2030-04/company/SalesAmount", """{"amount":1e-400}""", "$.amount")]
    [InlineData("targets/2030-04/company/SalesAmount", """{"version":null}""", "$.amount")]
    [InlineData("distributions", """{"name":"tiny","percentages":[1e-400,10,10,10,10,10,10,10,10,10,10,0]}""", "$.percentages[0]")]
    [InlineData("annual-targets/2030/SalesAmount", """{"amount":1e-400,"percentages":[]}""", "$.amount")]
    public async Task RefusesATargetOrDistributionNumberItCannotKeep(string path, string body, string field)
    {
        var before = await TargetsAndDistributionsAsync();

        using var response = await fixture.SendAsync(DemoUsers.Director, HttpMethod.Put, path, HardeningAppFixture.RawJson(body));

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Errors(field).ShouldNotBeEmpty();
        (await TargetsAndDistributionsAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task RefusesASettingItCannotKeep()
    {
        using var get = await fixture.SendAsync(DemoUsers.Admin, HttpMethod.Get, "settings");
        var settings = JsonNode.Parse(await get.Content.ReadAsStringAsync())!.AsObject();
        var body = settings.ToJsonString().Replace("\"kpiScoreCapPercent\":", "\"kpiScoreCapPercent\":1e-400,\"x\":", StringComparison.Ordinal);

        using var response = await fixture.SendAsync(DemoUsers.Admin, HttpMethod.Put, "settings", HardeningAppFixture.RawJson(body));

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Errors("$.kpiScoreCapPercent").ShouldNotBeEmpty();
        using var after = await fixture.SendAsync(DemoUsers.Admin, HttpMethod.Get, "settings");
        JsonNode.DeepEquals(JsonNode.Parse(await after.Content.ReadAsStringAsync()), settings).ShouldBeTrue();
    }

    [Theory]
    [InlineData("Resources", """{"items":[{"kind":"Marketing","description":"Booth","budget":1e-400,"neededBy":null,"coordinator":"Z"}]}""", "$.content.items[0].budget")]
    [InlineData("Forecast", """{"weeks":[{"week":1,"salesAmount":1e-400,"salesVolume":1,"collections":1}],"products":[]}""", "$.content.weeks[0].salesAmount")]
    [InlineData("Resources", """{"items":[{"kind":"Marketing","description":"Booth","budget":1,"neededBy":"0001-01-01","coordinator":"Z"}]}""", "Resources.Items[0].NeededBy")]
    [InlineData("Resources", """{"items":[{"kind":"Marketing","description":"Booth","budget":1,"neededBy":"9999-12-31","coordinator":"Z"}]}""", "Resources.Items[0].NeededBy")]
    [InlineData("Strategies", """{"items":[{"group":"MarketExpansion","action":"a","owner":"o","due":"0001-01-01"}]}""", "Strategies.Items[0].Due")]
    [InlineData("Strategies", """{"items":[{"group":"MarketExpansion","action":"a","owner":"o","due":"2032-01-01"}]}""", "Strategies.Items[0].Due")]
    public async Task RefusesPlanContentItCannotKeep(string section, string content, string field)
    {
        var manager = await fixture.PlansAsAsync(DemoUsers.ManagerNorth);
        var plan = await manager.StartAsync(fixture.Ids.North, "2030-04");
        foreach (var language in new[] { "en", "zh-CN" })
        {
            using var response = await manager.SendAsync(HttpMethod.Put, $"/{plan.PlanId}/sections/{section}",
                HardeningAppFixture.RawJson($$"""{"version":{{plan.Section(section).Version}},"content":{{content}}}"""), language);

            var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
            problem.Errors(field).ShouldAllBe(m => Problem.IsChinese(m) == (language == "zh-CN"));
        }

        (await manager.OpenAsync(fixture.Ids.North, "2030-04")).Section(section).Version.ShouldBe(plan.Section(section).Version);
    }

    [Fact]
    public async Task KeepsDatesNearTheMonth()
    {
        var manager = await fixture.PlansAsAsync(DemoUsers.ManagerNorth);
        var plan = await manager.StartAsync(fixture.Ids.North, "2030-06");

        using var response = await manager.PutSectionAsync(plan.PlanId!.Value, "Strategies", plan.Section("Strategies").Version,
            new { items = new[] { new { group = "MarketExpansion", action = "a", owner = "o", due = new DateOnly(2031, 6, 30) } } });

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Every endpoint that takes a period, with "2026-1" where the period goes; the field named.</summary>
    public static TheoryData<string, string> OneDigitMonths => new()
    {
        { "targets/2026-1/company", "period" },
        { "targets/2026-1/Company/SalesAmount/breakdowns/Region", "period" },
        { "progress/2026-1", "period" },
        { "achievement?period=2026-1", "period" },
        { "plans?period=2026-1", "period" },
        { "plans/{north}/2026-1", "period" },
        { "plans/{north}/2026-1/review", "period" },
        { "dashboards/month-to-date?period=2026-1", "period" },
        { "dashboards/trend?to=2026-1", "to" },
        { "targets/2026-01-01/company", "period" },
        { "targets/+2026-01/company", "period" },
    };

    [Theory]
    [MemberData(nameof(OneDigitMonths))]
    public async Task RefusesAPeriodNotWrittenYyyyMm(string path, string field)
    {
        foreach (var language in new[] { "en", "zh-CN" })
        {
            using var response = await fixture.SendAsync(DemoUsers.Director, HttpMethod.Get,
                path.Replace("{north}", fixture.Ids.North.ToString(), StringComparison.Ordinal), language: language);

            var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
            problem.Errors(field).ShouldAllBe(m => Problem.IsChinese(m) == (language == "zh-CN"));
        }
    }

    [Fact]
    public async Task RefusesAWeekOfAOneDigitMonth()
    {
        var before = await EntriesAsync();

        using var response = await fixture.SendAsync(DemoUsers.Rep(6), HttpMethod.Put, "progress/2030-4/weeks/1",
            HardeningAppFixture.Json(ProgressApi.Week(1m, 1, 1m)));

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Errors("period").ShouldNotBeEmpty();
        (await EntriesAsync()).ShouldBe(before);
    }

    [Theory]
    [InlineData("users?skip=-1", "Skip")]
    [InlineData("users?take=-1", "Take")]
    [InlineData("users?take=0", "Take")]
    [InlineData("users?take=100000", "Take")]
    [InlineData("audit?skip=-5", "Skip")]
    [InlineData("audit?take=-1", "Take")]
    [InlineData("audit?take=501", "Take")]
    public async Task RefusesAPageThatIsNotOne(string path, string field)
    {
        foreach (var language in new[] { "en", "zh-CN" })
        {
            using var response = await fixture.SendAsync(DemoUsers.Admin, HttpMethod.Get, path, language: language);

            var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
            problem.Errors(field).ShouldAllBe(m => Problem.IsChinese(m) == (language == "zh-CN"));
        }
    }

    [Theory]
    [InlineData("users?skip=0&take=200")]
    [InlineData("users?skip=100000&take=1")]
    [InlineData("audit?skip=0&take=500")]
    public async Task AnswersAnyPageWithinTheLimits(string path)
    {
        using var response = await fixture.SendAsync(DemoUsers.Admin, HttpMethod.Get, path);

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    private Task<long> EntriesAsync() => fixture.ScalarAsync<long>("SELECT count(*) FROM progress_entries");

    private async Task<(long Targets, long Distributions)> TargetsAndDistributionsAsync() =>
        (await fixture.ScalarAsync<long>("SELECT count(*) FROM targets"), await fixture.ScalarAsync<long>("SELECT count(*) FROM monthly_distributions"));
}
