using System.Net;
using System.Net.Sockets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using netDumbster.smtp;
using SalesPlanning.Application.Common;
using SalesPlanning.Application.Notifications;
using SalesPlanning.IntegrationTests.Support;
using SalesPlanning.TestSupport;

namespace SalesPlanning.IntegrationTests.Notifications;

/// <summary>
/// Issue 15: the outbox's sender against an SMTP server in the test process (netDumbster): it delivers each
/// queued mail once, in its recipient's language; while the server refuses, the mail stays queued with its
/// error for admins to see, and goes once the server is back and an admin retries; two senders at once
/// (two instances) still send each mail once.
/// </summary>
#pragma warning disable CA1001 // xunit disposes the app and the server through IAsyncLifetime.
public sealed class OutboxSend : IAsyncLifetime
#pragma warning restore CA1001
{
    private readonly int _port = FreePort();
    private SimpleSmtpServer? _smtp;
    private SalesPlanningApp? _app;

    private SimpleSmtpServer Smtp => _smtp!;
    private SalesPlanningApp App => _app!;

    public async Task InitializeAsync()
    {
        _smtp = SimpleSmtpServer.Start(_port);
        _app = new SalesPlanningApp(await TestDatabases.CreateMigratedAsync(), demoData: true, settings: new Dictionary<string, string?>
        {
            ["SalesPlanning:Mail:Host"] = "127.0.0.1",
            ["SalesPlanning:Mail:Port"] = _port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["SalesPlanning:Mail:Security"] = "None",
            ["SalesPlanning:Mail:TimeoutSeconds"] = "5",
            ["SalesPlanning:PublicUrl"] = "https://planning.example.com/",
        });
        _app.StartServer();
    }

    public async Task DisposeAsync()
    {
        _smtp?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    [Fact]
    public async Task DeliversEachQueuedMailOnceInItsRecipientsLanguage()
    {
        await ExecuteAsync("UPDATE users SET preferred_culture = 'en' WHERE email = @p0", DemoUsers.Rep(3));
        await QueueAsync([DemoUsers.Rep(3), DemoUsers.Rep(4)], "2033-01-02 – 2033-01-08");

        var rows = await QueryAsync("SELECT to_address || ' ' || culture || ' ' || next_attempt_at::text || ' ' || now()::text FROM outbox_mails", r => r.GetString(0));
        (await SendDueAsync()).ShouldBe(2, string.Join("; ", rows));
        (await SendDueAsync()).ShouldBe(0);

        Smtp.ReceivedEmailCount.ShouldBe(2);
        var english = Smtp.ReceivedEmail.Single(m => m.ToAddresses.Single().Address == DemoUsers.Rep(3));
        english.Headers["Subject"].ShouldBe("[SalesPlanning] Your weekly progress for 2033-01-02 – 2033-01-08 is not entered yet");
        english.MessageParts[0].BodyData.ShouldContain("https://planning.example.com/progress?period=2033-01");
        var chinese = Smtp.ReceivedEmail.Single(m => m.ToAddresses.Single().Address == DemoUsers.Rep(4));
        chinese.Headers["Subject"].ShouldNotBeNull().ShouldContain("您 2033-01-02 – 2033-01-08 的周进度尚未填报");
        (await QueryAsync("SELECT count(*) FROM outbox_mails WHERE sent_at IS NOT NULL AND attempts = 1 AND last_error IS NULL", r => r.GetInt64(0)))
            .Single().ShouldBe(2);
    }

    [Fact]
    public async Task KeepsAMailQueuedWithItsErrorWhileTheServerRefusesAndSendsItWhenAnAdminRetries()
    {
        Smtp.Stop();
        await QueueAsync([DemoUsers.Rep(5)], "2033-02-06 – 2033-02-12");

        (await SendDueAsync()).ShouldBe(0);
        (await SendDueAsync()).ShouldBe(0, "the next try waits a minute");

        var admin = await DemoActorAsync(DemoUsers.Admin);
        using (var scope = App.Services.CreateScope())
        {
            var outbox = scope.ServiceProvider.GetRequiredService<MailOutbox>();
            var queued = (await outbox.ListAsync(admin, MailState.Queued, 0, 10)).Value.ShouldNotBeNull();
            var mail = queued.Items.ShouldHaveSingleItem();
            (mail.ToAddress, mail.Kind, mail.Attempts).ShouldBe((DemoUsers.Rep(5), NotificationKind.WeekNotEntered, 1));
            mail.LastError.ShouldNotBeNullOrWhiteSpace();
            mail.NextAttemptAt.ShouldBeGreaterThan(DateTimeOffset.UtcNow);
            (await outbox.ListAsync(await DemoActorAsync(DemoUsers.Director), null, 0, 10)).Status.ShouldBe(ResultStatus.Forbidden);

            _smtp = SimpleSmtpServer.Start(_port);
            (await outbox.RetryAsync(admin, mail.Id)).IsOk.ShouldBeTrue();
        }

        (await SendDueAsync()).ShouldBe(1);
        Smtp.ReceivedEmailCount.ShouldBe(1);
        (await QueryAsync("SELECT attempts FROM outbox_mails WHERE sent_at IS NOT NULL", r => r.GetInt32(0))).ShouldBe([1]);
    }

    [Fact]
    public async Task SendsEachMailOnceWhenTwoSendersRunAtOnce()
    {
        for (var week = 0; week < 3; week++)
        {
            await QueueAsync([.. Enumerable.Range(1, 12).Select(DemoUsers.Rep)], $"week {week}");
        }

        var sent = await Task.WhenAll(Task.Run(() => SendDueAsync(50)), Task.Run(() => SendDueAsync(50)));

        sent.Sum().ShouldBe(36);
        Smtp.ReceivedEmailCount.ShouldBe(36);
        Smtp.ReceivedEmail.Select(m => (m.ToAddresses.Single().Address, m.Headers["Subject"])).Distinct().Count().ShouldBe(36);
    }

    private async Task QueueAsync(IReadOnlyList<string> emails, string week)
    {
        await using var db = TestDatabases.CreateContext(App.ConnectionString);
        var ids = await db.Users.Where(u => emails.Contains(u.Email!)).Select(u => u.Id).ToListAsync();
        var period = week.Length >= 7 && week[4] == '-' ? week[..7] : "2033-01";
        await Notify.UsersAsync(db, new NotificationEvent(NotificationKind.WeekNotEntered, $"progress?period={period}",
            new Dictionary<string, string> { [Notify.Values.Week] = week, [Notify.Values.Period] = period }), ids, null, DateTimeOffset.UtcNow, default);
        await db.SaveChangesAsync();
    }

    private async Task<int> SendDueAsync(int max = 10)
    {
        using var scope = App.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<MailOutbox>().SendDueAsync(max, default);
    }

    private async Task<Actor> DemoActorAsync(string email)
    {
        await using var db = TestDatabases.CreateContext(App.ConnectionString);
        var user = await db.Users.SingleAsync(u => u.Email == email);
        var roles = await db.UserRoles.Where(ur => ur.UserId == user.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToListAsync();
        return new Actor(user.Id, roles.ToHashSet(StringComparer.Ordinal));
    }

    private async Task ExecuteAsync(string sql, params object[] parameters)
    {
        await using var db = TestDatabases.CreateContext(App.ConnectionString);
        await db.Database.ExecuteSqlRawAsync(sql.Replace("@p0", "{0}", StringComparison.Ordinal), parameters);
    }

    private async Task<List<T>> QueryAsync<T>(string sql, Func<Npgsql.NpgsqlDataReader, T> read)
    {
        await using var connection = new Npgsql.NpgsqlConnection(App.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync())
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>Issue 15: with jobs on, the app's own scheduler sends what the outbox holds — nobody calls the sender.</summary>
public sealed class OutboxJobRun
{
    [Fact]
    public async Task DeliversAQueuedMailWithoutAnyoneAsking()
    {
        var port = OutboxSend.FreePort();
        using var smtp = SimpleSmtpServer.Start(port);
        await using var app = new SalesPlanningApp(await TestDatabases.CreateMigratedAsync(), demoData: true, settings: new Dictionary<string, string?>
        {
            ["SalesPlanning:Jobs:Enabled"] = "true",
            ["SalesPlanning:Jobs:OutboxSeconds"] = "1",
            ["SalesPlanning:Mail:Host"] = "127.0.0.1",
            ["SalesPlanning:Mail:Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["SalesPlanning:Mail:Security"] = "None",
        });
        app.StartServer();
        await using (var db = TestDatabases.CreateContext(app.ConnectionString))
        {
            var director = await db.Users.Where(u => u.Email == DemoUsers.Director).Select(u => u.Id).SingleAsync();
            await Notify.UsersAsync(db, new NotificationEvent(NotificationKind.PlanSubmitted, "plans",
                new Dictionary<string, string> { [Notify.Values.Region] = "EAST", [Notify.Values.Period] = "2033-01", [Notify.Values.Actor] = "Li" }),
                [director], null, DateTimeOffset.UtcNow, default);
            await db.SaveChangesAsync();
        }

        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (smtp.ReceivedEmailCount == 0 && waited.Elapsed < TimeSpan.FromSeconds(30))
        {
            await Task.Delay(200);
        }

        smtp.ReceivedEmailCount.ShouldBe(1);
        smtp.ReceivedEmail[0].ToAddresses.Single().Address.ShouldBe(DemoUsers.Director);
    }
}
