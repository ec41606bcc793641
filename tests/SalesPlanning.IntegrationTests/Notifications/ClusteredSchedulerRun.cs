using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using Quartz;
using SalesPlanning.Infrastructure.Jobs;
using SalesPlanning.TestSupport;

namespace SalesPlanning.IntegrationTests.Notifications;

/// <summary>
/// Issue 15: the app's scheduler (<see cref="JobRegistration.UseClusteredStore"/>, on the migrated database's
/// quartz schema) run by two instances on one database: each firing of a job runs on one of them, never both.
/// </summary>
public class ClusteredSchedulerRun
{
    [Fact]
    public async Task RunsEachFiringOnceWhenTwoInstancesShareTheDatabase()
    {
        var connectionString = await TestDatabases.CreateMigratedAsync();
        await ExecuteAsync(connectionString, "CREATE TABLE job_runs (instance text NOT NULL, fired_at bigint NOT NULL)");
        using var first = Instance(connectionString, "first");
        using var second = Instance(connectionString, "second");

        await Task.WhenAll(first.StartAsync(), second.StartAsync());
        await Task.Delay(TimeSpan.FromSeconds(7));
        // Both take part: each has checked in to the cluster.
        var members = (await QueryAsync(connectionString, "SELECT count(DISTINCT instance_name) FROM quartz.qrtz_scheduler_state", r => r.GetInt64(0))).Single();
        await Task.WhenAll(first.StopAsync(), second.StopAsync());

        var runs = await QueryAsync(connectionString, "SELECT instance, fired_at FROM job_runs", r => (Instance: r.GetString(0), FiredAt: r.GetInt64(1)));
        runs.Count.ShouldBeGreaterThanOrEqualTo(4, "a firing every 500 ms for 7 s");
        runs.Select(r => r.FiredAt).Distinct().Count().ShouldBe(runs.Count, "a firing ran on both instances");
        members.ShouldBe(2);
    }

    private static IHost Instance(string connectionString, string name) =>
        Host.CreateDefaultBuilder()
            .ConfigureAppConfiguration(c => c.AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:SalesPlanning"] = connectionString }))
            .ConfigureServices(services =>
            {
                services.AddSingleton(new InstanceName(name, connectionString));
                services.AddQuartz(q =>
                {
                    q.UseClusteredStore();
                    q.ConfigureScheduler(s => s.IdleWaitTime = TimeSpan.FromSeconds(1));
                    q.AddJob<CountingJob>(j => j.WithIdentity(CountingJob.Key).StoreDurably());
                    q.AddTrigger(t => t.ForJob(CountingJob.Key).WithIdentity("counting")
                        .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromMilliseconds(500)).RepeatForever()));
                });
                services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
            })
            .Build();

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<List<T>> QueryAsync<T>(string connectionString, string sql, Func<NpgsqlDataReader, T> read)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync())
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    internal sealed record InstanceName(string Name, string ConnectionString);

    [DisallowConcurrentExecution]
    internal sealed class CountingJob(InstanceName instance) : IJob
    {
        public static readonly JobKey Key = new("counting", "tests");

        public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
        {
            await using var connection = new NpgsqlConnection(instance.ConnectionString);
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand("INSERT INTO job_runs (instance, fired_at) VALUES (@i, @f)", connection);
            command.Parameters.AddWithValue("i", instance.Name);
            command.Parameters.AddWithValue("f", context.ScheduledFireTimeUtc!.Value.ToUnixTimeMilliseconds());
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
