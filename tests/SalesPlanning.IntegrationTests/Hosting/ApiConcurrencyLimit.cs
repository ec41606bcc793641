using System.Diagnostics.CodeAnalysis;
using System.Net;
using System.Text.Json;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SalesPlanning.TestSupport;

namespace SalesPlanning.IntegrationTests.Hosting;

/// <summary>
/// The API works on a few requests at once and queues the rest first in, first out (Hosting/ApiConcurrency): a request that
/// finds every turn taken waits for one; one that finds the queue full as well is answered 503 with Retry-After; pages are
/// not limited. Here the app works on one API request at a time, and a sign-in whose body is still arriving holds that turn.
/// </summary>
[SuppressMessage("Design", "CA1001", Justification = "xunit disposes the apps through IAsyncLifetime.DisposeAsync.")]
public class ApiConcurrencyLimit : IAsyncLifetime
{
    private SalesPlanningApp queueing = default!;
    private SalesPlanningApp full = default!;

    public async Task InitializeAsync()
    {
        var database = await TestDatabases.CreateMigratedAsync();
        queueing = new SalesPlanningApp(database, demoData: false, settings: new Dictionary<string, string?>
        {
            ["SalesPlanning:ApiRequestsAtOnce"] = "1",
        });
        full = new SalesPlanningApp(database, demoData: false, settings: new Dictionary<string, string?>
        {
            ["SalesPlanning:ApiRequestsAtOnce"] = "1",
            ["SalesPlanning:ApiQueueLimit"] = "0",
        });
        queueing.StartServer();
        full.StartServer();
    }

    public async Task DisposeAsync()
    {
        await queueing.DisposeAsync();
        await full.DisposeAsync();
    }

    [Fact]
    public async Task ARequestWaitsForTheTurnTakenAndThenIsAnswered()
    {
        using var client = queueing.CreateRawClient();
        await using var holder = await TurnHolder.StartAsync(queueing, client);

        var waiting = client.GetAsync(new Uri("api/v1/me", UriKind.Relative));
        await UntilAsync(queueing, s => s.CurrentQueuedCount == 1);
        using var page = await client.GetAsync(new Uri("account/login", UriKind.Relative));

        page.StatusCode.ShouldBe(HttpStatusCode.OK, "pages are not limited");
        waiting.IsCompleted.ShouldBeFalse("the only turn is taken");
        var held = await holder.FinishAsync();
        using var answer = await waiting;
        held.ShouldBe(HttpStatusCode.Unauthorized);
        answer.StatusCode.ShouldBe(HttpStatusCode.Unauthorized, "it had its turn once the first request was answered");
    }

    [Theory]
    [InlineData("en", "The server is busy with other requests; nothing was done. Try again in a second.")]
    [InlineData("zh-CN", "服务器正忙于处理其他请求，本次未执行任何操作。请稍后再试。")]
    public async Task ARequestThatFindsTheQueueFullIsAnswered503WithRetryAfter(string language, string title)
    {
        using var client = full.CreateRawClient();
        await using var holder = await TurnHolder.StartAsync(full, client);

        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("api/v1/me", UriKind.Relative));
        request.Headers.AcceptLanguage.ParseAdd(language);
        using var refused = await client.SendAsync(request);

        refused.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        refused.Headers.RetryAfter.ShouldNotBeNull().Delta.ShouldBe(TimeSpan.FromSeconds(1));
        refused.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        using var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync());
        problem.RootElement.GetProperty("title").GetString().ShouldBe(title);
        (await holder.FinishAsync()).ShouldBe(HttpStatusCode.Unauthorized);
    }

    /// <summary>Waits until the API's limit shows what <paramref name="state"/> asks (its turns taken, requests queued).</summary>
    private static async Task UntilAsync(SalesPlanningApp app, Func<RateLimiterStatistics, bool> state)
    {
        var limiter = app.Services.GetRequiredService<IOptions<RateLimiterOptions>>().Value.GlobalLimiter.ShouldNotBeNull();
        var api = new DefaultHttpContext();
        api.Request.Path = "/api/v1/me";
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (limiter.GetStatistics(api) is not { } statistics || !state(statistics))
        {
            DateTime.UtcNow.ShouldBeLessThan(deadline, "the API's limit never got there");
            await Task.Delay(20);
        }
    }

    /// <summary>
    /// An API sign-in sent on a socket of its own, its body in two parts: the app takes its turn when the request's headers
    /// arrive and keeps it while it waits for the body, until <see cref="FinishAsync"/> sends the rest and reads the answer.
    /// </summary>
    private sealed class TurnHolder : IAsyncDisposable
    {
        private const string Rest = "\"password\":\"wrong\"}";
        private readonly System.Net.Sockets.TcpClient _socket;
        private readonly Stream _stream;

        private TurnHolder(System.Net.Sockets.TcpClient socket, Stream stream) => (_socket, _stream) = (socket, stream);

        public static async Task<TurnHolder> StartAsync(SalesPlanningApp app, HttpClient client)
        {
            var root = client.BaseAddress!;
            const string first = "{\"email\":\"nobody@example.com\",";
            var socket = new System.Net.Sockets.TcpClient();
            await socket.ConnectAsync(root.Host, root.Port);
            var stream = socket.GetStream();
            var head = $"POST /api/v1/auth/login HTTP/1.1\r\nHost: {root.Authority}\r\nContent-Type: application/json\r\n"
                + $"Content-Length: {System.Text.Encoding.UTF8.GetByteCount(first + Rest)}\r\nConnection: close\r\n\r\n{first}";
            await stream.WriteAsync(System.Text.Encoding.UTF8.GetBytes(head));
            await stream.FlushAsync();
            await UntilAsync(app, s => s.CurrentAvailablePermits == 0);
            return new TurnHolder(socket, stream);
        }

        /// <summary>Sends the rest of the body; the answer's status.</summary>
        public async Task<HttpStatusCode> FinishAsync()
        {
            await _stream.WriteAsync(System.Text.Encoding.UTF8.GetBytes(Rest));
            await _stream.FlushAsync();
            using var reader = new StreamReader(_stream, leaveOpen: true);
            var status = await reader.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(30));
            return (HttpStatusCode)int.Parse(status!.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        }

        public async ValueTask DisposeAsync()
        {
            await _stream.DisposeAsync();
            _socket.Dispose();
        }
    }
}
