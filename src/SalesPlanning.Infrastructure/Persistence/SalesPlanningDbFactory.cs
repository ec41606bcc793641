using Microsoft.EntityFrameworkCore;
using SalesPlanning.Application.Persistence;

namespace SalesPlanning.Infrastructure.Persistence;

/// <summary>Hands the use cases EF Core's pooled context factory behind Application's interface.</summary>
public sealed class SalesPlanningDbFactory(IDbContextFactory<SalesPlanningDbContext> contexts) : ISalesPlanningDbFactory
{
    public ISalesPlanningDb CreateDbContext() => contexts.CreateDbContext();

    public async Task<ISalesPlanningDb> CreateDbContextAsync(CancellationToken cancellationToken = default) =>
        await contexts.CreateDbContextAsync(cancellationToken);
}
