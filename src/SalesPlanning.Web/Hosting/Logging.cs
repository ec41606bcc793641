using Serilog;

namespace SalesPlanning.Web.Hosting;

internal static class Logging
{
    /// <summary>Serilog from the "Serilog" section of appsettings: console and a rolling file.</summary>
    public static void AddSalesPlanningLogging(this WebApplicationBuilder builder)
    {
        var logger = new LoggerConfiguration()
            .ReadFrom.Configuration(builder.Configuration)
            .Enrich.FromLogContext()
            .CreateLogger();
        builder.Logging.ClearProviders();
        builder.Logging.AddSerilog(logger, dispose: true);
    }
}
