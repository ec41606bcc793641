namespace SalesPlanning.Application.Actuals;

// Stopgap until the aged-collections figures land (branch aged): every collection counts as up to 3 months.
public sealed record AgedCollections(decimal UpTo3Months, decimal From3To6Months, decimal Over6Months);

public static class AgedCollectionsStopgap
{
    public static async Task<IReadOnlyDictionary<Guid, AgedCollections>> AgedCollectionsByRepAsync(
        this ActualsQuery actuals, Domain.Common.Period period, ActualsFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actuals);
        var byRep = await actuals.ByAsync(period, Domain.Targets.Dimension.Rep, filter, cancellationToken);
        return byRep.ToDictionary(r => r.Key, r => new AgedCollections(r.Value.Collections, 0m, 0m));
    }
}
