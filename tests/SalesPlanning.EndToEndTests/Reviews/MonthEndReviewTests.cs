using System.Text.RegularExpressions;
using SalesPlanning.Domain.Common;
using SalesPlanning.EndToEndTests.Infrastructure;
using SalesPlanning.EndToEndTests.Plans;

namespace SalesPlanning.EndToEndTests.Reviews;

/// <summary>
/// The month-end review (月度总结, DESIGN §7) in Chromium: EAST's manager opens last month's review of
/// the approved plan beside its computed figures, is told everything that is missing, writes and
/// submits it; a director returns it with a comment; the manager edits and resubmits; the director
/// signs it off, the plan shows Closed and this month's plan starts from the review.
/// The class has the app and its database to itself (AppFixture is per class). The tests' app loads
/// the demo company without the demo plans, so last month's EAST plan is made and approved through
/// the API first, as its manager and the director would.
/// </summary>
public class MonthEndReviewTests(AppFixture fixture) : PlansTest(fixture)
{
    private const string Comment = "Name the two customers behind the collections gap.";

    /// <summary>Company targets near the demo history's month (EAST gets a third: 18,000,000.00, 1,200 units, 16,000,000.00).</summary>
    private static readonly Dictionary<string, decimal> CompanyTargets = new()
    {
        ["SalesAmount"] = 54_000_000.00m,
        ["SalesVolume"] = 3_600m,
        ["Collections"] = 48_000_000.00m,
    };

    private static Period ThisMonth => Period.Containing(DateOnly.FromDateTime(DateTime.UtcNow));

    private static Period LastMonth => ThisMonth.Previous();

