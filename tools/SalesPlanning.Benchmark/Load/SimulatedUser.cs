using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using SalesPlanning.Benchmark.Seeding;

namespace SalesPlanning.Benchmark.Load;

/// <summary>What one API request answered, and how long it took from sending it to the last byte of the answer.</summary>
internal sealed record ApiAnswer(HttpStatusCode Status, byte[] Body, double Ms)
{
    public bool IsSuccess => (int)Status is >= 200 and <= 299;

    public string Text => System.Text.Encoding.UTF8.GetString(Body);
}

/// <summary>
/// One simulated user: signed in through the sign-in form as a browser is (the app's cookie), with a
/// connection and a cookie jar of their own. <see cref="Index"/> numbers the users of one role in a run;
/// a manager has their <see cref="Region"/>, a rep is <see cref="Rep"/>.
/// </summary>
internal sealed partial class SimulatedUser : IDisposable
{
    private readonly HttpClient _http;
    private int _turns;

    private SimulatedUser(int index, string email, SeededRegion? region, SeededRep? rep, HttpClient http)
    {
        Index = index;
        Email = email;
        Region = region;
        Rep = rep;
        _http = http;
    }

    public int Index { get; }

    public string Email { get; }

    public SeededRegion? Region { get; }

    public SeededRep? Rep { get; }

    /// <summary>
    /// GET /account/login for the form and its antiforgery token, POST it back with the e-mail and password
    /// (as tests/SalesPlanning.IntegrationTests' HttpSignIn does); the cookie jar keeps the sign-in cookie.
    /// </summary>
    public static async Task<SimulatedUser> SignInAsync(
        Uri root, int index, string email, SeededRegion? region, SeededRep? rep, CancellationToken cancellationToken)
    {
        var handler = new SocketsHttpHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer(), UseCookies = true };
        var http = new HttpClient(handler) { BaseAddress = root };
        try
        {
            var form = await http.GetStringAsync(new Uri("account/login", UriKind.Relative), cancellationToken);
            var token = AntiforgeryInput().Match(form) is { Success: true } input && ValueAttribute().Match(input.Value) is { Success: true } value
                ? WebUtility.HtmlDecode(value.Groups[1].Value)
                : throw new InvalidOperationException("The sign-in form has no antiforgery token.");
            using var content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token,
                ["_handler"] = "login",
                ["Input.Email"] = email,
                ["Input.Password"] = CompanySeeder.Password,
            });
            using var response = await http.PostAsync(new Uri("account/login", UriKind.Relative), content, cancellationToken);
            if (response.StatusCode != HttpStatusCode.Redirect
                || !handler.CookieContainer.GetCookies(root).Any(c => c.Name.StartsWith("SalesPlanning.Auth", StringComparison.Ordinal)))
            {
                var body = await response.Content.ReadAsStringAsync(cancellationToken);
                throw new InvalidOperationException($"Signing in {email} answered {(int)response.StatusCode} without a sign-in cookie: {Shorten(body)}");
            }

            return new SimulatedUser(index, email, region, rep, http);
        }
        catch
        {
            http.Dispose();
            throw;
        }
    }

    /// <summary>The week this user (a rep) saved last in this run and the version the save answered; null before the first.</summary>
    public (int Week, uint? Version)? LastSaved { get; set; }

    /// <summary>This user's next turn, counted over the whole run (a user is one loop: never called from two threads at once).</summary>
    public int NextTurn() => _turns++;

    /// <summary>
    /// Sends the request with the user's cookie and reads the whole answer; the time covers both. A request
    /// that gets no answer (refused, reset, timed out) is an answer with status 0 and the error as its body.
    /// </summary>
    public async Task<ApiAnswer> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var start = Stopwatch.GetTimestamp();
        try
        {
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            return new ApiAnswer(response.StatusCode, body, Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }
        catch (Exception ex) when (ex is HttpRequestException || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return new ApiAnswer(0, System.Text.Encoding.UTF8.GetBytes($"{ex.GetType().Name}: {ex.Message}"), Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }
    }

    public void Dispose() => _http.Dispose();

    public static string Shorten(string text) => text.Length <= 400 ? text : text[..400] + " …";

    [GeneratedRegex("<input[^>]*name=\"__RequestVerificationToken\"[^>]*>")]
    private static partial Regex AntiforgeryInput();

    [GeneratedRegex("value=\"([^\"]*)\"")]
    private static partial Regex ValueAttribute();
}
