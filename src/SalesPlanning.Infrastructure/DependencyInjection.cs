using System.Data.Common;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;
using SalesPlanning.Application.Notifications;
using SalesPlanning.Application.Persistence;
using SalesPlanning.Infrastructure.Jobs;
using SalesPlanning.Infrastructure.Notifications;
using SalesPlanning.Infrastructure.Identity;
using SalesPlanning.Infrastructure.Persistence;

namespace SalesPlanning.Infrastructure;

public static class DependencyInjection
{
    /// <summary>
    /// PostgreSQL through EF Core: a context factory (one context per operation), Application's
    /// <see cref="ISalesPlanningDbFactory"/>, the migrator, the sign-in session store, and the data-protection key ring in the
    /// database so that every app instance shares sign-in cookies and antiforgery tokens.
    /// The connection string is read when the container is built, so that settings a host adds
    /// late (tests) are seen.
    /// </summary>
    public static IServiceCollection AddSalesPlanningPersistence(this IServiceCollection services)
    {
        // Pooled: a context's EF services (change tracker, state manager, query context …) are built once per pooled instance
        // and reset between units of work, instead of a DI scope of them for every unit of work. In a profile of the weekly save
        // under load, building them was 9 % of the app's samples (issue 17); the saves a second did not move beyond this
        // machine's run-to-run noise. The context keeps no state of its own between units of work.
        services.AddPooledDbContextFactory<SalesPlanningDbContext>((sp, options) =>
        {
            var connectionString = sp.GetRequiredService<IConfiguration>().GetConnectionString("SalesPlanning");
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new InvalidOperationException(
                    "Connection string 'SalesPlanning' is not set: set ConnectionStrings__SalesPlanning or use ./run.sh.");
            }

            SalesPlanningDbContext.Configure(options, WithPoolSettings(connectionString));
        });
        services.AddSingleton<ISalesPlanningDbFactory, SalesPlanningDbFactory>();
        // The scoped context Identity's stores use, for work that must share their transaction
        // (the demo seeder creates users through UserManager).
        services.TryAddScoped(sp => sp.GetRequiredService<IDbContextFactory<SalesPlanningDbContext>>().CreateDbContext());
        services.AddScoped<ISalesPlanningDb>(sp => sp.GetRequiredService<SalesPlanningDbContext>());
        services.AddScoped<DatabaseMigrator>();
        services.AddSingleton<ITicketStore, DatabaseTicketStore>();
        services.AddDataProtection()
            .SetApplicationName("SalesPlanning")
            .PersistKeysToDbContext<SalesPlanningDbContext>();
        return services;
    }

    /// <summary>The statements a connection prepares by itself once it has run them a few times (Npgsql's default is none).</summary>
    public const int AutoPreparedStatements = 64;

    /// <summary>
    /// The connection string with two of Npgsql's pool defaults changed, each unless the string sets it itself (issue 17,
    /// docs/performance.md):
    /// <list type="bullet">
    /// <item><c>Max Auto Prepare</c>: each pooled connection keeps the statements it runs most often prepared, so PostgreSQL
    /// parses and plans them once instead of on every call. Under 32 users it cut the database's CPU per request by 30–55 %
    /// and raised the throughput of the dashboards' reads and the weekly save 1.3–1.9 times.</item>
    /// <item><c>No Reset On Close</c>: a connection taken from the pool is not reset first. The reset is seven statements
    /// (<c>CLOSE ALL</c>, <c>UNLISTEN *</c>, <c>RESET ALL</c>, <c>pg_advisory_unlock_all()</c> …) sent with the next command,
    /// and every unit of work takes a connection of its own, about four a request. The app leaves nothing on a pooled
    /// connection to reset: it sets no session settings, makes no temporary tables, listens on a connection outside the pool
    /// (live updates), holds the migrator's advisory lock on a connection outside the pool, and the demo seeder's lock ends
    /// with its transaction. Npgsql still rolls back a transaction left open.</item>
    /// </list>
    /// </summary>
    public static string WithPoolSettings(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        // Npgsql's builder cannot tell a setting left out from one written with its default value; the plain builder can.
        var written = new DbConnectionStringBuilder { ConnectionString = connectionString }.Keys.Cast<string>()
            .Select(k => k.Replace(" ", "", StringComparison.Ordinal))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (!written.Contains(nameof(NpgsqlConnectionStringBuilder.MaxAutoPrepare)))
        {
            builder.MaxAutoPrepare = AutoPreparedStatements;
        }

        if (!written.Contains(nameof(NpgsqlConnectionStringBuilder.NoResetOnClose)))
        {
            builder.NoResetOnClose = true;
        }

        return builder.ConnectionString;
    }

    /// <summary>
    /// Notifications' ties to the outside (issue 15): live updates from PostgreSQL (one LISTEN connection per
    /// instance, a hosted service), mail over SMTP (section <c>SalesPlanning:Mail</c>), and the scheduled jobs
    /// (Quartz, clustered on the database; section <c>SalesPlanning:Jobs</c>).
    /// </summary>
    public static IServiceCollection AddSalesPlanningNotifications(this IServiceCollection services)
    {
        services.AddSingleton<PostgresLiveUpdates>();
        services.AddSingleton<ILiveUpdates>(sp => sp.GetRequiredService<PostgresLiveUpdates>());
        services.AddHostedService(sp => sp.GetRequiredService<PostgresLiveUpdates>());
        services.AddOptions<MailOptions>().BindConfiguration(MailOptions.Section);
        services.AddSingleton<IMailSender, SmtpMailSender>();
        services.AddSalesPlanningJobs();
        return services;
    }
}
