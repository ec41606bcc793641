using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SalesPlanning.Application.Notifications;
using SalesPlanning.EndToEndTests.Infrastructure;
using SalesPlanning.TestSupport;

namespace SalesPlanning.EndToEndTests.Notifications;

/// <summary>
/// Issue 15: the notification centre as a manager uses it, in Chinese and English at 1280 and 390 px — the bell's
/// count and list (their text in the reader's language), the page of all notifications, "mark all read" —
/// never scrolling sideways; kept as screenshots (notification-centre-*, notification-list-*).
/// </summary>
public sealed partial class NotificationCentreTests(AppFixture fixture) : BrowserTest(fixture)
{
    [Theory]
    [InlineData(English, 1280)]
    [InlineData(English, 390)]
    [InlineData(Chinese, 1280)]
    [InlineData(Chinese, 390)]
    public async Task A_manager_reads_the_bell_and_the_list_and_marks_everything_read(string locale, int width)
    {
        const string manager = "manager.south@demo.local";
        await ReturnedPlanNoticesAsync(manager, 3);
        var page = await SignedInPageAsync(manager, locale, width);
        var bell = page.GetByTestId("notification-bell");
        await Expect(bell).ToHaveAttributeAsync("data-unread", "3");

        await page.GetByTestId("notification-bell-button").ClickAsync();
        await Expect(page.GetByTestId("notification-item")).ToHaveCountAsync(3);
        await Expect(page.GetByTestId("notification-item").First).ToContainTextAsync(
            locale == Chinese ? "王志远 Wang Zhiyuan 退回了华南区 South 2033-12 的月度销售计划" : "王志远 Wang Zhiyuan returned the plan of 华南区 South for 2033-12");
        var sideways = await WholePage.SidewaysScrollAsync(page);
        await WholePage.CaptureAsync(page, Screenshots.PathFor("notification-centre", locale, width));
        sideways.ShouldBeLessThanOrEqualTo(0);

        await page.GetByTestId("notification-all").ClickAsync();
        await Expect(page).ToHaveURLAsync(NotificationsUrl());
        await WaitForCircuitAsync(page);
        await Expect(page.GetByTestId("notification-row")).ToHaveCountAsync(3);
        await Expect(page.GetByTestId("notification-row").First).ToContainTextAsync(locale == Chinese ? "意见: Redo week 3." : "Comment: Redo week 3.");
        sideways = await WholePage.SidewaysScrollAsync(page);
        await WholePage.CaptureAsync(page, Screenshots.PathFor("notification-list", locale, width));
        sideways.ShouldBeLessThanOrEqualTo(0);

        await page.GetByTestId("notifications-read-all").ClickAsync();
        await Expect(bell).ToHaveAttributeAsync("data-unread", "0");
        await Expect(page.Locator("[data-testid=notification-row][data-read=false]")).ToHaveCountAsync(0);
    }

    // Three "plan returned" notices for the user, as the director's steps write them, and nothing else unread.
    private async Task ReturnedPlanNoticesAsync(string email, int count)
    {
        await using var db = TestDatabases.CreateContext(Fixture.DatabaseConnectionString);
        var user = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
        await db.Notifications.Where(n => n.UserId == user).ExecuteDeleteAsync();
        for (var i = 0; i < count; i++)
        {
            await Notify.UsersAsync(db, new NotificationEvent(NotificationKind.PlanReturned, "plans", new Dictionary<string, string>
            {
                [Notify.Values.Region] = "华南区 South",
                [Notify.Values.Period] = "2033-12",
                [Notify.Values.Actor] = "王志远 Wang Zhiyuan",
                [Notify.Values.Comment] = "Redo week 3.",
            }), [user], null, DateTimeOffset.UtcNow.AddMinutes(i), default);
        }

        await db.SaveChangesAsync();
    }

    [GeneratedRegex("/notifications$")]
    private static partial Regex NotificationsUrl();
}
