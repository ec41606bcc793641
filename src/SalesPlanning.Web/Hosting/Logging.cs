using Serilog;
using Serilog.Extensions.Logging;

namespace SalesPlanning.Web.Hosting;

internal static class Logging
{
    /// <summary>
    /// Serilog from the "Serilog" section of appsettings: console and a rolling file. Built when
    /// the container is, so that settings a host adds late (tests) are seen.
    /// </summary>
    public static void AddSalesPlanningLogging(this WebApplicationBuilder builder)
    {
        builder.Logging.ClearProviders();
        builder.Logging.Services.AddSingleton<ILoggerProvider>(sp =>
        {
            var logger = new LoggerConfiguration()
                .ReadFrom.Configuration(sp.GetRequiredService<IConfiguration>())
                .Enrich.FromLogContext()
                .CreateLogger();
            return new SerilogLoggerProvider(logger, dispose: true);
        });
    }
}
