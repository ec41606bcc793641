using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
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
/// not limited, and neither a body still arriving nor a file being downloaded holds a turn. Here the app works on one API
/// request at a time, and the test holds that turn itself, from the app's own limiter.
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
        var turn = await TakeTheTurnAsync(queueing);

        var waiting = client.GetAsync(new Uri("api/v1/me", UriKind.Relative));
        await UntilAsync(queueing, s => s.CurrentQueuedCount == 1);
        using var page = await client.GetAsync(new Uri("account/login", UriKind.Relative));

        page.StatusCode.ShouldBe(HttpStatusCode.OK, "pages are not limited");
        waiting.IsCompleted.ShouldBeFalse("the only turn is taken");
        turn.Dispose();
        using var answer = await waiting;
        answer.StatusCode.ShouldBe(HttpStatusCode.Unauthorized, "it had its turn once the first was given back");
    }

    [Theory]
    [InlineData("en", "The server is busy with other requests; nothing was done. Try again in a second.")]
    [InlineData("zh-CN", "服务器正忙于处理其他请求，本次未执行任何操作。请稍后再试。")]
    public async Task ARequestThatFindsTheQueueFullIsAnswered503WithRetryAfter(string language, string title)
    {
        using var client = full.CreateRawClient();
        using var turn = await TakeTheTurnAsync(full);

        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("api/v1/me", UriKind.Relative));
        request.Headers.AcceptLanguage.ParseAdd(language);
        using var refused = await client.SendAsync(request);

        refused.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        refused.Headers.RetryAfter.ShouldNotBeNull().Delta.ShouldBe(TimeSpan.FromSeconds(1));
        refused.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        using var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync());
        problem.RootElement.GetProperty("title").GetString().ShouldBe(title);
    }

    [Fact]
    public async Task ABodyStillArrivingHoldsNoTurn()
    {
        using var client = full.CreateRawClient();
        await using var slow = await SlowSignIn.StartAsync(client);
        await Task.Delay(TimeSpan.FromMilliseconds(500));

        Statistics(full).CurrentAvailablePermits.ShouldBe(1, "the sign-in's body has not arrived: it has not taken the turn");
        using var answer = await client.GetAsync(new Uri("api/v1/me", UriKind.Relative));
        answer.StatusCode.ShouldBe(HttpStatusCode.Unauthorized, "the only turn was free");
        (await slow.FinishAsync()).ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ASmallBodyThatHasArrivedTakesATurnWithOrWithoutItsLength(bool withLength)
    {
        using var client = full.CreateRawClient();
        using var turn = await TakeTheTurnAsync(full);
        const string week = "{\"salesAmount\":1,\"salesVolume\":1,\"collections\":1,\"orders\":1,\"newCustomers\":0,"
            + "\"existingCustomerVisits\":0,\"calls\":0,\"lostCustomers\":0}";
        using HttpContent body = withLength
            ? new StringContent(week, Encoding.UTF8, "application/json")
            : new StreamContent(new ChunkedOnly(Encoding.UTF8.GetBytes(week)));
        body.Headers.ContentType = new("application/json");

        using var save = await client.PutAsync(new Uri("api/v1/progress/2026-11/weeks/1", UriKind.Relative), body);

        save.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable, "the only turn is taken and nothing may wait");
    }

    [Theory]
    [InlineData("api/v1/incentives/runs/2026-11/export.xlsx")]
    [InlineData("api/v1/incentives/runs/2026-11/export.csv")]
    [InlineData("api/v1/scorecards/2026-11/export.xlsx")]
    [InlineData("api/v1/plans/0195d1d4-0000-7000-8000-000000000001/export.xlsx")]
    [InlineData("api/v1/plans/0195d1d4-0000-7000-8000-000000000001/production.csv")]
    [InlineData("api/v1/users/export")]
    [InlineData("api/v1/products/export")]
    public async Task AFileDownloadTakesNoTurn(string export)
    {
        using var client = full.CreateRawClient();
        using var turn = await TakeTheTurnAsync(full);

        using var download = await client.GetAsync(new Uri(export, UriKind.Relative));
        using var read = await client.GetAsync(new Uri("api/v1/me", UriKind.Relative));

        download.StatusCode.ShouldBe(HttpStatusCode.Unauthorized, "a download is not queued (a slow one would hold the turn)");
        read.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable, "the only turn is taken and nothing may wait");
    }

    [Theory]
    [InlineData("SalesPlanning:ApiRequestsAtOnce", "0", "SalesPlanning:ApiRequestsAtOnce must be at least 1.")]
    [InlineData("SalesPlanning:ApiQueueLimit", "-1", "SalesPlanning:ApiQueueLimit must be 0 or more.")]
    public async Task AnImpossibleSettingStopsTheStart(string key, string value, string message)
    {
        await using var app = new SalesPlanningApp(full.ConnectionString, demoData: false, settings: new Dictionary<string, string?> { [key] = value });

        Should.Throw<OptionsValidationException>(app.StartServer).Message.ShouldContain(message);
    }

    private static PartitionedRateLimiter<HttpContext> Limiter(SalesPlanningApp app) =>
        app.Services.GetRequiredService<IOptions<RateLimiterOptions>>().Value.GlobalLimiter.ShouldNotBeNull();

    private static HttpContext AnApiRequest()
    {
        var api = new DefaultHttpContext();
        api.Request.Path = "/api/v1/me";
        return api;
    }

    private static RateLimiterStatistics Statistics(SalesPlanningApp app) => Limiter(app).GetStatistics(AnApiRequest()).ShouldNotBeNull();

    /// <summary>Takes the app's only API turn, as a request being worked on does, until the lease is given back.</summary>
    private static async Task<RateLimitLease> TakeTheTurnAsync(SalesPlanningApp app)
    {
        var lease = await Limiter(app).AcquireAsync(AnApiRequest());
        lease.IsAcquired.ShouldBeTrue();
        return lease;
    }

    /// <summary>Waits until the API's limit shows what <paramref name="state"/> asks (requests queued).</summary>
    private static async Task UntilAsync(SalesPlanningApp app, Func<RateLimiterStatistics, bool> state)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!state(Statistics(app)))
        {
            DateTime.UtcNow.ShouldBeLessThan(deadline, "the API's limit never got there");
            await Task.Delay(20);
        }
    }

    /// <summary>A body whose length the client cannot tell, so it is sent chunked.</summary>
    private sealed class ChunkedOnly(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }

    /// <summary>An API sign-in sent on a socket of its own, its body in two parts, the rest when <see cref="FinishAsync"/> says.</summary>
    private sealed class SlowSignIn : IAsyncDisposable
    {
        private const string First = "{\"email\":\"nobody@example.com\",";
        private const string Rest = "\"password\":\"wrong\"}";
        private readonly TcpClient _socket;
        private readonly Stream _stream;

        private SlowSignIn(TcpClient socket, Stream stream) => (_socket, _stream) = (socket, stream);

        public static async Task<SlowSignIn> StartAsync(HttpClient client)
        {
            var root = client.BaseAddress!;
            var socket = new TcpClient();
            await socket.ConnectAsync(root.Host, root.Port);
            var stream = socket.GetStream();
            var head = $"POST /api/v1/auth/login HTTP/1.1\r\nHost: {root.Authority}\r\nContent-Type: application/json\r\n"
                + $"Content-Length: {Encoding.UTF8.GetByteCount(First + Rest)}\r\nConnection: close\r\n\r\n{First}";
            await stream.WriteAsync(Encoding.UTF8.GetBytes(head));
            await stream.FlushAsync();
            return new SlowSignIn(socket, stream);
        }

        /// <summary>Sends the rest of the body; the answer's status.</summary>
        public async Task<HttpStatusCode> FinishAsync()
        {
            await _stream.WriteAsync(Encoding.UTF8.GetBytes(Rest));
            await _stream.FlushAsync();
            using var reader = new StreamReader(_stream, leaveOpen: true);
            var status = await reader.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(30));
            return (HttpStatusCode)int.Parse(status!.Split(' ')[1], CultureInfo.InvariantCulture);
        }

        public async ValueTask DisposeAsync()
        {
            await _stream.DisposeAsync();
            _socket.Dispose();
        }
    }
}
