using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using SalesPlanning.Application.Persistence;

namespace SalesPlanning.DesignTime;

/// <summary>Lets dotnet-ef build the model without starting the web host.</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<SalesPlanningDbContext>
{
    public SalesPlanningDbContext CreateDbContext(string[] args)
    {
        // Only "migrations add/script" run here; they need no live server.
        var connection = Environment.GetEnvironmentVariable("ConnectionStrings__SalesPlanning")
            ?? "Host=127.0.0.1;Database=salesplanning_design;Username=postgres";
        var options = new DbContextOptionsBuilder<SalesPlanningDbContext>()
            .UseNpgsql(connection, npgsql => npgsql.MigrationsAssembly(typeof(SalesPlanningDbContext).Assembly.GetName().Name))
            .Options;
        return new SalesPlanningDbContext(options);
    }
}
