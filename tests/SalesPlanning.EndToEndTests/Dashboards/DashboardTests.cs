using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using SalesPlanning.EndToEndTests.Infrastructure;

namespace SalesPlanning.EndToEndTests.Dashboards;

/// <summary>
/// The dashboards in Chromium: a director drills down from the company to a region, a rep and their
/// products and back; EAST's manager sees the team table with the rep behind pace highlighted. Targets
/// of the current month are set through the targets API first, as a director and a manager would.
/// </summary>
public sealed class DashboardTests(AppFixture fixture) : BrowserTest(fixture)
{
    private const string Rep01Email = "rep01@demo.local";
    private const string Rep02Email = "rep02@demo.local";

    [Fact]
    public async Task A_director_drills_down_from_the_company_to_a_rep_and_back()
    {
        var page = await OpenPageAsync();
        await SignInAsync(page, DemoUsers.Director);
        await WaitForHomeAsync(page, RoleHome.Director, English);
        await Expect(page.GetByTestId("drill-current")).ToHaveTextAsync("Company");
        await Expect(page.GetByTestId("drill-trend")).ToBeVisibleAsync();

        await page.GetByTestId("drill-children").Locator("tbody tr:has([data-member=EAST])").GetByTestId("open-row").ClickAsync();
        await Expect(page.GetByTestId("drill-current")).ToContainTextAsync("East");
        await Expect(page.GetByTestId("drill-products")).ToBeVisibleAsync();

        await page.GetByTestId("drill-children").Locator($"tbody tr:has([data-member='{Rep01Email}'])").GetByTestId("open-row").ClickAsync();
        await Expect(page.GetByTestId("drill-current")).ToHaveTextAsync("赵磊");
        await Expect(page.GetByTestId("drill-children")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("drill-products")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("drill-achievement").GetByTestId("metric-SalesAmount")).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Screenshots.PathFor("dashboard-director-rep", English, 1280), FullPage = true });

        await page.GetByTestId("drill-back-0").ClickAsync();
        await Expect(page.GetByTestId("drill-current")).ToHaveTextAsync("Company");
        await Expect(page.GetByTestId("drill-children").Locator("tbody tr:has([data-member=SOUTH])")).ToBeVisibleAsync();
        BrowserErrors.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(English, 1280)]
    [InlineData(Chinese, 390)]
    public async Task A_manager_sees_the_team_table_with_the_rep_behind_pace_highlighted(string locale, int width)
    {
        await SetEastRepTargetsAsync();
        var page = await OpenPageAsync(locale, width);
        await SignInAsync(page, DemoUsers.ManagerEast);
        await WaitForHomeAsync(page, RoleHome.Manager, locale);

        var team = page.GetByTestId("team-table-EAST");
        var rep01 = team.Locator($"tbody tr:has([data-member='{Rep01Email}'])");
        await Expect(rep01).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("sp-behind"));
        await Expect(rep01.GetByTestId("pace")).ToHaveAttributeAsync("data-pace", "behind");
        await Expect(rep01.GetByTestId("achievement")).ToHaveTextAsync(locale == English ? "0.0%" : "0.0%");
        // A zero target has no achievement: "—", and no pace to keep.
        var rep02 = team.Locator($"tbody tr:has([data-member='{Rep02Email}'])");
        await Expect(rep02).Not.ToHaveClassAsync(new System.Text.RegularExpressions.Regex("sp-behind"));
        await Expect(rep02.GetByTestId("achievement")).ToHaveTextAsync("—");
        await Expect(page.GetByTestId("product-table-EAST")).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Screenshots.PathFor("dashboard-manager", locale, width), FullPage = true });
        BrowserErrors.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_director_with_many_alerts_sees_the_first_five_on_the_home_and_how_many_there_are()
    {
        // Months outside what the other tests set (this month, last month): every region and EAST's reps far below target.
        using var client = new HttpClient { BaseAddress = Fixture.RootUri };
        var director = await TokenAsync(client, DemoUsers.Director);
        var manager = await TokenAsync(client, DemoUsers.ManagerEast);
        var thisMonth = DateTime.Now;
        foreach (var month in new[] { thisMonth.AddMonths(-4), thisMonth.AddMonths(-3) })
        {
            var period = month.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
            await SetTargetsAsync(client, director, manager, period, company: 30_000_000_000.00m, eachRegion: 10_000_000_000.00m, eachEastRep: 1_000_000_000.00m);
        }

        var all = (await GetAsync(client, director, "api/v1/alerts")).GetArrayLength();
        all.ShouldBeGreaterThan(5);

        var page = await OpenPageAsync();
        await SignInAsync(page, DemoUsers.Director);
        await WaitForHomeAsync(page, RoleHome.Director, English);
        await Expect(page.GetByTestId("director-alerts").Locator("tbody tr")).ToHaveCountAsync(5);
        await Expect(page.GetByTestId("director-alerts-more")).ToContainTextAsync($"The first 5 of {all} alerts.");
        await page.GetByTestId("director-alerts-more").GetByRole(AriaRole.Link).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/alerts$"));
        BrowserErrors.ShouldBeEmpty();
    }

    /// <summary>A month's sales-amount targets through /api/v1/targets: the company's, each region's, and each of EAST's reps'.</summary>
    private static async Task SetTargetsAsync(
        HttpClient client, string director, string manager, string period, decimal company, decimal eachRegion, decimal eachEastRep)
    {
        var current = await GetAsync(client, director, $"api/v1/targets/{period}/company");
        var salesAmount = current.GetProperty("metrics").EnumerateArray().First(m => m.GetProperty("metric").GetString() == "SalesAmount");
        uint? companyVersion = salesAmount.TryGetProperty("targetId", out var id) && id.ValueKind != JsonValueKind.Null
            ? salesAmount.GetProperty("version").GetUInt32()
            : null;
        await PutAsync(client, director, $"api/v1/targets/{period}/company/SalesAmount", new { amount = company, version = companyVersion });

        var regions = await GetAsync(client, director, $"api/v1/targets/{period}/Company/SalesAmount/breakdowns/Region");
        await PutAsync(client, director, $"api/v1/targets/{period}/Company/SalesAmount/breakdowns/Region",
            new { amounts = Members(regions).ToDictionary(m => m, _ => eachRegion), version = regions.GetProperty("version").GetUInt32() });

        var east = MemberId(regions, "EAST");
        var reps = await GetAsync(client, manager, $"api/v1/targets/{period}/Region/SalesAmount/breakdowns/Rep?scopeId={east}");
        await PutAsync(client, manager, $"api/v1/targets/{period}/Region/SalesAmount/breakdowns/Rep?scopeId={east}",
            new { amounts = Members(reps).ToDictionary(m => m, _ => eachEastRep), version = reps.GetProperty("version").GetUInt32() });
    }

    private static IEnumerable<Guid> Members(JsonElement breakdown) =>
        breakdown.GetProperty("lines").EnumerateArray().Select(l => l.GetProperty("memberId").GetGuid());

    /// <summary>
    /// Through /api/v1/targets for the current month: the director sets the company's sales amount and
    /// gives EAST 1,280,000.00; EAST's manager gives rep01 100,000.00 and rep02 0 (idempotent).
    /// </summary>
    private async Task SetEastRepTargetsAsync()
    {
        var period = DateTime.Now.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        using var client = new HttpClient { BaseAddress = Fixture.RootUri };
        var director = await TokenAsync(client, DemoUsers.Director);
        var company = await GetAsync(client, director, $"api/v1/targets/{period}/company");
        var salesAmount = company.GetProperty("metrics").EnumerateArray().First(m => m.GetProperty("metric").GetString() == "SalesAmount");
        uint? companyVersion = salesAmount.TryGetProperty("targetId", out var id) && id.ValueKind != JsonValueKind.Null
            ? salesAmount.GetProperty("version").GetUInt32()
            : null;
        await PutAsync(client, director, $"api/v1/targets/{period}/company/SalesAmount", new { amount = 3_200_000.00m, version = companyVersion });

        var regions = await GetAsync(client, director, $"api/v1/targets/{period}/Company/SalesAmount/breakdowns/Region");
        var east = MemberId(regions, "EAST");
        await PutAsync(client, director, $"api/v1/targets/{period}/Company/SalesAmount/breakdowns/Region",
            new { amounts = new Dictionary<Guid, decimal> { [east] = 1_280_000.00m }, version = regions.GetProperty("version").GetUInt32() });

        var manager = await TokenAsync(client, DemoUsers.ManagerEast);
        var reps = await GetAsync(client, manager, $"api/v1/targets/{period}/Region/SalesAmount/breakdowns/Rep?scopeId={east}");
        await PutAsync(client, manager, $"api/v1/targets/{period}/Region/SalesAmount/breakdowns/Rep?scopeId={east}",
            new
            {
                amounts = new Dictionary<Guid, decimal> { [MemberId(reps, Rep01Email)] = 100_000.00m, [MemberId(reps, Rep02Email)] = 0m },
                version = reps.GetProperty("version").GetUInt32(),
            });
    }

    private static Guid MemberId(JsonElement breakdown, string code) =>
        breakdown.GetProperty("lines").EnumerateArray()
            .First(l => l.GetProperty("code").GetString() == code)
            .GetProperty("memberId").GetGuid();

    private static async Task<string> TokenAsync(HttpClient client, string email)
    {
        using var response = await client.PostAsJsonAsync("api/v1/auth/login", new { email, password = DemoUsers.Password });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }

    private static async Task<JsonElement> GetAsync(HttpClient client, string token, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.ShouldBeTrue($"GET {path}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private static async Task PutAsync(HttpClient client, string token, string path, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, path) { Content = JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await client.SendAsync(request);
        response.IsSuccessStatusCode.ShouldBeTrue($"PUT {path}: {await response.Content.ReadAsStringAsync()}");
    }
}
