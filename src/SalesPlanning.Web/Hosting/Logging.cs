using Serilog;
using Serilog.Events;

namespace SalesPlanning.Web.Hosting;

internal static class Logging
{
    /// <summary>
    /// Serilog (Serilog.AspNetCore) from the "Serilog" section of appsettings: console and a daily
    /// rolling file; sinks registered as services are added too. Built when the container is, so
    /// that settings a host adds late (tests) are seen. The static <see cref="Log.Logger"/> is left
    /// alone, so that several hosts in one process (tests) each log to their own sinks.
    /// </summary>
    public static void AddSalesPlanningLogging(this WebApplicationBuilder builder) =>
        builder.Services.AddSerilog(
            (services, logger) => logger
                .ReadFrom.Configuration(services.GetRequiredService<IConfiguration>())
                .ReadFrom.Services(services)
                .Enrich.FromLogContext(),
            preserveStaticLogger: true);

    /// <summary>
    /// One line per HTTP request: method, path (never the query string, which may carry tokens),
    /// status, elapsed time, the user, and the region when the route names one (plans, month-end
    /// reviews and targets of a region). No headers, cookies or bodies are logged.
    /// </summary>
    public static void UseSalesPlanningRequestLogging(this WebApplication app) =>
        app.UseSerilogRequestLogging(o =>
        {
            o.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
            o.IncludeQueryInRequestPath = false;
            o.MessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms for {User}";
            o.GetLevel = (context, _, exception) =>
                exception is not null || context.Response.StatusCode >= 500 ? LogEventLevel.Error : LogEventLevel.Information;
            o.EnrichDiagnosticContext = (diagnostics, context) =>
            {
                diagnostics.Set("User", context.User.Identity is { IsAuthenticated: true, Name: { } name } ? name : "-");
                if (context.GetRouteValue("regionId") is { } region)
                {
                    diagnostics.Set("Region", region.ToString());
                }
            };
        });
}
