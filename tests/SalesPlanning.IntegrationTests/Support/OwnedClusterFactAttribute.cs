using SalesPlanning.TestSupport;

namespace SalesPlanning.IntegrationTests.Support;

/// <summary>
/// A test that stops and starts PostgreSQL: it needs a cluster of its own, so it is skipped when the
/// tests run against an external server (<c>SALESPLANNING_TEST_PG</c>).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class OwnedClusterFactAttribute : FactAttribute
{
    public OwnedClusterFactAttribute()
    {
        if (!string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(PostgresCluster.AdminConnectionStringVariable)))
        {
            Skip = $"{PostgresCluster.AdminConnectionStringVariable} names an external server, which the tests may not stop.";
        }
    }
}
