using System.Collections.Concurrent;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesPlanning.Application.Notifications;
using SalesPlanning.IntegrationTests.Support;
using SalesPlanning.TestSupport;

namespace SalesPlanning.IntegrationTests.Notifications;

/// <summary>
/// Issue 15: live updates reach another app instance on the same database — a rep's weekly save made through
/// one instance is heard by a page subscribed on the other (the region and month), and so is a new notification
/// for a user; a change that rolls back is heard by nobody.
/// </summary>
#pragma warning disable CA1001 // xunit disposes both apps through IAsyncLifetime.
public sealed class LiveUpdatesAcrossInstances : IAsyncLifetime
#pragma warning restore CA1001
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);
    private SalesPlanningApp? _first;
    private SalesPlanningApp? _second;

    public async Task InitializeAsync()
    {
        _first = new SalesPlanningApp(await TestDatabases.CreateMigratedAsync(), demoData: true);
        _first.StartServer();
        _second = new SalesPlanningApp(_first.ConnectionString, demoData: false);
        _second.StartServer();
    }

    public async Task DisposeAsync()
    {
        if (_second is not null)
        {
            await _second.DisposeAsync();
        }

        if (_first is not null)
        {
            await _first.DisposeAsync();
        }
    }

    [Fact]
    public async Task AWeeklySaveOnOneInstanceIsHeardOnTheOther()
    {
        var heard = new ConcurrentQueue<ActualsChanged>();
        var live = _second!.Services.GetRequiredService<ILiveUpdates>();
        using var subscription = live.OnActuals(changed =>
        {
            heard.Enqueue(changed);
            return Task.CompletedTask;
        });
        await WaitUntilListeningAsync(live);
        var east = await RegionIdAsync("EAST");

        using var client = _first!.CreateRawClient();
        var rep = new ProgressApi(client, (await HttpSignIn.LoginAsync(client, DemoUsers.Rep(1))).AccessToken);
        using (var saved = await rep.PutWeekAsync("2033-02", 2, ProgressApi.Week(2_000m, 2, 1_000m)))
        {
            saved.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        await EventuallyAsync(() => heard.Contains(new ActualsChanged(east, 203302)));
    }

    [Fact]
    public async Task ANotificationIsHeardOnTheOtherInstanceAndARolledBackOneIsNot()
    {
        var director = await UserIdAsync(DemoUsers.Director);
        var heard = 0;
        var live = _second!.Services.GetRequiredService<ILiveUpdates>();
        using var subscription = live.OnNotifications(director, () =>
        {
            Interlocked.Increment(ref heard);
            return Task.CompletedTask;
        });
        await WaitUntilListeningAsync(live);

        await using (var db = TestDatabases.CreateContext(_first!.ConnectionString))
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            await Notify.UsersAsync(db, Notice(), [director], null, DateTimeOffset.UtcNow, default);
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
        }

        await Task.Delay(TimeSpan.FromSeconds(2));
        heard.ShouldBe(0, "a rolled-back notification was heard");

        await using (var db = TestDatabases.CreateContext(_first.ConnectionString))
        {
            await Notify.UsersAsync(db, Notice(), [director], null, DateTimeOffset.UtcNow, default);
            await db.SaveChangesAsync();
        }

        await EventuallyAsync(() => Volatile.Read(ref heard) == 1);
    }

    private static NotificationEvent Notice() =>
        new(NotificationKind.PlanSubmitted, "plans", new Dictionary<string, string> { [Notify.Values.Region] = "EAST", [Notify.Values.Period] = "2033-02" });

    // The listener connects when the host starts; a NOTIFY before its LISTEN would be lost, so wait for it to hear one.
    private async Task WaitUntilListeningAsync(ILiveUpdates live)
    {
        var probe = Guid.NewGuid();
        var heard = 0;
        using var subscription = live.OnNotifications(probe, () =>
        {
            Interlocked.Exchange(ref heard, 1);
            return Task.CompletedTask;
        });
        await using var connection = new Npgsql.NpgsqlConnection(_first!.ConnectionString);
        await connection.OpenAsync();
        await EventuallyAsync(async () =>
        {
            await using var notify = new Npgsql.NpgsqlCommand($"SELECT pg_notify('sp_notifications', '{probe}')", connection);
            await notify.ExecuteNonQueryAsync();
            await Task.Delay(100);
            return Volatile.Read(ref heard) == 1;
        });
    }

    private async Task<Guid> RegionIdAsync(string code)
    {
        await using var db = TestDatabases.CreateContext(_first!.ConnectionString);
        return await db.Regions.Where(r => r.Code == code).Select(r => r.Id).SingleAsync();
    }

    private async Task<Guid> UserIdAsync(string email)
    {
        await using var db = TestDatabases.CreateContext(_first!.ConnectionString);
        return await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
    }

    private static Task EventuallyAsync(Func<bool> condition) => EventuallyAsync(() => Task.FromResult(condition()));

    private static async Task EventuallyAsync(Func<Task<bool>> condition)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!await condition())
        {
            waited.Elapsed.ShouldBeLessThan(Patience, "nothing was heard");
            await Task.Delay(100);
        }
    }
}
