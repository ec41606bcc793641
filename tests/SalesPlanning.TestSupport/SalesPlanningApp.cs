using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace SalesPlanning.TestSupport;

/// <summary>
/// The real app on Kestrel at a loopback port, on the given database, for HTTP and browser tests.
/// </summary>
public sealed class SalesPlanningApp : WebApplicationFactory<Program>
{
    private readonly string _connectionString;
    private readonly bool _demoData;
    private readonly IReadOnlyDictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _services;
    private readonly string _environment;

    /// <param name="services">Services to add after the app's own, e.g. a log sink to read in a test.</param>
    /// <param name="port">The loopback port to listen on; 0 for any free one.</param>
    /// <param name="environment">ASPNETCORE_ENVIRONMENT: Development, or Production to test what production answers.</param>
    public SalesPlanningApp(
        string connectionString, bool demoData = true, IReadOnlyDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? services = null, int port = 0, string environment = "Development")
    {
        _environment = environment;
        _connectionString = connectionString;
        _demoData = demoData;
        _settings = settings ?? new Dictionary<string, string?>();
        _services = services;
        UseKestrel(o => o.Listen(IPAddress.Loopback, port));
    }

    /// <summary>Starts a migrated database clone and the app on it, with the demo company (a clone of it, loaded once per run).</summary>
    /// <param name="settings">App settings to add or override, e.g. ["SalesPlanning:SessionCheckSeconds"] = "1".</param>
    public static async Task<SalesPlanningApp> StartAsync(bool demoData = true, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var database = demoData
            ? await TestDatabases.CreateWithDemoAsync(withPlans: settings?.GetValueOrDefault("SalesPlanning:DemoPlans") == "true")
            : await TestDatabases.CreateMigratedAsync();
        var app = new SalesPlanningApp(database, demoData, settings);
        app.StartServer();
        return app;
    }

    public string ConnectionString => _connectionString;

    /// <summary>http://127.0.0.1:PORT/ once the server has started.</summary>
    public Uri RootUri
    {
        get
        {
            var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>();
            return new Uri(addresses.Addresses.First().TrimEnd('/') + "/");
        }
    }

    /// <summary>An HttpClient on the real socket that neither follows redirects nor keeps cookies.</summary>
    public HttpClient CreateRawClient() =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = RootUri };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(_environment);
        // Development finds the libraries' scripts and styles (MudBlazor's, the framework's) through the build's static web
        // assets manifest by itself; in another environment the app is normally published, so point it at the manifest too.
        builder.UseStaticWebAssets();
        // App configuration, not UseSetting: WebApplicationFactory hands UseSetting values to the app as
        // command-line arguments, parent keys included with empty values ("--Serilog:MinimumLevel="),
        // which Serilog.Settings.Configuration 8.0.0 rejects ("The value  is not a valid Serilog level").
        builder.ConfigureAppConfiguration((_, configuration) => configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:SalesPlanning"] = _connectionString,
            ["SalesPlanning:DemoData"] = _demoData ? "true" : "false",
            // No scheduled work behind a test's back; tests of the jobs switch them on.
            ["SalesPlanning:Jobs:Enabled"] = "false",
            // Quiet consoles, and log files out of the source tree.
            ["Serilog:MinimumLevel:Default"] = "Warning",
            ["Serilog:MinimumLevel:Override:Microsoft.Hosting.Lifetime"] = "Warning",
            ["Serilog:WriteTo:1:Args:path"] = Path.Combine(Path.GetTempPath(), "salesplanning-tests", "log-.log"),
        }).AddInMemoryCollection(_settings));
        if (_services is not null)
        {
            builder.ConfigureServices(_services);
        }
    }
}