    [Fact]
    public async Task ManagerSubmitsDirectorReturnsManagerResubmitsDirectorSignsOff()
    {
        var month = LastMonth.ToString();
        var east = await ApprovedPlanAsync(month);
        var reviewUrl = new Regex($"/plans/{east}/{month}/review$");

        // The manager opens last month's approved plan and, from it, its month-end review.
        var manager = await SignedInPageAsync(DemoUsers.ManagerEast);
        await manager.GotoAsync($"plans?period={month}");
        await WaitForCircuitAsync(manager);
        await manager.GetByTestId("plan-link-EAST").ClickAsync();
        await Expect(manager.GetByTestId("plan-status")).ToHaveTextAsync("Approved");
        await WaitForCircuitAsync(manager);
        await manager.GetByTestId("plan-month-end").ClickAsync();
        await Expect(manager).ToHaveURLAsync(reviewUrl);
        await WaitForReviewAsync(manager);
        await Expect(manager.GetByTestId("month-end-status")).ToHaveTextAsync("Draft");
        await Expect(manager.GetByTestId("month-end-plan-status")).ToHaveTextAsync("Approved");
        await Expect(manager.GetByTestId("month-end-not-ended")).ToHaveCountAsync(0);

        // The figures are last month's, computed: the target set for it, the actual from the history.
        var amount = manager.GetByTestId("month-end-region").Locator("tbody tr").Filter(new() { HasText = "Sales amount" });
        await Expect(amount).ToContainTextAsync("18,000,000.00");
        await Expect(amount.Locator("td").Nth(2)).Not.ToHaveTextAsync(new Regex("^(—|0\\.00)?$"));
        await Expect(amount.Locator("td").Nth(3)).ToHaveTextAsync(new Regex(@"^[\d,]+\.\d%$"));
        await Expect(manager.GetByTestId("month-end-reps")).ToContainTextAsync("赵磊");

        // New vs existing customers: last month is imported history only, none of it split by customer.
        var regionActual = (await amount.Locator("td").Nth(2).InnerTextAsync()).Trim();
        await Expect(manager.GetByTestId("month-end-contribution")).ToContainTextAsync("赵磊");
        await Expect(manager.GetByTestId("contribution-total")).ToHaveTextAsync(regionActual);
        await Expect(manager.GetByTestId("contribution-total-new")).ToHaveTextAsync("0.00 (—)");

        // The checklist shows what submitting needs: the month has ended, nothing is written yet.
        await Expect(manager.GetByTestId("check-month-ended")).ToHaveAttributeAsync("data-done", "true");
        await Expect(manager.GetByTestId("check-worked")).ToHaveAttributeAsync("data-done", "false");
        await Expect(manager.GetByTestId("check-causes")).ToHaveAttributeAsync("data-done", "false");

        // Submitting with nothing written lists every missing part at once; nothing is submitted.
        await SubmitAsync(manager);
        await Expect(manager.GetByTestId("month-end-worked-error")).ToHaveTextAsync("Required to submit.");
        await Expect(manager.GetByTestId("month-end-did-not-error")).ToHaveTextAsync("Required to submit.");
        await Expect(manager.GetByTestId("month-end-controllable-error")).ToHaveTextAsync("Write the controllable or the uncontrollable causes (or both).");
        await Expect(manager.GetByTestId("month-end-improvements-error")).ToHaveTextAsync("Required to submit.");
        // …and at the top, each with its field's name, above the figures that push the fields down.
        var problems = manager.GetByTestId("month-end-problems").Locator("li");
        await Expect(problems).ToHaveTextAsync(
        [
            "What worked: Required to submit.",
            "What did not work: Required to submit.",
            "Controllable causes: Write the controllable or the uncontrollable causes (or both).",
            "Improvements for next month: Required to submit.",
        ]);
        await Expect(manager.GetByTestId("month-end-status")).ToHaveTextAsync("Draft");

        await TypeAsync(manager.GetByTestId("month-end-worked"), "Key account A renewed early; inverter AC sales beat the target.");
        await TypeAsync(manager.GetByTestId("month-end-did-not"), "Collections were 12% short.");
        await TypeAsync(manager.GetByTestId("month-end-controllable"), "Overdue invoices were followed up late.");
        await TypeAsync(manager.GetByTestId("month-end-improvements"), "A weekly collections call with finance.");
        await Expect(manager.GetByTestId("month-end-checklist").Locator("li[data-done=false]")).ToHaveCountAsync(0);
        await SubmitAsync(manager);
        await Expect(manager.GetByTestId("month-end-status")).ToHaveTextAsync("Submitted");
        await Expect(manager.GetByTestId("month-end-readonly")).ToBeVisibleAsync();
        await Expect(manager.GetByTestId("month-end-problems")).ToHaveCountAsync(0);
        await Expect(manager.GetByTestId("month-end-submit")).ToHaveCountAsync(0);
        await Expect(manager.GetByTestId("month-end-sign-off")).ToHaveCountAsync(0);

        // The director returns it; a comment is required.
        var director = await SignedInPageAsync(DemoUsers.Director);
        await OpenReviewAsync(director, east, month);
        await Expect(director.GetByTestId("month-end-status")).ToHaveTextAsync("Submitted");
        await Expect(director.GetByTestId("month-end-worked")).ToHaveTextAsync("Key account A renewed early; inverter AC sales beat the target.");
        await director.GetByTestId("month-end-return").ClickAsync();
        await director.GetByTestId("reason-confirm").ClickAsync();
        await Expect(director.GetByTestId("reason-missing")).ToHaveTextAsync("A comment is required.");
        await director.GetByTestId("reason").FillAsync(Comment);
        await director.GetByTestId("reason-confirm").ClickAsync();
        await Expect(director.GetByTestId("month-end-status")).ToHaveTextAsync("Returned");
        await Expect(director.GetByTestId("month-end-sign-off")).ToHaveCountAsync(0);

        // The manager sees the comment, edits and resubmits.
        await OpenReviewAsync(manager, east, month);
        await Expect(manager.GetByTestId("month-end-return-comment")).ToContainTextAsync(Comment);
        await Expect(manager.GetByTestId("month-end-did-not")).ToHaveValueAsync("Collections were 12% short.");
        await TypeAsync(manager.GetByTestId("month-end-did-not"), "Collections were 12% short: customer A paid 8% late, customer B 4%.");
        await TypeAsync(manager.GetByTestId("month-end-uncontrollable"), "Customer B's budget was frozen.");
        await SubmitAsync(manager);
        await Expect(manager.GetByTestId("month-end-status")).ToHaveTextAsync("Submitted");
        await Expect(manager.GetByTestId("month-end-return-comment")).ToHaveCountAsync(0);

        // The director signs it off: the review is signed off and the plan closed.
        await OpenReviewAsync(director, east, month);
        await Expect(director.GetByTestId("month-end-did-not")).ToContainTextAsync("customer A paid 8% late");
        await director.GetByTestId("month-end-sign-off").ClickAsync();
        await director.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Sign off" }).ClickAsync();
        await Expect(director.GetByTestId("month-end-status")).ToHaveTextAsync("Signed off");
        await Expect(director.GetByTestId("month-end-plan-status")).ToHaveTextAsync("Closed");
        await Expect(director.GetByTestId("month-end-signed-off")).ToContainTextAsync("王志远 Wang Zhiyuan");
        await Expect(director.GetByTestId("month-end-sign-off")).ToHaveCountAsync(0);
        await Expect(director.GetByTestId("month-end-return")).ToHaveCountAsync(0);

        await OpenPlanAsync(director, east, month);
        await Expect(director.GetByTestId("plan-status")).ToHaveTextAsync("Closed");

        // The manager's review is read-only now (kept for people to look at).
        await OpenReviewAsync(manager, east, month);
        await Expect(manager.GetByTestId("month-end-status")).ToHaveTextAsync("Signed off");
        await Expect(manager.GetByTestId("month-end-save")).ToHaveCountAsync(0);
        await manager.ScreenshotAsync(new() { Path = Screenshots.PathFor("month-end-review", English, 1280), FullPage = true });
        await manager.SetViewportSizeAsync(390, 800);
        (await WholePage.SidewaysScrollAsync(manager)).ShouldBeLessThanOrEqualTo(0);
        await WholePage.CaptureAsync(manager, Screenshots.PathFor("month-end-review", English, 390));
        await manager.SetViewportSizeAsync(1280, 800);

        // This month's plan (§4.1) starts from the signed-off review.
        await OpenPlanAsync(manager, east, ThisMonth.ToString());
        var previous = manager.GetByTestId("previous-month-end");
        await Expect(previous).ToContainTextAsync($"Month-end review of {month} (signed off)");
        await Expect(previous).ToContainTextAsync("customer A paid 8% late");
        await previous.GetByTestId("copy-month-end").ClickAsync();
        await Expect(manager.GetByTestId("review-highlights")).ToHaveValueAsync("Key account A renewed early; inverter AC sales beat the target.");

        // In Chinese on a phone.
        var phone = await SignedInPageAsync(DemoUsers.ManagerEast, Chinese, 390);
        await OpenReviewAsync(phone, east, month);
        await Expect(phone.GetByTestId("month-end-title")).ToContainTextAsync("月度总结");
        await Expect(phone.GetByTestId("month-end-status")).ToHaveTextAsync("已签核");
        await Expect(phone.GetByTestId("month-end-plan-status")).ToHaveTextAsync("已关闭");
        await Expect(phone.GetByText("做得好的方面")).ToBeVisibleAsync();
        // The figures keep their widths and scroll inside the table rather than being cut short.
        var actual = phone.GetByTestId("month-end-region").Locator("tbody tr").First.Locator("td").Nth(2);
        (await actual.EvaluateAsync<bool>("cell => [...cell.querySelectorAll('*'), cell].every(e => e.scrollWidth <= e.clientWidth)")).ShouldBeTrue();
        await phone.ScreenshotAsync(new() { Path = Screenshots.PathFor("month-end-review", Chinese, 390), FullPage = true });
        (await WholePage.SidewaysScrollAsync(phone)).ShouldBeLessThanOrEqualTo(0);
        await phone.SetViewportSizeAsync(1280, 800);
        await WholePage.CaptureAsync(phone, Screenshots.PathFor("month-end-review", Chinese, 1280));

        BrowserErrors.ShouldBeEmpty();
    }

