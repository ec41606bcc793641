using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using SalesPlanning.Application.Actuals;
using SalesPlanning.Application.Alerts;
using SalesPlanning.Application.Dashboards;
using SalesPlanning.Infrastructure.Persistence;
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
        var db = new SalesPlanningDbFactory(Contexts);
        var time = TimeProvider.System;
        var actuals = new ActualsQuery(db);
        var settings = new SettingsQuery(db);
        Actuals = actuals;
        Settings = settings;
        Dashboards = new DashboardService(db, actuals, time);
        Alerts = new AlertService(db, actuals, settings, new AlertWindowCache(), time);
        PlanReview = new PlanReviewQuery(db, actuals);
        Plans = new PlanService(db, settings, time, NullLogger<PlanService>.Instance);
        Targets = new TargetService(db, actuals, time, NullLogger<TargetService>.Instance);
        Progress = new ProgressService(db, Dashboards, time, NullLogger<ProgressService>.Instance);
    }

    public IDbContextFactory<SalesPlanningDbContext> Contexts { get; }

    public ActualsQuery Actuals { get; }

    public SettingsQuery Settings { get; }

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
            var builder = SalesPlanningDbContext.Configure(new DbContextOptionsBuilder<SalesPlanningDbContext>(), connectionString);
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
