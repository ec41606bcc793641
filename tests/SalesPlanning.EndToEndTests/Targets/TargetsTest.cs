using System.Text.Json;
using System.Text.RegularExpressions;
using SalesPlanning.EndToEndTests.Infrastructure;

namespace SalesPlanning.EndToEndTests.Targets;

/// <summary>
/// What the targets tests share: signing a user in, opening the targets page of a month and a
/// breakdown, setting the company target, and typing into a numeric field (which commits its value
/// on change, so every entry ends with Tab). Each test of a class uses its own months, because the
/// tests of a class share one database.
/// </summary>
public abstract partial class TargetsTest(AppFixture fixture) : BrowserTest(fixture)
{
    protected const string Metric = "SalesAmount";

    /// <summary>Opens /targets for <paramref name="period"/> and waits until its cards are live and loaded.</summary>
    protected static async Task OpenTargetsAsync(IPage page, string period)
    {
        await page.GotoAsync($"targets?period={period}");
        await WaitForTargetsAsync(page, period);
    }

    protected static async Task WaitForTargetsAsync(IPage page, string period)
    {
        await Expect(page).ToHaveURLAsync(new Regex($"/targets\\?period={Regex.Escape(period)}$"));
        await WaitForCircuitAsync(page);
        await Expect(page.GetByTestId("period")).ToHaveTextAsync(period);
        await Expect(page.Locator(".sp-loading")).ToHaveCountAsync(0);
        await Expect(page.Locator("[data-testid^=scope-]").First).ToBeVisibleAsync();
    }

    /// <summary>Opens a breakdown by its URL and waits until it is live and loaded (or shows why not).</summary>
    protected static async Task OpenBreakdownAsync(IPage page, string period, string scope, string dimension, Guid? scopeId = null)
    {
        await page.GotoAsync(BreakdownUrl(period, scope, dimension, scopeId));
        await WaitForBreakdownAsync(page);
    }

    protected static string BreakdownUrl(string period, string scope, string dimension, Guid? scopeId = null) =>
        $"targets/breakdown?period={period}&metric={Metric}&scope={scope}&scopeId={scopeId}&dimension={dimension}";

    protected static async Task WaitForBreakdownAsync(IPage page)
    {
        await Expect(page).ToHaveURLAsync(new Regex("/targets/breakdown\\?"));
        await WaitForCircuitAsync(page);
        await Expect(page.Locator(".sp-loading")).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 }).Or(page.GetByRole(AriaRole.Alert)).First).ToBeVisibleAsync();
    }

    /// <summary>As the signed-in director: sets the company's sales amount target of a month on /targets.</summary>
    protected static async Task SetCompanyTargetAsync(IPage page, string period, string amount, string shown)
    {
        await OpenTargetsAsync(page, period);
        var company = page.GetByTestId("scope-Company");
        await TypeAsync(company.GetByTestId($"target-{Metric}"), amount);
        await company.GetByTestId($"save-{Metric}").ClickAsync();
        // Once saved, the target can be broken down: the breakdown links appear.
        await Expect(company.GetByTestId($"breakdown-{Metric}-Region")).ToBeVisibleAsync();
        await Expect(company.GetByTestId($"target-{Metric}")).ToHaveValueAsync(shown);
    }

    /// <summary>Types into a numeric field and leaves it with Tab, so that it commits the value.</summary>
    protected static async Task TypeAsync(ILocator input, string text)
    {
        await input.FillAsync(text);
        await input.PressAsync("Tab");
    }

    /// <summary>The region a demo manager manages, as the API tells that manager (to build URLs for other users).</summary>
    protected async Task<Guid> RegionIdOfManagerAsync(string managerEmail)
    {
        var page = await OpenPageAsync();
        var api = page.APIRequest;
        var login = await api.PostAsync("api/v1/auth/login", new() { DataObject = new { email = managerEmail, password = DemoUsers.Password } });
        login.Ok.ShouldBeTrue($"API sign-in of {managerEmail}: {login.Status}");
        var token = (await login.JsonAsync())!.Value.GetProperty("accessToken").GetString();
        var me = await api.GetAsync("api/v1/me", new() { Headers = new Dictionary<string, string> { ["Authorization"] = $"Bearer {token}" } });
        me.Ok.ShouldBeTrue($"GET /api/v1/me of {managerEmail}: {me.Status}");
        var regions = (await me.JsonAsync())!.Value.GetProperty("regions");
        return regions.EnumerateArray()
            .Single(r => r.GetProperty("role").GetString() == "Manager")
            .GetProperty("regionId").GetGuid();
    }

    /// <summary>The row of the breakdown grid that holds the member's amount.</summary>
    protected static ILocator RowOf(IPage page, string code) =>
        page.GetByTestId("breakdown-grid").Locator("tbody tr").Filter(new() { Has = page.GetByTestId($"amount-{code}") });

    /// <summary>As the director, through the API: company → EAST → rep01 targets of the month's sales amount.</summary>
    protected async Task GiveRep01ATargetAsync(string period, decimal amount)
    {
        var east = await RegionIdOfManagerAsync(DemoUsers.ManagerEast);
        var page = await OpenPageAsync();
        var api = page.APIRequest;
        var login = await api.PostAsync("api/v1/auth/login", new() { DataObject = new { email = DemoUsers.Director, password = DemoUsers.Password } });
        var token = (await login.JsonAsync())!.Value.GetProperty("accessToken").GetString();
        var headers = new Dictionary<string, string> { ["Authorization"] = $"Bearer {token}" };

        async Task<JsonElement> GetAsync(string path)
        {
            var response = await api.GetAsync(path, new() { Headers = headers });
            response.Ok.ShouldBeTrue($"GET {path}: {response.Status} {await response.TextAsync()}");
            return (await response.JsonAsync())!.Value;
        }

        async Task PutAsync(string path, object body)
        {
            var response = await api.PutAsync(path, new() { Headers = headers, DataObject = body });
            response.Ok.ShouldBeTrue($"PUT {path}: {response.Status} {await response.TextAsync()}");
        }

        await PutAsync($"api/v1/targets/{period}/company/{Metric}", new { amount, version = (uint?)null });
        var regions = await GetAsync($"api/v1/targets/{period}/Company/{Metric}/breakdowns/Region");
        await PutAsync($"api/v1/targets/{period}/Company/{Metric}/breakdowns/Region",
            new { amounts = new Dictionary<Guid, decimal> { [east] = amount }, version = regions.GetProperty("version").GetUInt32() });
        var reps = await GetAsync($"api/v1/targets/{period}/Region/{Metric}/breakdowns/Rep?scopeId={east}");
        var rep01 = reps.GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("code").GetString() == DemoUsers.Rep01).GetProperty("memberId").GetGuid();
        await PutAsync($"api/v1/targets/{period}/Region/{Metric}/breakdowns/Rep?scopeId={east}",
            new { amounts = new Dictionary<Guid, decimal> { [rep01] = amount }, version = reps.GetProperty("version").GetUInt32() });
        await page.CloseAsync();
    }
}
