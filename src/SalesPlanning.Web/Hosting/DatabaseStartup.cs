using SalesPlanning.Application.Demo;
using SalesPlanning.Application.Identity;
using SalesPlanning.Infrastructure.Persistence;

namespace SalesPlanning.Web.Hosting;

internal static class DatabaseStartup
{
    /// <summary>
    /// Applies migrations (under a lock, so instances starting together are safe), loads the demo
    /// company into an empty database when SalesPlanning:DemoData is on, and creates the first
    /// admin when SalesPlanning:BootstrapAdmin is set and there is none (in that order, because
    /// the demo company is only loaded into a database without users).
    /// Returns false when the app should not serve: <c>--migrate-only</c>, or <c>--rebuild-summaries</c>
    /// (recompute the monthly summaries from the raw rows, ADR 0009, then exit).
    /// </summary>
    public static async Task<bool> PrepareDatabaseAsync(this WebApplication app, string[] args)
    {
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync();
        }

        if (args.Contains("--migrate-only"))
        {
            app.Logger.LogInformation("Migrations applied; exiting because of --migrate-only");
            return false;
        }

        if (args.Contains("--rebuild-summaries"))
        {
            await using var scope = app.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().RebuildSummariesAsync();
            app.Logger.LogInformation("Monthly summaries rebuilt; exiting because of --rebuild-summaries");
            return false;
        }

        if (app.Configuration.GetValue<bool>("SalesPlanning:DemoData"))
        {
            await using var scope = app.Services.CreateAsyncScope();
            var signIns = await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedIfEmptyAsync(withPlans: app.Configuration.GetValue<bool>("SalesPlanning:DemoPlans"));
            if (signIns.Count > 0)
            {
                PrintDemoSignIns(signIns);
            }
        }

        var adminEmail = app.Configuration["SalesPlanning:BootstrapAdmin:Email"];
        var adminPassword = app.Configuration["SalesPlanning:BootstrapAdmin:Password"];
        if (!string.IsNullOrWhiteSpace(adminEmail) && !string.IsNullOrEmpty(adminPassword))
        {
            await using var scope = app.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<AdminBootstrapper>().EnsureAdminAsync(adminEmail, adminPassword);
        }

        return true;
    }

    private static void PrintDemoSignIns(IReadOnlyList<DemoSignIn> signIns)
    {
        // Written to the console, not the log: these are for the person who ran ./run.sh.
        Console.WriteLine();
        Console.WriteLine("Demo sign-ins (password for all: {0}):", DemoDataSeeder.Password);
        foreach (var s in signIns)
        {
            Console.WriteLine("  {0,-9} {1,-26} {2}", s.Role, s.Email, s.DisplayName);
        }

        Console.WriteLine();
    }
}
