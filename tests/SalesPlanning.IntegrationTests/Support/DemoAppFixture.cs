using SalesPlanning.TestSupport;

namespace SalesPlanning.IntegrationTests.Support;

/// <summary>The app on Kestrel with the demo company, on a database of its own; one per test class.</summary>
public sealed class DemoAppFixture : IAsyncLifetime
{
    private SalesPlanningApp? _app;

    public SalesPlanningApp App => _app ?? throw new InvalidOperationException("The app has not started.");

    public async Task InitializeAsync() => _app = await SalesPlanningApp.StartAsync(demoData: true);

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}

/// <summary>The app on Kestrel without demo data (roles only, no users), for tests that sign nobody in.</summary>
public sealed class EmptyAppFixture : IAsyncLifetime
{
    private SalesPlanningApp? _app;

    public SalesPlanningApp App => _app ?? throw new InvalidOperationException("The app has not started.");

    public async Task InitializeAsync() => _app = await SalesPlanningApp.StartAsync(demoData: false);

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
