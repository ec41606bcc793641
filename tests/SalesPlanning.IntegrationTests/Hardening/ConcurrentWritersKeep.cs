using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SalesPlanning.IntegrationTests.Support;
using Xunit.Abstractions;

namespace SalesPlanning.IntegrationTests.Hardening;

/// <summary>
/// Issue 16, faults to survive: 32 clients (the twelve demo reps, up to three clients each) save weeks
/// through the API in parallel for about five seconds, in Production mode. Every acknowledged write is in
/// the database with the acknowledged figures; no error, nothing lost, nothing duplicated.
/// </summary>
public class ConcurrentWritersKeep(ProductionAppFixture fixture, ITestOutputHelper output) : IClassFixture<ProductionAppFixture>
{
    private const int Clients = 32;
    private const int Reps = 12;
    private static readonly TimeSpan RunFor = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task KeepEveryAcknowledgedWriteOnceWithoutErrors()
    {
        var tokens = new Dictionary<int, string>();
        for (var rep = 1; rep <= Reps; rep++)
        {
            tokens[rep] = await fixture.TokenAsync(DemoUsers.Rep(rep));
        }

        var acknowledged = new ConcurrentDictionary<(int Rep, int PeriodKey, int Week), decimal>();
        var failures = new ConcurrentQueue<string>();
        var writes = 0;
        using var start = new SemaphoreSlim(0, Clients);
        var clock = new Stopwatch();

        var clients = Enumerable.Range(0, Clients).Select(c => Task.Run(async () =>
        {
            // Client c writes for rep c % 12 + 1 in a decade of its own, so that no two clients write the same week.
            var rep = (c % Reps) + 1;
            var firstMonth = new DateOnly(2040 + (c / Reps * 10), 1, 1);
            using var http = fixture.App.CreateRawClient();
            var api = new ProgressApi(http, tokens[rep]);
            uint? previousVersion = null;
            await start.WaitAsync();
            for (var i = 0; clock.Elapsed < RunFor; i++)
            {
                // Odd turns replace the week written just before (with its version); even turns create a new one.
                var slot = i / 2;
                var month = firstMonth.AddMonths(slot / 4);
                var week = (slot % 4) + 1;
                var amount = 1_000m + c + (i * 0.01m);
                var period = month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
                using var response = await api.PutWeekAsync(period, week, ProgressApi.Week(amount, i, Math.Round(amount / 2, 2), i % 2 == 1 ? previousVersion : null));
                Interlocked.Increment(ref writes);
                var body = await response.Content.ReadAsStringAsync();
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    failures.Enqueue($"client {c} {period}/W{week}: {(int)response.StatusCode} {body}");
                    previousVersion = null;
                    continue;
                }

                previousVersion = JsonDocument.Parse(body).RootElement.GetProperty("version").GetUInt32();
                acknowledged[(rep, (month.Year * 100) + month.Month, week)] = amount;
            }
        })).ToList();

        clock.Start();
        start.Release(Clients);
        await Task.WhenAll(clients);
        clock.Stop();

        failures.ShouldBeEmpty(string.Join('\n', failures.Take(20)));
        await using var db = fixture.CreateDbContext();
        var repIds = Enumerable.Range(1, Reps).ToDictionary(fixture.Ids.Rep);
        var stored = (await db.ProgressEntries.Where(e => e.PeriodKey >= 204001)
                .Select(e => new { e.RepId, e.PeriodKey, e.WeekNumber, e.Figures.SalesAmount })
                .ToListAsync())
            .Select(e => (Key: (Rep: repIds[e.RepId], e.PeriodKey, Week: e.WeekNumber), e.SalesAmount))
            .ToList();
        var duplicated = stored.GroupBy(e => e.Key).Count(g => g.Count() > 1);
        var lost = acknowledged.Count(a => !stored.Any(s => s.Key == a.Key && s.SalesAmount == a.Value));
        var unacknowledged = stored.Count(s => !acknowledged.ContainsKey(s.Key));
        output.WriteLine(FormattableString.Invariant(
            $"{Clients} clients, {clock.Elapsed.TotalSeconds:F1} s: {writes} writes ({writes / clock.Elapsed.TotalSeconds:F0}/s), {acknowledged.Count} weeks acknowledged, {stored.Count} stored, {lost} lost, {duplicated} duplicated, {failures.Count} errors"));

        writes.ShouldBeGreaterThan(Clients * 2, "every client wrote more than once");
        lost.ShouldBe(0);
        duplicated.ShouldBe(0);
        unacknowledged.ShouldBe(0);
        stored.Count.ShouldBe(acknowledged.Count);
    }
}
