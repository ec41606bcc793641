using System.Globalization;
using System.Text.RegularExpressions;
using SalesPlanning.EndToEndTests.Infrastructure;

namespace SalesPlanning.EndToEndTests.Plans;

/// <summary>
/// The scenario: a manager fills a plan, Submit lists what is missing, the manager completes
/// it and submits; a director returns it with a comment; the manager resubmits; the director approves.
/// </summary>
public class PlanWorkflowTests(AppFixture fixture) : PlansTest(fixture)
{
    // March 2027 starts on a Monday: five weeks (1–7, 8–14, 15–21, 22–28, 29–31).
    private const string Period = "2027-03";

    [Fact]
    public async Task ManagerSubmitsDirectorReturnsManagerResubmitsDirectorApproves()
    {
        var east = await SetUpTargetsAsync(Period);

        // The manager opens the region's plan: it starts as a draft.
        var manager = await SignedInPageAsync(DemoUsers.ManagerEast);
        await OpenPlanAsync(manager, east, Period);
        await Expect(manager.GetByTestId("plan-status")).ToHaveTextAsync("Draft");

        // Fills one narrative and submits: every missing item is listed at once.
        await TypeAsync(manager.GetByTestId("review-highlights"), "Key account A renewed its contract.");
        await SaveSectionAsync(manager, "Review");
        await manager.GetByTestId("plan-submit").ClickAsync();
        var problems = manager.GetByTestId("plan-problems");
        await Expect(problems).ToContainTextAsync("Before submitting: 7 items to complete");
        await Expect(problems).ToContainTextAsync("Problems and causes");
        await Expect(problems).ToContainTextAsync("Sales volume: weeks 1, 2, 3, 4, 5 have no forecast");
        await Expect(problems).ToContainTextAsync("KPI weights add up to 0%");
        await Expect(manager.GetByTestId("plan-status")).ToHaveTextAsync("Draft");

        // A problem's link opens its section.
        await problems.GetByTestId("problem-link-Forecast").First.ClickAsync();
        await Expect(manager.GetByTestId("forecast-1-SalesAmount")).ToBeVisibleAsync();
        await FillForecastAsync(manager, weeks: 5);
        await Expect(manager.GetByTestId("forecast-total-SalesAmount")).ToHaveTextAsync("100,000.00");
        await Expect(manager.GetByTestId("forecast-difference-SalesAmount")).ToHaveTextAsync("-300,000.00");
        await Expect(manager.GetByTestId("tab-Forecast-complete")).ToBeVisibleAsync();

        await manager.GetByTestId("tab-Review").ClickAsync();
        await TypeAsync(manager.GetByTestId("review-problems"), "Collections were late: customers' budgets (objective).");
        await TypeAsync(manager.GetByTestId("review-lessons"), "Agree payment dates before delivery.");
        await SaveSectionAsync(manager, "Review");

        await manager.GetByTestId("tab-Targets").ClickAsync();
        await TypeAsync(manager.GetByTestId("targets-basis"), "Last year's March plus 8%.");
        await SaveSectionAsync(manager, "Targets");

        await manager.GetByTestId("tab-Tracking").ClickAsync();
        await manager.GetByTestId("usual-kpis").ClickAsync();
        await Expect(manager.GetByTestId("kpi-total")).ToHaveTextAsync("100%");
        await manager.GetByTestId("add-meeting").ClickAsync();
        await SaveSectionAsync(manager, "Tracking");

        await manager.GetByTestId("plan-submit").ClickAsync();
        await manager.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Submit for approval" }).ClickAsync();
        await Expect(manager.GetByTestId("plan-status")).ToHaveTextAsync("Submitted");
        await Expect(manager.GetByTestId("plan-readonly")).ToBeVisibleAsync();
        await Expect(manager.GetByTestId("plan-submit")).ToHaveCountAsync(0);
        await Expect(manager.GetByTestId("save-Review")).ToHaveCountAsync(0);

        // What the manager's bell counts before the director acts (other tests of the class share the database).
        var bell = manager.GetByTestId("notification-bell");
        var unreadBefore = int.Parse((await bell.GetAttributeAsync("data-unread"))!, CultureInfo.InvariantCulture);

        // The director finds it waiting for review and returns it; a comment is required.
        var director = await SignedInPageAsync(DemoUsers.Director);
        await director.GotoAsync("plans");
        await WaitForCircuitAsync(director);
        await director.GetByTestId("plans-waiting").GetByTestId("waiting-EAST").ClickAsync();
        await Expect(director).ToHaveURLAsync(new Regex($"/plans/{east}/{Period}$"));
        await WaitForCircuitAsync(director);
        await Expect(director.GetByTestId("plan-status")).ToHaveTextAsync("Submitted");
        await director.GetByTestId("plan-return").ClickAsync();
        await director.GetByTestId("reason-confirm").ClickAsync();
        await Expect(director.GetByTestId("reason-missing")).ToHaveTextAsync("A comment is required.");
        await director.GetByTestId("reason").FillAsync("Add a strategy for key accounts.");
        await director.GetByTestId("reason-confirm").ClickAsync();
        await Expect(director.GetByTestId("plan-status")).ToHaveTextAsync("Returned");

        // The manager's open page hears of it at once, without a reload (issue 15): the bell counts one more,
        // and its list says who returned which plan; the item opens the plan.
        await Expect(bell).ToHaveAttributeAsync("data-unread", (unreadBefore + 1).ToString(CultureInfo.InvariantCulture));
        await manager.GetByTestId("notification-bell-button").ClickAsync();
        var item = manager.GetByTestId("notification-item").First;
        await Expect(item).ToContainTextAsync($"returned the plan of 华东区 East for {Period}");
        await manager.ScreenshotAsync(new() { Path = Screenshots.PathFor("notification-bell", English, 1280) });
        await item.ClickAsync();
        await Expect(manager).ToHaveURLAsync(new Regex($"/plans/{east}/{Period}$"));
        await Expect(bell).ToHaveAttributeAsync("data-unread", unreadBefore.ToString(CultureInfo.InvariantCulture));

        // The manager sees the comment, edits and resubmits.
        await OpenPlanAsync(manager, east, Period);
        await Expect(manager.GetByTestId("plan-return-comment")).ToContainTextAsync("Add a strategy for key accounts.");
        await manager.GetByTestId("tab-Strategies").ClickAsync();
        await manager.GetByTestId("add-strategy").ClickAsync();
        await TypeAsync(manager.GetByTestId("strategy-0-action"), "Quarterly review with key account A");
        await TypeAsync(manager.GetByTestId("strategy-0-owner"), "李明");
        await SaveSectionAsync(manager, "Strategies");
        await manager.GetByTestId("plan-submit").ClickAsync();
        await manager.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Submit for approval" }).ClickAsync();
        await Expect(manager.GetByTestId("plan-status")).ToHaveTextAsync("Submitted");

        // The director approves; the history shows every step with who and the comment.
        await OpenPlanAsync(director, east, Period);
        await director.GetByTestId("plan-approve").ClickAsync();
        await director.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Approve" }).ClickAsync();
        await Expect(director.GetByTestId("plan-status")).ToHaveTextAsync("Approved");
        var history = director.GetByTestId("plan-history").Locator("tbody tr");
        await Expect(history).ToHaveCountAsync(5);
        await Expect(history.Nth(2)).ToContainTextAsync("Submitted → Returned");
        await Expect(history.Nth(2)).ToContainTextAsync("Add a strategy for key accounts.");
        await Expect(history.Nth(4)).ToContainTextAsync("Submitted → Approved");
        await Expect(director.GetByTestId("plan-export-xlsx")).ToBeVisibleAsync();

        // The approved plan prints as a clean document (kept for people to look at).
        await director.GetByTestId("plan-print").ClickAsync();
        await Expect(director).ToHaveURLAsync(new Regex("/plans/[0-9a-f-]+/print$"));
        await Expect(director.GetByTestId("print-status")).ToHaveTextAsync("Approved");
        await Expect(director.GetByTestId("print-Review")).ToContainTextAsync("Collections were late");
        await director.ScreenshotAsync(new() { Path = Screenshots.PathFor("plan-workflow-print", English, 1280), FullPage = true });

        // Nothing is left waiting for review.
        await director.GotoAsync("plans");
        await WaitForCircuitAsync(director);
        await Expect(director.GetByTestId("plans-waiting-empty")).ToBeVisibleAsync();
    }
}
