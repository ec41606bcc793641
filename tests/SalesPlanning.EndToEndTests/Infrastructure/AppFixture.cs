using SalesPlanning.TestSupport;

namespace SalesPlanning.EndToEndTests.Infrastructure;

/// <summary>
/// One app per test class: the real app on Kestrel at a loopback port, on a fresh migrated database
/// clone with the demo company (SalesPlanning.TestSupport); plus the browser all classes share.
/// </summary>
public sealed class AppFixture : IAsyncLifetime, IAsyncDisposable
{
    private SalesPlanningApp? app;

    /// <summary>http://127.0.0.1:PORT/</summary>
    public Uri RootUri { get; private set; } = default!;

    public IBrowser Browser { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        // Launch the browser (first class only) while the app starts.
        var browser = SharedBrowser.GetAsync();
        app = await SalesPlanningApp.StartAsync();
        RootUri = app.RootUri;
        Browser = await browser;
    }

    Task IAsyncLifetime.DisposeAsync() => ((IAsyncDisposable)this).DisposeAsync().AsTask();

    async ValueTask IAsyncDisposable.DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
            app = null;
        }
    }
}
