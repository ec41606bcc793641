using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Quartz;
using SalesPlanning.Application.Notifications;

namespace SalesPlanning.Infrastructure.Jobs;

/// <summary>
/// Settings of the scheduled work (section <c>SalesPlanning:Jobs</c>): whether this instance runs jobs,
/// and how often each runs.
/// </summary>
public sealed class JobOptions
{
    public const string Section = "SalesPlanning:Jobs";

    /// <summary>False leaves this instance out of the scheduler cluster (tests that want no background work).</summary>
    public bool Enabled { get; set; } = true;
    public int OutboxSeconds { get; set; } = 10;
    public int DeadlineMinutes { get; set; } = 15;
    public int AlertMinutes { get; set; } = 60;

    /// <summary>How long read notifications (and their mails) are kept, in days; unread ones stay.</summary>
    public int KeepReadDays { get; set; } = 90;

    /// <summary>When missed weeks are told (Quartz cron, the server's time zone): Mondays at noon.</summary>
    public string WeeklyReminderCron { get; set; } = "0 0 12 ? * MON";
}

/// <summary>Sends the mails that are due (the outbox).</summary>
[DisallowConcurrentExecution]
internal sealed class OutboxJob(MailOutbox outbox) : IJob
{
    public static readonly JobKey Key = new("outbox", "notifications");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await outbox.SendDueAsync(50, cancellationToken);
}

/// <summary>Tells directors and managers of submitted plans past their review deadline.</summary>
[DisallowConcurrentExecution]
internal sealed class ReviewDeadlineJob(Reminders reminders) : IJob
{
    public static readonly JobKey Key = new("review-deadlines", "notifications");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await reminders.OverdueReviewsAsync(cancellationToken);
}

/// <summary>Tells reps whose last week has no entry, and managers of reps who missed two.</summary>
[DisallowConcurrentExecution]
internal sealed class WeeklyReminderJob(Reminders reminders) : IJob
{
    public static readonly JobKey Key = new("weekly-reminders", "notifications");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await reminders.MissedWeeksAsync(cancellationToken);
}

/// <summary>Evaluates the alerts of DESIGN §6 and tells each new one to the rep's manager and the directors.</summary>
[DisallowConcurrentExecution]
internal sealed class AlertJob(Reminders reminders) : IJob
{
    public static readonly JobKey Key = new("alerts", "notifications");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await reminders.NewAlertsAsync(cancellationToken);
}

/// <summary>Removes read notifications past their keeping time, with their mails.</summary>
[DisallowConcurrentExecution]
internal sealed class RetentionJob(Reminders reminders, IOptions<JobOptions> options) : IJob
{
    public static readonly JobKey Key = new("retention", "notifications");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await reminders.ForgetOldAsync(options.Value.KeepReadDays, cancellationToken);
}

public static class JobRegistration
{
    /// <summary>The scheduler's name: every instance of the app joins one cluster of this name.</summary>
    public const string SchedulerName = "SalesPlanning";

    /// <summary>
    /// Quartz with its PostgreSQL job store (schema quartz, from the migration <c>Notifications</c>) in clustered mode:
    /// with several app instances on one database, each firing runs on one of them. A job that throws is
    /// logged by Quartz and runs again at its next firing. Off when <see cref="JobOptions.Enabled"/> is false.
    /// </summary>
    public static IServiceCollection AddSalesPlanningJobs(this IServiceCollection services)
    {
        // Read when the container is built, so that settings a host adds late (tests) are seen.
        services.AddOptions<JobOptions>().BindConfiguration(JobOptions.Section);
        services.AddQuartz(q =>
        {
            q.UseClusteredStore();

            q.AddJob<OutboxJob>(j => j.WithIdentity(OutboxJob.Key).StoreDurably());
            q.AddTrigger((sp, t) => t.ForJob(OutboxJob.Key).WithIdentity("outbox", "notifications")
                .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromSeconds(Options(sp).OutboxSeconds)).RepeatForever()));
            q.AddJob<ReviewDeadlineJob>(j => j.WithIdentity(ReviewDeadlineJob.Key).StoreDurably());
            q.AddTrigger((sp, t) => t.ForJob(ReviewDeadlineJob.Key).WithIdentity("review-deadlines", "notifications")
                .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromMinutes(Options(sp).DeadlineMinutes)).RepeatForever()));
            q.AddJob<AlertJob>(j => j.WithIdentity(AlertJob.Key).StoreDurably());
            q.AddTrigger((sp, t) => t.ForJob(AlertJob.Key).WithIdentity("alerts", "notifications")
                .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromMinutes(Options(sp).AlertMinutes)).RepeatForever()));
            q.AddJob<RetentionJob>(j => j.WithIdentity(RetentionJob.Key).StoreDurably());
            q.AddTrigger(t => t.ForJob(RetentionJob.Key).WithIdentity("retention", "notifications")
                .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromHours(24)).RepeatForever()));
            q.AddJob<WeeklyReminderJob>(j => j.WithIdentity(WeeklyReminderJob.Key).StoreDurably());
            q.AddTrigger((sp, t) => t.ForJob(WeeklyReminderJob.Key).WithIdentity("weekly-reminders", "notifications")
                .WithCronSchedule(Options(sp).WeeklyReminderCron));
        });
        services.AddQuartzHostedService(o =>
        {
            o.WaitForJobsToComplete = true;
            // Start-up does not wait for the scheduler's first database round.
            o.AwaitApplicationStarted = true;
        });
        // An instance with jobs off never starts its scheduler, so it takes no firing.
        services.AddOptions<QuartzHostedServiceOptions>().Configure<IOptions<JobOptions>>((o, jobs) => o.AutoStart = jobs.Value.Enabled);
        return services;
    }

    /// <summary>
    /// The scheduler of every instance: one name, an instance id of its own, the job store in the database's
    /// <c>quartz</c> schema (connection string "SalesPlanning"), clustered, job data stored as strings.
    /// </summary>
    private static JobOptions Options(IServiceProvider services) => services.GetRequiredService<IOptions<JobOptions>>().Value;

    public static IQuartzBuilder UseClusteredStore(this IQuartzBuilder q)
    {
        ArgumentNullException.ThrowIfNull(q);
        q.ConfigureScheduler(s =>
        {
            s.InstanceName = SchedulerName;
            // Unique per process start, also for two instances in one process (tests).
            s.InstanceId = $"{Environment.MachineName}-{Guid.NewGuid():N}";
            s.IdleWaitTime = TimeSpan.FromSeconds(5);
        });
        q.UsePersistentStore(store =>
        {
            store.ConfigureStore(s =>
            {
                s.TablePrefix = "quartz.qrtz_";
                s.StoreJobDataAsStrings = true;
            });
            store.UsePostgres(ds => ds.ConnectionStringName = "SalesPlanning");
            store.UseClustering(c =>
            {
                c.CheckinInterval = TimeSpan.FromSeconds(10);
                c.CheckinMisfireThreshold = TimeSpan.FromSeconds(20);
            });
            store.UseSystemTextJsonSerializer(null);
        });
        return q;
    }
}
