using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using SalesPlanning.EndToEndTests.Infrastructure;

namespace SalesPlanning.EndToEndTests.Plans;

/// <summary>
/// What the plan tests share: targets for a month set up through the HTTP API as a director and a
/// manager would (company → regions → the East region's reps, for all three metrics), opening a
/// plan and filling its sections. Each test uses its own month; the tests of a class share one database.
/// </summary>
public abstract class PlansTest(AppFixture fixture) : BrowserTest(fixture)
{
    protected static readonly string[] Metrics = ["SalesAmount", "SalesVolume", "Collections"];

    /// <summary>The company targets (split evenly to the three regions, then to each region's four reps).</summary>
    private static readonly Dictionary<string, decimal> CompanyTargets = new()
    {
        ["SalesAmount"] = 1_200_000.00m,
        ["SalesVolume"] = 12_000m,
        ["Collections"] = 960_000.00m,
    };

    /// <summary>Sets and splits the month's targets (by default <see cref="CompanyTargets"/>); returns the East region's id.</summary>
    protected async Task<Guid> SetUpTargetsAsync(string period, IReadOnlyDictionary<string, decimal>? companyTargets = null)
    {
        companyTargets ??= CompanyTargets;
        var page = await OpenPageAsync();
        var director = await TokenAsync(page, DemoUsers.Director);
        var manager = await TokenAsync(page, DemoUsers.ManagerEast);
        Guid east = default;
        foreach (var metric in Metrics)
        {
            var set = await CallAsync(page, director, "PUT", $"targets/{period}/company/{metric}", new { amount = companyTargets[metric], version = (uint?)null });
            var regions = await CallAsync(page, director, "GET", $"targets/{period}/Company/{metric}/breakdowns/Region");
            var regionLines = regions.GetProperty("lines").EnumerateArray().ToList();
            await CallAsync(page, director, "PUT", $"targets/{period}/Company/{metric}/breakdowns/Region", new
            {
                amounts = regionLines.ToDictionary(l => l.GetProperty("memberId").GetGuid(), _ => companyTargets[metric] / regionLines.Count),
                version = set.GetProperty("version").GetUInt32(),
            });
            east = regionLines.Single(l => l.GetProperty("code").GetString() == "EAST").GetProperty("memberId").GetGuid();

            var reps = await CallAsync(page, manager, "GET", $"targets/{period}/Region/{metric}/breakdowns/Rep?scopeId={east}");
            var repLines = reps.GetProperty("lines").EnumerateArray().ToList();
            var regionAmount = reps.GetProperty("parentAmount").GetDecimal();
            await CallAsync(page, manager, "PUT", $"targets/{period}/Region/{metric}/breakdowns/Rep?scopeId={east}", new
            {
                amounts = repLines.ToDictionary(l => l.GetProperty("memberId").GetGuid(), _ => regionAmount / repLines.Count),
                version = reps.GetProperty("version").GetUInt32(),
            });
        }

        await page.Context.CloseAsync();
        return east;
    }

    /// <summary>Opens a region's plan of a month and waits until it is live and loaded.</summary>
    protected static async Task OpenPlanAsync(IPage page, Guid regionId, string period)
    {
        await page.GotoAsync($"plans/{regionId}/{period}");
        await WaitForCircuitAsync(page);
        await Expect(page.GetByTestId("plan-title")).ToBeVisibleAsync();
        await Expect(page.Locator(".sp-loading")).ToHaveCountAsync(0);
    }

    /// <summary>Types into a field and leaves it with Tab, so that the field commits the value.</summary>
    protected static async Task TypeAsync(ILocator input, string text)
    {
        await input.FillAsync(text);
        await input.PressAsync("Tab");
    }

    /// <summary>The sections' names in English, as the save notification names them.</summary>
    private static readonly Dictionary<string, string> SectionNames = new()
    {
        ["Review"] = "Last month review",
        ["Targets"] = "Targets",
        ["Strategies"] = "Strategies",
        ["Activities"] = "Activities",
        ["Resources"] = "Resource needs",
        ["Forecast"] = "Forecast",
        ["Risks"] = "Risks",
        ["Tracking"] = "Tracking and KPIs",
    };

    /// <summary>Saves a section (English page) and waits for its own "saved" notification, closing it.</summary>
    protected static async Task SaveSectionAsync(IPage page, string section)
    {
        await page.GetByTestId($"save-{section}").ClickAsync();
        var saved = Notification(page, $"{SectionNames[section]} saved.");
        await Expect(saved).ToBeVisibleAsync();
        await saved.GetByRole(AriaRole.Button, new() { Name = "Close" }).ClickAsync();
        await Expect(saved).ToHaveCountAsync(0);
    }

    protected static async Task FillForecastAsync(IPage page, int weeks)
    {
        await page.GetByTestId("tab-Forecast").ClickAsync();
        for (var week = 1; week <= weeks; week++)
        {
            await TypeAsync(page.GetByTestId($"forecast-{week}-SalesAmount"), "20000");
            await TypeAsync(page.GetByTestId($"forecast-{week}-SalesVolume"), "200");
            await TypeAsync(page.GetByTestId($"forecast-{week}-Collections"), "16000");
        }

        await SaveSectionAsync(page, "Forecast");
    }

    /// <summary>A bearer token of <paramref name="email"/> from POST /api/v1/auth/login.</summary>
    protected static async Task<string> TokenAsync(IPage page, string email)
    {
        var login = await page.APIRequest.PostAsync("api/v1/auth/login", new() { DataObject = new { email, password = DemoUsers.Password } });
        login.Ok.ShouldBeTrue($"API sign-in of {email}: {login.Status}");
        return (await login.JsonAsync())!.Value.GetProperty("accessToken").GetString()!;
    }

    /// <summary>A call to /api/v1/<paramref name="path"/> with a bearer token; fails the test unless it succeeds; answers the JSON body.</summary>
    protected static async Task<JsonElement> CallAsync(IPage page, string token, string method, string path, object? body = null)
    {
        var options = new APIRequestContextOptions
        {
            Method = method,
            Headers = new Dictionary<string, string> { ["Authorization"] = $"Bearer {token}" },
            DataObject = body,
        };
        var response = await page.APIRequest.FetchAsync("api/v1/" + path, options);
        response.Ok.ShouldBeTrue($"{method} {path}: {response.Status} {await response.TextAsync()}");
        return (await response.JsonAsync())!.Value;
    }

    protected static string Invariant(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
