using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SalesPlanning.Application.Persistence;
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
        services.AddDbContextFactory<SalesPlanningDbContext>((sp, options) =>
        {
            var connectionString = sp.GetRequiredService<IConfiguration>().GetConnectionString("SalesPlanning");
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new InvalidOperationException(
                    "Connection string 'SalesPlanning' is not set: set ConnectionStrings__SalesPlanning or use ./run.sh.");
            }

            options.UseNpgsql(connectionString);
        });
        services.AddSingleton<ISalesPlanningDbFactory, SalesPlanningDbFactory>();
        // The scoped context Identity's stores use, for work that must share their transaction
        // (the demo seeder creates users through UserManager).
        services.AddScoped<ISalesPlanningDb>(sp => sp.GetRequiredService<SalesPlanningDbContext>());
        services.AddScoped<DatabaseMigrator>();
        services.AddSingleton<ITicketStore, DatabaseTicketStore>();
        services.AddDataProtection()
            .SetApplicationName("SalesPlanning")
            .PersistKeysToDbContext<SalesPlanningDbContext>();
        return services;
    }
}
