using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using SalesPlanning.Application.Actuals;
using SalesPlanning.Application.Alerts;
using SalesPlanning.Application.Dashboards;
using SalesPlanning.Application.Persistence;
using SalesPlanning.Application.Plans;
using SalesPlanning.Application.Progress;
using SalesPlanning.Application.Settings;
using SalesPlanning.Application.Targets;

namespace SalesPlanning.Benchmark;

/// <summary>
/// The application services the operations call, wired as the app wires them
/// (src/SalesPlanning.Web/Hosting/Services.cs) and as the integration tests build them: one
/// context factory with the options built once, the system clock, no logging.
/// </summary>
internal sealed class AppServices
{
    public AppServices(string connectionString, Action<string>? sqlLog = null)
    {
        Contexts = new ContextFactory(connectionString, sqlLog);
        var time = TimeProvider.System;
        var actuals = new ActualsQuery(Contexts);
        var settings = new SettingsQuery(Contexts);
        Dashboards = new DashboardService(Contexts, actuals, time);
        Alerts = new AlertService(Contexts, actuals, settings, time);
        PlanReview = new PlanReviewQuery(Contexts, actuals);
        Plans = new PlanService(Contexts, settings, time, NullLogger<PlanService>.Instance);
        Targets = new TargetService(Contexts, actuals, time, NullLogger<TargetService>.Instance);
        Progress = new ProgressService(Contexts, new PlanPeriodLock(Contexts), actuals, Targets, time, NullLogger<ProgressService>.Instance);
    }

    public IDbContextFactory<SalesPlanningDbContext> Contexts { get; }

    public DashboardService Dashboards { get; }

    public AlertService Alerts { get; }

    public PlanReviewQuery PlanReview { get; }

    public PlanService Plans { get; }

    public TargetService Targets { get; }

    public ProgressService Progress { get; }

    private sealed class ContextFactory : IDbContextFactory<SalesPlanningDbContext>
    {
        private readonly DbContextOptions<SalesPlanningDbContext> _options;

        public ContextFactory(string connectionString, Action<string>? sqlLog)
        {
            var builder = new DbContextOptionsBuilder<SalesPlanningDbContext>().UseNpgsql(connectionString);
            if (sqlLog is not null)
            {
                builder.LogTo(sqlLog, [RelationalEventId.CommandExecuted], LogLevel.Information, DbContextLoggerOptions.None)
                    .EnableSensitiveDataLogging();
            }

            _options = builder.Options;
        }

        public SalesPlanningDbContext CreateDbContext() => new(_options);
    }
}
