using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace SalesPlanning.Web.Hosting;

/// <summary>
/// How many API requests the app works on at once: a few per core; the rest wait their turn in arrival order (issue 17).
/// When many users call at once, letting every request run at the same time only makes them share the cores and the
/// database's backends by turns: each takes as long as the slowest, and the unlucky ones much longer. Working on a few at a
/// time and queueing the others first in, first out gives the same throughput with a short, even wait. The limit covers
/// the whole request (sign-in session, checks, the work and its answer); pages, static files and interactive circuits are
/// not limited. A full queue answers 503 with Retry-After. Settings: <c>SalesPlanning:ApiRequestsAtOnce</c> (the total;
/// <see cref="PerCore"/> a core by default) and <c>SalesPlanning:ApiQueueLimit</c> (<see cref="QueueLimit"/>).
/// </summary>
internal static class ApiConcurrency
{
    /// <summary>Requests at once per core by default.</summary>
    public const int PerCore = 2;

    /// <summary>Requests that may wait for a turn before the API answers 503, by default.</summary>
    public const int QueueLimit = 2_000;

    /// <summary>The limit reads its settings when the container is built, so that settings a host adds late (tests) are seen.</summary>
    public static void AddApiConcurrency(this IServiceCollection services)
    {
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IConfiguration>((options, configuration) =>
        {
            var atOnce = configuration.GetValue<int?>("SalesPlanning:ApiRequestsAtOnce") is > 0 and var set
                ? set
                : PerCore * Environment.ProcessorCount;
            var queue = configuration.GetValue<int?>("SalesPlanning:ApiQueueLimit") is >= 0 and var limit ? limit : QueueLimit;
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                context.Request.Path.StartsWithSegments("/api")
                    ? RateLimitPartition.GetConcurrencyLimiter("api", _ => new ConcurrencyLimiterOptions
                    {
                        PermitLimit = atOnce,
                        QueueLimit = queue,
                        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                    })
                    : RateLimitPartition.GetNoLimiter(""));
            options.OnRejected = (rejected, _) =>
            {
                rejected.HttpContext.Response.Headers.RetryAfter = "1";
                return ValueTask.CompletedTask;
            };
            options.RejectionStatusCode = StatusCodes.Status503ServiceUnavailable;
        });
    }
}
