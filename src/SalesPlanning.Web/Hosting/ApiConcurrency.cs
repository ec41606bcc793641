using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace SalesPlanning.Web.Hosting;

/// <summary>
/// How many API requests the app works on at once: a few per core; the rest wait their turn in arrival order (issue 17).
/// When many users call at once, letting every request run at the same time only makes them share the cores and the
/// database's backends by turns: each takes as long as the slowest, and the unlucky ones much longer. Working on a few at a
/// time and queueing the others first in, first out gives the same throughput with a short, even wait.
/// <para>
/// A turn is meant for the app's own work, not for waiting on the network, so that a slow client cannot hold one: a request
/// takes its turn once its body has arrived (a body that ends within <see cref="BufferedBody"/>, with a Content-Length or
/// chunked, is read before the queue; a larger one, such as an import, takes no turn), and an endpoint that answers a file (an export: it declares
/// a <see cref="Stream"/> answer) takes none, as a slow download would hold it. Pages, static files, health checks and
/// interactive circuits take none. A full queue answers 503 with Retry-After (<see cref="ApiErrors"/> writes the problem).
/// </para>
/// </summary>
internal static class ApiConcurrency
{
    /// <summary>Requests at once per core by default.</summary>
    public const int PerCore = 2;

    /// <summary>Requests that may wait for a turn before the API answers 503, by default.</summary>
    public const int QueueLimit = 2_000;

    /// <summary>The largest body read in full before a request takes its turn.</summary>
    public const int BufferedBody = 64 * 1024;

    /// <summary>The request item that says its body has arrived in full (within <see cref="BufferedBody"/>).</summary>
    private const string BodyArrived = "SalesPlanning.ApiBodyArrived";

    /// <summary>Seconds a refused caller is told to wait (Retry-After).</summary>
    public const int RetryAfterSeconds = 1;

    /// <summary>
    /// Settings <c>SalesPlanning:ApiRequestsAtOnce</c> (the total; <see cref="PerCore"/> a core by default) and
    /// <c>SalesPlanning:ApiQueueLimit</c>; read when the container is built, so that settings a host adds late (tests) are
    /// seen, and checked at start-up.
    /// </summary>
    public static void AddApiConcurrency(this IServiceCollection services)
    {
        services.AddOptions<ApiConcurrencySettings>()
            .Configure<IConfiguration>((settings, configuration) =>
            {
                settings.RequestsAtOnce = configuration.GetValue("SalesPlanning:ApiRequestsAtOnce", PerCore * Environment.ProcessorCount);
                settings.QueueLimit = configuration.GetValue("SalesPlanning:ApiQueueLimit", QueueLimit);
            })
            .Validate(s => s.RequestsAtOnce > 0, "SalesPlanning:ApiRequestsAtOnce must be at least 1.")
            .Validate(s => s.QueueLimit >= 0, "SalesPlanning:ApiQueueLimit must be 0 or more.")
            .ValidateOnStart();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<ApiConcurrencySettings>>((options, configured) =>
        {
            var settings = configured.Value;
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                TakesATurn(context)
                    ? RateLimitPartition.GetConcurrencyLimiter("api", _ => new ConcurrencyLimiterOptions
                    {
                        PermitLimit = settings.RequestsAtOnce,
                        QueueLimit = settings.QueueLimit,
                        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                    })
                    : RateLimitPartition.GetNoLimiter(""));
            options.OnRejected = (rejected, _) =>
            {
                rejected.HttpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                return ValueTask.CompletedTask;
            };
            options.RejectionStatusCode = StatusCodes.Status503ServiceUnavailable;
        });
    }

    /// <summary>Reads a small body in full, then queues the request for its turn; placed before authentication.</summary>
    public static void UseApiConcurrency(this IApplicationBuilder app)
    {
        app.Use(async (context, next) =>
        {
            // Whatever its Content-Length says, or without one (a chunked body): a body that ends within the limit has arrived.
            if (ApiErrors.IsApi(context) && HasBody(context) && !(context.Request.ContentLength > BufferedBody))
            {
                context.Request.EnableBuffering(BufferedBody);
                context.Items[BodyArrived] = await ReadUpToAsync(context.Request.Body, BufferedBody, context.RequestAborted);
                context.Request.Body.Position = 0;
            }

            await next(context);
        });
        app.UseRateLimiter();
    }

    private static bool TakesATurn(HttpContext context) =>
        ApiErrors.IsApi(context)
        && (!HasBody(context) || context.Items[BodyArrived] is true)
        && !AnswersAFile(context.GetEndpoint());

    /// <summary>True when the body ended within <paramref name="limit"/> bytes.</summary>
    private static async Task<bool> ReadUpToAsync(Stream body, int limit, CancellationToken cancellationToken)
    {
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            var total = 0;
            int read;
            while ((read = await body.ReadAsync(buffer, cancellationToken)) > 0)
            {
                total += read;
                if (total > limit)
                {
                    return false;
                }
            }

            return true;
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static bool HasBody(HttpContext context) =>
        context.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody == true;

    private static bool AnswersAFile(Endpoint? endpoint) =>
        endpoint?.Metadata.GetOrderedMetadata<IProducesResponseTypeMetadata>()
            .Any(p => p.StatusCode == StatusCodes.Status200OK && p.Type == typeof(Stream)) == true;
}

/// <summary>The API's limit as configured (<see cref="ApiConcurrency"/>).</summary>
internal sealed class ApiConcurrencySettings
{
    public int RequestsAtOnce { get; set; }

    public int QueueLimit { get; set; }
}
