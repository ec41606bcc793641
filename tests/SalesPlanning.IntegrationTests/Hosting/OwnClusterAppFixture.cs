using System.Diagnostics.CodeAnalysis;
using SalesPlanning.TestSupport;

namespace SalesPlanning.IntegrationTests.Hosting;

/// <summary>
/// The app on a PostgreSQL cluster of its own (not the run's shared one), so that a test may stop
/// and restart the server. No demo data: it is not needed and start-up is quicker.
/// </summary>
public sealed class OwnClusterAppFixture() : OwnClusterApp(demoData: false, environment: "Development");

/// <summary>The app (with or without the demo company, in an environment) on a PostgreSQL cluster of its own.</summary>
[SuppressMessage("Design", "CA1001", Justification = "xunit disposes fixtures through IAsyncLifetime.DisposeAsync.")]
public abstract class OwnClusterApp(bool demoData, string environment) : IAsyncLifetime
{
    protected const string DatabaseName = "salesplanning";
    private PostgresCluster? _cluster;
    private SalesPlanningApp? _app;

    public PostgresCluster Cluster => _cluster ?? throw new InvalidOperationException("The cluster has not started.");

    public SalesPlanningApp App => _app ?? throw new InvalidOperationException("The app has not started.");

    public async Task InitializeAsync()
    {
        _cluster = await PostgresCluster.StartAsync();
        await _cluster.CreateDatabaseAsync(DatabaseName);
        _app = new SalesPlanningApp(_cluster.ConnectionString(DatabaseName), demoData, environment: environment);
        _app.StartServer();
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
        }
    }
}
