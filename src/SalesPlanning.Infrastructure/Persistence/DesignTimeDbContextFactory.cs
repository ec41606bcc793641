using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace SalesPlanning.Infrastructure.Persistence;

/// <summary>
/// Lets dotnet-ef build the model from this project alone, without starting the web host
/// (README, "Adding a migration").
/// </summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<SalesPlanningDbContext>
{
    public SalesPlanningDbContext CreateDbContext(string[] args)
    {
        // "migrations add", "has-pending-model-changes" and "script" need no live server.
        var connection = Environment.GetEnvironmentVariable("ConnectionStrings__SalesPlanning")
            ?? "Host=127.0.0.1;Database=salesplanning_design;Username=postgres";
        return new SalesPlanningDbContext(SalesPlanningDbContext.Configure(new DbContextOptionsBuilder<SalesPlanningDbContext>(), connection).Options);
    }
}
