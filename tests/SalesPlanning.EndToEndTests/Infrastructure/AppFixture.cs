using SalesPlanning.TestSupport;

namespace SalesPlanning.EndToEndTests.Infrastructure;

/// <summary>
/// One app per test class: the real app on Kestrel at a loopback port, on a fresh migrated database
/// clone with the demo company (SalesPlanning.TestSupport); plus the browser all classes share.
/// </summary>
public class AppFixture : IAsyncLifetime, IAsyncDisposable
{
    private SalesPlanningApp? app;

    /// <summary>http://127.0.0.1:PORT/</summary>
    public Uri RootUri { get; private set; } = default!;

    public IBrowser Browser { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        // Launch the browser (first class only) while the app starts.
        var browser = SharedBrowser.GetAsync();
        app = await SalesPlanningApp.StartAsync(demoData: true, Settings);
        RootUri = app.RootUri;
        Browser = await browser;
    }

    /// <summary>Stops the app as a server shutdown does: open pages lose their connection.</summary>
    public async Task StopAppAsync()
    {
        var running = app ?? throw new InvalidOperationException("The app is not running.");
        ConnectionString = running.ConnectionString;
        app = null;
        await running.DisposeAsync();
    }

    /// <summary>Starts the app again on the same port and database, as a restarted server.</summary>
    public void StartAppAgain()
    {
        if (app is not null)
        {
            throw new InvalidOperationException("The app is running.");
        }

        app = new SalesPlanningApp(ConnectionString!, demoData: true, Settings, port: RootUri.Port);
        app.StartServer();
    }

    private string? ConnectionString { get; set; }

    /// <summary>The running app's database, for a test that sets up rows no page writes (e.g. notifications).</summary>
    public string DatabaseConnectionString => app?.ConnectionString ?? ConnectionString ?? throw new InvalidOperationException("The app has not started.");

    /// <summary>App settings on top of the test defaults (e.g. the demo's plans); none here.</summary>
    protected virtual IReadOnlyDictionary<string, string?>? Settings => null;

    Task IAsyncLifetime.DisposeAsync() => ((IAsyncDisposable)this).DisposeAsync().AsTask();

    async ValueTask IAsyncDisposable.DisposeAsync()
    {
        GC.SuppressFinalize(this);
        if (app is not null)
        {
            await app.DisposeAsync();
            app = null;
        }
    }
}

/// <summary>The app with the demo company as <c>./run.sh</c> loads it: plans, last month signed off, its incentive run approved.</summary>
public sealed class DemoPlansAppFixture : AppFixture
{
    protected override IReadOnlyDictionary<string, string?>? Settings { get; } = new Dictionary<string, string?> { ["SalesPlanning:DemoPlans"] = "true" };
}
