using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using SalesPlanning.IntegrationTests.Hosting;
using SalesPlanning.IntegrationTests.Support;
using SalesPlanning.TestSupport;

namespace SalesPlanning.IntegrationTests.Hardening;

/// <summary>
/// Issue 16, faults to survive: PostgreSQL stops for about five seconds while a rep saves a week every
/// quarter second. Every save during the outage answers 503 problem details with Retry-After and the
/// message in the caller's language, none answers 500, nothing is half-written, and saves succeed again
/// within seconds of the database's return.
/// </summary>
public class DatabaseOutageSurvive(OutageAppFixture fixture) : IClassFixture<OutageAppFixture>
{
    private static readonly TimeSpan SaveEvery = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(5);

    [OwnedClusterFact]
    public async Task AnswersSavesWith503WhileTheDatabaseIsDownAndSavesAgainOnceItIsBack()
    {
        using var client = fixture.App.CreateRawClient();
        var token = (await HttpSignIn.LoginAsync(client, DemoUsers.Rep(1))).AccessToken;
        var saves = new ConcurrentQueue<Save>();
        using var stop = new CancellationTokenSource();
        var clock = Stopwatch.StartNew();

        var saver = Task.Run(async () =>
        {
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                saves.Enqueue(await SaveAsync(client, token, i, clock));
                await Task.Delay(SaveEvery);
            }
        });

        await Task.Delay(TimeSpan.FromSeconds(1.5));
        var down = clock.Elapsed;
        await fixture.Cluster.StopServerAsync();
        var readyDuringOutage = new List<HttpStatusCode>();
        while (clock.Elapsed - down < Outage)
        {
            using var ready = await client.GetAsync("health/ready");
            readyDuringOutage.Add(ready.StatusCode);
            await Task.Delay(500);
        }

        // The server may accept connections a moment before StartServerAsync returns: what finished before the
        // restart began met a stopped server for sure.
        var restarting = clock.Elapsed;
        await fixture.Cluster.StartServerAsync();
        var up = clock.Elapsed;
        while (clock.Elapsed - up < TimeSpan.FromSeconds(10) && !saves.Any(s => s.Started > up && s.Status == HttpStatusCode.OK))
        {
            await Task.Delay(100);
        }

        await Task.Delay(TimeSpan.FromSeconds(1));
        await stop.CancelAsync();
        await saver;

        var all = saves.ToList();
        var report = string.Join('\n', all.Select(s => s.ToString()));
        all.ShouldAllBe(s => s.Status == HttpStatusCode.OK || s.Status == HttpStatusCode.ServiceUnavailable, report);
        all.Where(s => s.Finished < down).ShouldAllBe(s => s.Status == HttpStatusCode.OK, report);
        var duringOutage = all.Where(s => s.Started > down && s.Finished < restarting).ToList();
        duringOutage.Count.ShouldBeGreaterThan(10, report);
        duringOutage.ShouldAllBe(s => s.Status == HttpStatusCode.ServiceUnavailable, report);
        foreach (var refused in all.Where(s => s.Status == HttpStatusCode.ServiceUnavailable))
        {
            refused.RetryAfter.ShouldNotBeNull(report);
            refused.RetryAfter.Value.ShouldBeGreaterThan(TimeSpan.Zero);
            refused.ContentType.ShouldBe("application/problem+json", refused.Body);
            using var problem = JsonDocument.Parse(refused.Body);
            problem.RootElement.GetProperty("status").GetInt32().ShouldBe(503);
            problem.RootElement.TryGetProperty("traceId", out _).ShouldBeTrue(refused.Body);
            var title = problem.RootElement.GetProperty("title").GetString()!;
            Problem.IsChinese(title).ShouldBe(refused.Language == "zh-CN", title);
            title.ShouldContain(refused.Language == "zh-CN" ? "数据库" : "database");
            refused.Body.ShouldNotContain("Exception");
        }

        var backAt = all.Where(s => s.Started > up && s.Status == HttpStatusCode.OK).Min(s => (TimeSpan?)s.Finished);
        backAt.ShouldNotBeNull(report);
        (backAt.Value - up).ShouldBeLessThan(TimeSpan.FromSeconds(5), report);
        readyDuringOutage.ShouldNotBeEmpty();
        readyDuringOutage.ShouldAllBe(s => s == HttpStatusCode.ServiceUnavailable);

        // Nothing half-written: exactly the acknowledged weeks are stored, each with its audit trail.
        var stored = await fixture.StoredWeeksAsync();
        var acknowledged = all.Where(s => s.Status == HttpStatusCode.OK).Select(s => s.Key).ToHashSet();
        stored.Entries.Order().ShouldBe(acknowledged.Order(), report);
        stored.Audited.Order().ShouldBe(acknowledged.Order(), report);
    }

    private static async Task<Save> SaveAsync(HttpClient client, string token, int i, Stopwatch clock)
    {
        // A new week each time (no version to carry): 2031-01 W1, W2, W3, W4, 2031-02 W1 …
        var period = new DateOnly(2031, 1, 1).AddMonths(i / 4).ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var week = (i % 4) + 1;
        var language = i % 2 == 0 ? "en" : "zh-CN";
        using var request = new HttpRequestMessage(HttpMethod.Put, $"api/v1/progress/{period}/weeks/{week}")
        {
            Content = JsonContent.Create(ProgressApi.Week(100m + i, 1, 50m, note: "outage"), options: TargetsApi.Json),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.TryAddWithoutValidation("Accept-Language", language);
        var started = clock.Elapsed;
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        return new Save($"{period}/W{week}", language, started, clock.Elapsed, response.StatusCode,
            response.Headers.RetryAfter?.Delta, response.Content.Headers.ContentType?.MediaType, body);
    }

    private sealed record Save(
        string Key, string Language, TimeSpan Started, TimeSpan Finished, HttpStatusCode Status, TimeSpan? RetryAfter, string? ContentType, string Body)
    {
        public override string ToString() =>
            FormattableString.Invariant($"{Started.TotalSeconds:F2}–{Finished.TotalSeconds:F2} s {Key} {Language}: {(int)Status} {Body[..Math.Min(Body.Length, 160)]}");
    }
}

/// <summary>The demo company in Production mode on a PostgreSQL cluster of its own, which the test stops and starts.</summary>
public sealed class OutageAppFixture() : OwnClusterApp(demoData: true, environment: "Production")
{
    /// <summary>The weeks stored from 2031 on ("2031-01/W1"), and those with an audit entry.</summary>
    public async Task<(IReadOnlyList<string> Entries, IReadOnlyList<string> Audited)> StoredWeeksAsync()
    {
        await using var connection = new NpgsqlConnection(Cluster.ConnectionString(DatabaseName));
        await connection.OpenAsync();
        var entries = await ReadAsync(connection,
            "SELECT (period_key / 100)::text || '-' || lpad((period_key % 100)::text, 2, '0') || '/W' || week_number FROM progress_entries WHERE period_key >= 203101");
        var audited = await ReadAsync(connection,
            "SELECT DISTINCT split_part(entity_key, '/', 1) || '/' || split_part(entity_key, '/', 2) FROM audit_entries WHERE entity_type = 'ProgressEntry' AND entity_key >= '2031'");
        return (entries, audited);
    }

    private static async Task<IReadOnlyList<string>> ReadAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }
}