    private static async Task OpenReviewAsync(IPage page, Guid regionId, string period)
    {
        await page.GotoAsync($"plans/{regionId}/{period}/review");
        await WaitForReviewAsync(page);
    }

    private static async Task WaitForReviewAsync(IPage page)
    {
        await WaitForCircuitAsync(page);
        await Expect(page.GetByTestId("month-end-title")).ToBeVisibleAsync();
        await Expect(page.Locator(".sp-loading")).ToHaveCountAsync(0);
    }

    /// <summary>Submit, then confirm in the dialog (English page).</summary>
    private static async Task SubmitAsync(IPage page)
    {
        await page.GetByTestId("month-end-submit").ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Submit for sign-off" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Dialog)).ToHaveCountAsync(0);
    }

    /// <summary>
    /// EAST's plan of <paramref name="period"/> through the API: targets set and split (<see cref="PlansTest.SetUpTargetsAsync"/>),
    /// the sections that submitting needs filled in and submitted by EAST's manager, approved by the director; returns EAST's id.
    /// </summary>
    private async Task<Guid> ApprovedPlanAsync(string period)
    {
        var east = await SetUpTargetsAsync(period, CompanyTargets);
        var page = await OpenPageAsync();
        var manager = await TokenAsync(page, DemoUsers.ManagerEast);
        var director = await TokenAsync(page, DemoUsers.Director);
        var weeks = Period.Parse(period).Weeks();
        var sections = new Dictionary<string, object>
        {
            ["Review"] = new { highlights = "Key accounts renewed.", problems = "Collections lagged (objective).", lessons = "Agree payment dates early." },
            ["Targets"] = new { basis = "Same month last year plus 5%." },
            ["Forecast"] = new
            {
                weeks = weeks.Select(w => new { week = w.Number, salesAmount = 4_000_000.00m, salesVolume = 270L, collections = 3_600_000.00m }).ToArray(),
                products = Array.Empty<object>(),
            },
            ["Tracking"] = new { reviewMeetings = Array.Empty<DateOnly>(), kpis = new[] { new { name = "Sales amount", weight = 60m }, new { name = "Collections", weight = 40m } } },
        };

        var plan = await CallAsync(page, manager, "POST", $"plans/{east}/{period}");
        var planId = plan.GetProperty("planId").GetGuid();
        foreach (var (section, content) in sections)
        {
            var version = plan.GetProperty("sections").EnumerateArray().Single(s => s.GetProperty("section").GetString() == section).GetProperty("version").GetUInt32();
            await CallAsync(page, manager, "PUT", $"plans/{planId}/sections/{section}", new { version, content });
        }

        plan = await CallAsync(page, manager, "GET", $"plans/{east}/{period}");
        await CallAsync(page, manager, "POST", $"plans/{planId}/submit", new { version = plan.GetProperty("version").GetUInt32() });
        plan = await CallAsync(page, director, "GET", $"plans/{east}/{period}");
        var approved = await CallAsync(page, director, "POST", $"plans/{planId}/approve", new { version = plan.GetProperty("version").GetUInt32(), comment = "同意。" });
        approved.GetProperty("status").GetString().ShouldBe("Approved");
        await page.Context.CloseAsync();
        return east;
    }
}
