using System.Text.Json;
using SalesPlanning.EndToEndTests.Infrastructure;
using SalesPlanning.EndToEndTests.Targets;

namespace SalesPlanning.EndToEndTests.Plans;

/// <summary>
/// The plan's print view (/plans/{id}/print) in Chromium: EAST's manager fills in some sections
/// through the API, then the manager and a director see every section as a document in English and
/// Chinese, user text escaped, and in print media no navigation or buttons; a rep is refused.
/// Screenshots: test-output/screenshots/plan-print-{en|zh-CN}-{1280|390}.png and plan-print-media-en-1280.png.
/// </summary>
public sealed class PlanPrintViewTests(AppFixture fixture) : TargetsTest(fixture)
{
    private const string Period = "2034-06";
    private const string Highlights = "Key accounts grew <b>18%</b> & dealers 华东 doubled.";
    private static readonly SemaphoreSlim Once = new(1, 1);
    private static Guid? _planId;

    [Theory]
    [InlineData(English, "Monthly sales plan EAST", "4.6 Forecast", "Market expansion")]
    [InlineData(Chinese, "月度销售计划 EAST", "4.6 销售预测", "市场拓展")]
    public async Task Shows_every_section_as_a_document_in_the_users_language(string locale, string title, string forecast, string group)
    {
        var planId = await PlanAsync();
        foreach (var width in new[] { 1280, 390 })
        {
            var page = await SignedInPageAsync(DemoUsers.ManagerEast, locale, width);
            await page.GotoAsync($"plans/{planId}/print");

            var document = page.GetByTestId("plan-print");
            await Expect(document.Locator("h1")).ToContainTextAsync(title);
            await Expect(document.Locator("section h2")).ToHaveCountAsync(8);
            await Expect(document.Locator("h2").Nth(5)).ToHaveTextAsync(forecast);
            await Expect(page.GetByTestId("print-Strategies")).ToContainTextAsync(group);
            await Expect(page.GetByTestId("print-Review")).ToContainTextAsync(Highlights);
            await Expect(document.Locator("b")).ToHaveCountAsync(0);
            await Expect(page.GetByTestId("nav-menu")).ToHaveCountAsync(0);
            await page.ScreenshotAsync(new() { Path = Screenshots.PathFor("plan-print", locale, width), FullPage = true });
        }
    }

    [Fact]
    public async Task Hides_the_toolbar_when_printed_and_breaks_pages_between_sections()
    {
        var planId = await PlanAsync();
        var page = await SignedInPageAsync(DemoUsers.Director);
        await page.GotoAsync($"plans/{planId}/print");
        await Expect(page.GetByTestId("print")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("export-xlsx")).ToHaveAttributeAsync("href", $"api/v1/plans/{planId}/export.xlsx");

        await page.EmulateMediaAsync(new() { Media = Media.Print });

        await Expect(page.GetByTestId("print")).ToBeHiddenAsync();
        await Expect(page.Locator(".sp-print-toolbar")).ToBeHiddenAsync();
        var breakBefore = await page.GetByTestId("print-Targets").EvaluateAsync<string>("e => getComputedStyle(e).breakBefore");
        breakBefore.ShouldBe("page");
        var border = await page.GetByTestId("print-Review").Locator("td").First.EvaluateAsync<string>("e => getComputedStyle(e).borderTopStyle");
        border.ShouldBe("solid");
        await page.ScreenshotAsync(new() { Path = Screenshots.PathFor("plan-print-media", English, 1280), FullPage = true });

        // The workbook link works with the browser's sign-in cookie.
        var workbook = await page.APIRequest.GetAsync($"api/v1/plans/{planId}/export.xlsx");
        workbook.Status.ShouldBe(200);
        workbook.Headers["content-type"].ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    [Fact]
    public async Task Refuses_a_rep()
    {
        var planId = await PlanAsync();
        var page = await SignedInPageAsync(DemoUsers.Rep01);
        await page.GotoAsync($"plans/{planId}/print");
        await Expect(page.GetByTestId("plan-print")).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
    }

    /// <summary>EAST's plan of <see cref="Period"/>, started and partly filled in by its manager through the API (once per class).</summary>
    private async Task<Guid> PlanAsync()
    {
        await Once.WaitAsync();
        try
        {
            return _planId ??= await CreatePlanAsync();
        }
        finally
        {
            Once.Release();
        }
    }

    private async Task<Guid> CreatePlanAsync()
    {
        var east = await RegionIdOfManagerAsync(DemoUsers.ManagerEast);
        var page = await OpenPageAsync();
        var api = page.APIRequest;
        var login = await api.PostAsync("api/v1/auth/login", new() { DataObject = new { email = DemoUsers.ManagerEast, password = DemoUsers.Password } });
        var token = (await login.JsonAsync())!.Value.GetProperty("accessToken").GetString();
        var headers = new Dictionary<string, string> { ["Authorization"] = $"Bearer {token}" };
        var opened = await api.PostAsync($"api/v1/plans/{east}/{Period}", new() { Headers = headers });
        opened.Ok.ShouldBeTrue(await opened.TextAsync());
        var planId = (await opened.JsonAsync())!.Value.GetProperty("planId").GetGuid();

        var sections = new (string Section, object Content)[]
        {
            ("Review", new { highlights = Highlights, problems = "回款滞后：客户预算收紧（客观）。", lessons = "Weekly visits to key accounts." }),
            ("Targets", new { basis = "去年旺季 + 8%." }),
            ("Strategies", new { items = new[] { new { group = "MarketExpansion", action = "Open two dealers in Suzhou 苏州", owner = "Wang", due = "2034-06-20" } } }),
            ("Risks", new { items = new[] { new { category = "Market", description = "Price war", likelihood = 3, impact = 4, response = "Bundle installation" } } }),
            ("Tracking", new { reviewMeetings = new[] { "2034-06-15" }, kpis = new[] { new { name = "销售额", weight = 60m }, new { name = "回款额", weight = 40m } } }),
        };
        foreach (var (section, content) in sections)
        {
            var saved = await api.PutAsync($"api/v1/plans/{planId}/sections/{section}",
                new() { Headers = new Dictionary<string, string>(headers) { ["Content-Type"] = "application/json" }, DataString = JsonSerializer.Serialize(new { version = 0, content }, JsonSerializerOptions.Web) });
            saved.Ok.ShouldBeTrue($"{section}: {await saved.TextAsync()}");
        }

        return planId;
    }
}
