using System.Net;
using Microsoft.Extensions.Logging.Abstractions;
using SalesPlanning.Application.Actuals;
using SalesPlanning.Application.Alerts;
using SalesPlanning.Application.Notifications;
using SalesPlanning.Application.Settings;
using SalesPlanning.IntegrationTests.Support;
using SalesPlanning.TestSupport;

namespace SalesPlanning.IntegrationTests.Notifications;

/// <summary>
/// Issue 15: the scheduled checks tell the right people once — a review past its deadline (directors and the
/// region's manager), a week not entered by Monday noon (the rep; after two missed weeks the manager too),
/// an alert raised (the directors and the region's manager) — and running a check again tells nobody twice.
/// </summary>
public class RemindersRun(PlansAppFixture fixture) : IClassFixture<PlansAppFixture>
{
    [Fact]
    public async Task TellsTheDirectorsAndTheManagerOnceOfAReviewPastItsDeadline()
    {
        const string period = "2033-03";
        await fixture.SubmittedPlanAsync(period);
        var link = $"plans/{fixture.Ids.East}/{period}";

        (await Reminders(DateTimeOffset.UtcNow).OverdueReviewsAsync(default)).ShouldBe(0, "not late yet");
        var late = Reminders(DateTimeOffset.UtcNow.AddDays(60));
        (await late.OverdueReviewsAsync(default)).ShouldBeGreaterThanOrEqualTo(1);
        await late.OverdueReviewsAsync(default);

        (await ToldAsync("PlanReviewOverdue", link)).ShouldBe([DemoUsers.Director, DemoUsers.ManagerEast], ignoreOrder: true);
    }

    [Fact]
    public async Task TellsRepsWithoutLastWeeksEntryAndTheManagerOfRepsWhoMissedTwoWeeks()
    {
        // Monday 10 January 2033 at noon: last week is 3–9 January (week 2 of 2033-01); the week before spans
        // 27 December 2032 – 2 January 2033. rep01 entered last week; nobody entered the week before.
        using (var client = fixture.App.CreateRawClient())
        {
            var rep01 = new ProgressApi(client, await fixture.TokenAsync(DemoUsers.Rep(1)));
            using var saved = await rep01.PutWeekAsync("2033-01", 2, ProgressApi.Week(1_000m, 1, 500m));
            saved.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var monday = Reminders(new DateTimeOffset(2033, 1, 10, 12, 0, 0, TimeSpan.Zero));
        (await monday.MissedWeeksAsync(default)).ShouldBe(11);
        (await monday.MissedWeeksAsync(default)).ShouldBe(11);

        var reps = await ToldAsync("WeekNotEntered", "progress?period=2033-01");
        reps.ShouldBe([.. Enumerable.Range(2, 11).Select(DemoUsers.Rep)], ignoreOrder: true);
        var managers = await fixture.QuerySqlAsync(
            "SELECT u.email, n.values->>'rep' FROM notifications n JOIN users u ON u.id = n.user_id WHERE n.kind = 'WeeksNotEnteredByRep'",
            r => (r.GetString(0), r.GetString(1)));
        managers.Count.ShouldBe(11);
        managers.Count(m => m.Item1 == DemoUsers.ManagerEast).ShouldBe(3);
        managers.ShouldNotContain(m => m.Item2.Contains("rep01", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task TellsEachAlertOnceToTheDirectorsAndTheRegionsManager()
    {
        // Targets for May and June 2033 and no sales at all: in July, EAST's four reps are below 60% for two
        // months in a row, and so is every region.
        await fixture.SetTargetsAsync("2033-05");
        await fixture.SetTargetsAsync("2033-06");
        var july = Reminders(new DateTimeOffset(2033, 7, 3, 9, 0, 0, TimeSpan.Zero));

        (await july.NewAlertsAsync(default)).ShouldBe(7);
        await july.NewAlertsAsync(default);

        var told = await fixture.QuerySqlAsync(
            "SELECT u.email, count(*) FROM notifications n JOIN users u ON u.id = n.user_id WHERE n.kind = 'AlertRaised' GROUP BY u.email",
            r => (r.GetString(0), r.GetInt64(1)));
        told.ShouldBe(
        [
            (DemoUsers.Director, 7L),
            (DemoUsers.ManagerEast, 5L),
            (DemoUsers.ManagerNorth, 1L),
            (DemoUsers.ManagerSouth, 1L),
        ], ignoreOrder: true);
    }

    [Fact]
    public async Task ForgetsReadNotificationsPastTheirTimeWithTheirMailsAndKeepsUnreadOnes()
    {
        await using (var db = fixture.CreateDbContext())
        {
            var rep = fixture.Ids.Rep(12);
            var notice = new NotificationEvent(NotificationKind.WeekNotEntered, "progress?period=2030-01",
                new Dictionary<string, string> { [Notify.Values.Week] = "retention test" });
            await Notify.UsersAsync(db, notice, [rep], null, new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero), default);
            await Notify.UsersAsync(db, notice with { Key = "second" }, [rep], null, new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero), default);
            await Notify.UsersAsync(db, notice with { Key = "recent" }, [rep], null, new DateTimeOffset(2030, 6, 1, 0, 0, 0, TimeSpan.Zero), default);
            await db.SaveChangesAsync();
        }

        // The first and the recent one are read; the second of January stays unread.
        await fixture.ExecuteSqlAsync(
            "UPDATE notifications SET read_at = '2030-06-02' WHERE values->>'week' = 'retention test' AND (key IS NULL OR key = 'recent')");

        (await Reminders(new DateTimeOffset(2030, 6, 10, 0, 0, 0, TimeSpan.Zero)).ForgetOldAsync(90, default)).ShouldBe(1);

        (await fixture.QuerySqlAsync("SELECT coalesce(key, '-') FROM notifications WHERE values->>'week' = 'retention test' ORDER BY 1", r => r.GetString(0)))
            .ShouldBe(["recent", "second"]);
        (await fixture.QuerySqlAsync(
            "SELECT count(*) FROM outbox_mails o WHERE NOT EXISTS (SELECT 1 FROM notifications n WHERE n.id = o.notification_id)", r => r.GetInt64(0)))
            .Single().ShouldBe(0);
    }

    private Reminders Reminders(DateTimeOffset now)
    {
        var time = new FixedTime(now);
        var contexts = TestDatabases.CreateFactory(fixture.ConnectionString);
        var settings = new SettingsQuery(contexts);
        var alerts = new AlertService(contexts, new ActualsQuery(contexts), settings, new AlertWindowCache(), time);
        return new Reminders(contexts, settings, alerts, time, NullLogger<Reminders>.Instance);
    }

    private Task<List<string>> ToldAsync(string kind, string link) =>
        fixture.QuerySqlAsync(
            "SELECT u.email FROM notifications n JOIN users u ON u.id = n.user_id WHERE n.kind = @p0 AND n.link = @p1",
            r => r.GetString(0), kind, link);

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;

        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
    }
}
