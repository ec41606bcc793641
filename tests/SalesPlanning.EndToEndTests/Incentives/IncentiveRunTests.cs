using SalesPlanning.Domain.Common;
using SalesPlanning.EndToEndTests.Infrastructure;

namespace SalesPlanning.EndToEndTests.Incentives;

/// <summary>
/// Incentive pay on the demo company as <c>./run.sh</c> loads it (issue 14): the director reads last month's approved
/// run line by line, re-opens it with a reason, approves it again and downloads it for payroll; this month is a
/// draft; a rep reads their own statement, asks what more collections would earn and sees their approved months.
/// Both languages, 1280 and 390 px, captured for people to look at.
/// </summary>
public sealed class IncentiveRunTests(DemoPlansAppFixture fixture) : BrowserTest<DemoPlansAppFixture>(fixture)
{
    private static readonly Period ThisMonth = Period.Containing(DateOnly.FromDateTime(DateTime.Now));

    [Fact]
    public async Task The_director_reads_reopens_approves_and_downloads_last_months_run()
    {
        var director = await SignedInPageAsync(DemoUsers.Director, Chinese);
        await OpenAsync(director, ThisMonth.Previous());
        await Expect(director.GetByTestId("run-status")).ToHaveTextAsync("已批准");
        var rows = director.GetByTestId("run-statements").Locator("tbody tr");
        await Expect(rows).ToHaveCountAsync(13);
        await Expect(director.GetByTestId("run-pool")).ToBeVisibleAsync();

        // A statement line by line: base pay, commission from the collections by age, the holdback.
        await director.GetByTestId("run-statements").Locator("[data-testid=open-statement][data-person='赵磊']").ClickAsync();
        var statement = director.GetByTestId("statement");
        await Expect(statement).ToContainTextAsync("高级销售代表");
        await Expect(statement.GetByTestId("line-Commission")).ToContainTextAsync("提成基数");
        await Expect(statement.GetByTestId("line-Holdback")).ToContainTextAsync("年终兑现");
        await CaptureAsync(director, "incentives-director", Chinese);

        // Re-opening needs a reason; then it is ready to approve again.
        await director.GetByTestId("run-reopen").ClickAsync();
        await director.GetByTestId("reason-confirm").ClickAsync();
        await Expect(director.GetByTestId("reason-missing")).ToBeVisibleAsync();
        await director.GetByTestId("reason").FillAsync("赵磊的回款重复录入，需更正。");
        await director.GetByTestId("reason-confirm").ClickAsync();
        await Expect(director.GetByTestId("run-status")).ToHaveTextAsync("待批准");
        await Expect(director.GetByTestId("run-ready")).ToBeVisibleAsync();

        await director.GetByTestId("run-approve").ClickAsync();
        await Expect(director.GetByTestId("confirm-message")).ToContainTextAsync(ThisMonth.Previous().ToString());
        await director.GetByTestId("confirm-ok").ClickAsync();
        await Expect(director.GetByTestId("run-status")).ToHaveTextAsync("已批准");
        await Expect(director.GetByTestId("run-approval")).ToContainTextAsync("批准");

        var download = await director.RunAndWaitForDownloadAsync(() => director.GetByTestId("run-export-xlsx").ClickAsync());
        download.SuggestedFilename.ShouldBe($"incentives-{ThisMonth.Previous()}.xlsx");

        // This month is a draft: not signed off, nothing to approve.
        await OpenAsync(director, ThisMonth);
        await Expect(director.GetByTestId("run-status")).ToHaveTextAsync("草稿");
        await Expect(director.GetByTestId("run-draft")).ToContainTextAsync("尚未签核：华东区 East");
        await Expect(director.GetByTestId("run-approve")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_rep_reads_their_statement_asks_what_if_and_sees_their_approved_months()
    {
        var rep = await SignedInPageAsync(DemoUsers.Rep01, English);
        await rep.GetByTestId("nav-menu").GetByRole(AriaRole.Link, new() { Name = "Incentive pay" }).ClickAsync();
        await Expect(rep).ToHaveURLAsync(UrlOf("/incentives"));
        await WaitForCircuitAsync(rep);
        await Expect(rep.GetByTestId("run-status")).ToHaveTextAsync("Draft");
        await Expect(rep.GetByTestId("statement")).ToHaveCountAsync(1);
        await Expect(rep.GetByTestId("statement")).ToContainTextAsync("Senior sales rep");
        await Expect(rep.GetByTestId("run-pool")).ToHaveCountAsync(0);

        // What if: a slip is told at the field; 10,000.00 more collections at the rep's rate.
        await rep.GetByTestId("what-if-amount").FillAsync("ten");
        await rep.GetByTestId("what-if-compute").ClickAsync();
        await Expect(rep.GetByTestId("what-if")).ToContainTextAsync("Enter a number.");
        await rep.GetByTestId("what-if-amount").FillAsync("10000");
        await rep.GetByTestId("what-if-amount").PressAsync("Enter");
        await Expect(rep.GetByTestId("what-if-answer")).ToContainTextAsync("With 10,000.00 more collections this month you would earn");

        await Expect(rep.GetByTestId("history-month")).ToHaveTextAsync(ThisMonth.Previous().ToString());
        await CaptureAsync(rep, "incentives-rep", English);

        var chinese = await SignedInPageAsync(DemoUsers.Rep01, Chinese);
        await OpenAsync(chinese, ThisMonth);
        await Expect(chinese.GetByTestId("statement")).ToContainTextAsync("提成");
        await CaptureAsync(chinese, "incentives-rep", Chinese);
    }

    [Fact]
    public async Task The_director_edits_a_tier_and_grades_a_rep_from_next_month()
    {
        var next = ThisMonth.Next().ToString();
        var director = await SignedInPageAsync(DemoUsers.Director, Chinese);
        await OpenAsync(director, ThisMonth);
        await director.GetByTestId("incentive-plan-link").ClickAsync();
        await WaitForCircuitAsync(director);
        await Expect(director.GetByTestId("plan-in-force")).ToContainTextAsync("第 1 版");
        await Expect(director.GetByTestId("plan-save")).ToContainTextAsync(next);
        var versions = director.GetByTestId("plan-versions").Locator("tbody tr");
        await Expect(versions).ToHaveCountAsync(1);

        // A slip is told at its field before anything is sent; a gap between tiers by the server, at the tier.
        await director.GetByTestId("Grades[1].BasePay").FillAsync("6,000元");
        await director.GetByTestId("plan-save").ClickAsync();
        await Expect(director.GetByTestId("Grades[1].BasePay-error")).ToBeVisibleAsync();
        await director.GetByTestId("Grades[1].BasePay").FillAsync("6500");
        await director.GetByTestId("Grades[2].Tiers[1].FromPercent").FillAsync("70");
        await director.GetByTestId("plan-save").ClickAsync();
        await director.GetByTestId("confirm-ok").ClickAsync();
        await Expect(director.GetByTestId("Grades[2].Tiers[1].FromPercent-error")).ToHaveTextAsync("有空档：上一档止于 60%，本档始于 70%。各档必须首尾相接。");
        await Expect(versions).ToHaveCountAsync(1);
        await CaptureAsync(director, "incentive-plan", Chinese);

        // Mended and a rate changed: saved as version 2 from next month.
        await director.GetByTestId("Grades[2].Tiers[1].FromPercent").FillAsync("60");
        await director.GetByTestId("Grades[2].Tiers[1].Rate").FillAsync("3.5");
        await director.GetByTestId("plan-save").ClickAsync();
        await Expect(director.GetByTestId("confirm-message")).ToContainTextAsync(next);
        await director.GetByTestId("confirm-ok").ClickAsync();
        await Expect(versions).ToHaveCountAsync(2);
        await Expect(director.GetByTestId("plan-in-force")).ToContainTextAsync($"第 2 版，自 {next} 起生效");
        await Expect(director.GetByTestId("Grades[2].Tiers[1].Rate")).ToHaveValueAsync("3.5");

        // In English: rep02 (钱芳) becomes a senior rep from next month.
        var english = await SignedInPageAsync(DemoUsers.Director, English);
        await english.GotoAsync($"incentives/plan?period={next}");
        await WaitForCircuitAsync(english);
        var row = english.Locator("[data-testid=grade-row][data-email='rep02@demo.local']");
        await row.GetByTestId("grade-select").ClickAsync();
        await english.GetByRole(AriaRole.Option, new() { Name = "Senior sales rep" }).ClickAsync();
        await row.GetByTestId("grade-save").ClickAsync();
        await Expect(Notification(english, "钱芳's grade is saved.")).ToBeVisibleAsync();
        await Expect(row).ToContainTextAsync($"since {next}");
        await CaptureAsync(english, "incentive-plan", English);
    }

    private static async Task OpenAsync(IPage page, Period period)
    {
        await page.GotoAsync($"incentives?period={period}");
        await WaitForCircuitAsync(page);
        await Expect(page.GetByTestId("run-status")).ToBeVisibleAsync();
    }
}
