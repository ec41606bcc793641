using System.Diagnostics;

namespace SalesPlanning.Web.Hosting;

/// <summary>
/// One log line per HTTP request: method, path (never the query string, which may carry tokens),
/// status, elapsed time and user. Serilog.AspNetCore is not in our registry; this replaces it.
/// </summary>
internal sealed class RequestLoggingMiddleware(RequestDelegate next, ILogger<RequestLoggingMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            var status = context.Response.StatusCode;
            var user = context.User.Identity?.IsAuthenticated == true ? context.User.Identity.Name : "-";
            var level = status >= 500 ? LogLevel.Error : LogLevel.Information;
            logger.Log(level, "HTTP {Method} {Path} responded {StatusCode} in {Elapsed:0.0} ms for {User}",
                context.Request.Method, context.Request.Path.Value, status, elapsed, user);
        }
    }
}
