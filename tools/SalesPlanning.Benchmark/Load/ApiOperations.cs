using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using SalesPlanning.Benchmark.Seeding;

namespace SalesPlanning.Benchmark.Load;

/// <summary>Who a simulated user is signed in as.</summary>
internal enum Persona
{
    /// <summary>The company's director (every simulated director is the same user, each with a session of their own).</summary>
    Director,

    /// <summary>User i is the manager of region i (round the regions).</summary>
    Manager,

    /// <summary>User i is a rep of their own (every 37th rep from the 11th, round the reps): writers never share a rep.</summary>
    Rep,
}

/// <summary>
/// One thing users do through the HTTP API, over and over in a load phase. <see cref="Turn"/> sends the
/// request(s) of one go as the given user (turn i of that user), records each answer under its name and
/// returns the last; <see cref="Items"/> counts what that answer holds (rows, points, alerts, lines), to show
/// the calls did real work. <see cref="Requests"/> names what a turn records, when that is not the operation's name.
/// </summary>
internal sealed record ApiOperation(
    string Area,
    string Name,
    Persona As,
    Func<SimulatedUser, int, LoadTimings, CancellationToken, Task<ApiAnswer>> Turn,
    Func<JsonElement, int> Items,
    IReadOnlyList<string>? Requests = null);

/// <summary>
/// The operations of the concurrent mode: the director's heaviest reads (alerts, the company's trend, the
/// company's achievement, the breakdown editor of the company by region), a manager's breakdown of their region
/// by rep, and a rep saving their current week: once re-reading the month first for the version the save must name
/// (a rep coming back to the page), once with the version their last save answered (a rep saving again, as
/// My weeks does after a save: it keeps the saved entry and reads nothing).
/// </summary>
internal static class ApiOperations
{
    public const string Alerts = "Alerts: every region (director)";
    public const string Trend = "Trend, 12 months: the company, sales amount (director)";
    private const string ReadWeeks = "My weeks: a rep re-reads their month for the version";
    private const string SaveWeek = "Save this week: a rep replaces it with a 3-product split";
    private const string SaveAgain = "Save this week again, with the version the save answered";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static IReadOnlyList<ApiOperation> All(SeededCompany company)
    {
        var month = company.CurrentMonth.ToString();
        return
        [
            Get("Dashboards", Alerts, Persona.Director, _ => "api/v1/alerts", ArrayLength),
            Get("Dashboards", Trend, Persona.Director,
                _ => "api/v1/dashboards/trend?scope=Company&metric=SalesAmount&months=12", root => Length(root, "points")),
            Get("Progress", "Achievement: the company, this month (director)", Persona.Director,
                _ => $"api/v1/achievement?period={month}&scope=company", root => Length(root, "metrics")),
            Get("Targets", "Breakdown editor: the company by region (director)", Persona.Director,
                _ => $"api/v1/targets/{month}/Company/SalesAmount/breakdowns/Region", root => Length(root, "lines")),
            Get("Targets", "Breakdown editor: a region by rep (its manager)", Persona.Manager,
                user => $"api/v1/targets/{month}/Region/SalesAmount/breakdowns/Rep?scopeId={user.Region!.Id}", root => Length(root, "lines")),
            new("Progress", "Save this week (rep): re-read the month, save the current week", Persona.Rep,
                (user, turn, timings, ct) => SaveCurrentWeekAsync(user, month, turn, timings, ct), root => Length(root, "lines"), [ReadWeeks, SaveWeek]),
            new("Progress", "Save this week again (rep): the last save's version, no read", Persona.Rep,
                (user, turn, timings, ct) => SaveAgainAsync(user, month, turn, timings, ct), root => Length(root, "lines"), [SaveAgain]),
        ];
    }

    /// <summary>The request names an operation records under (one per request it sends).</summary>
    public static IReadOnlyList<string> RequestsOf(ApiOperation operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        return operation.Requests ?? [operation.Name];
    }

    private static ApiOperation Get(string area, string name, Persona @as, Func<SimulatedUser, string> path, Func<JsonElement, int> items) =>
        new(area, name, @as, async (user, _, timings, ct) =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path(user), UriKind.Relative));
            var answer = await user.SendAsync(request, ct);
            timings.Record(name, answer);
            return answer;
        }, items);

    /// <summary>
    /// As the "My weeks" page does: read the month (GET), take the current week's version (none for a week
    /// not saved yet), and replace the week (PUT) with figures that differ from turn to turn, so each save is
    /// a real change.
    /// </summary>
    private static async Task<ApiAnswer> SaveCurrentWeekAsync(SimulatedUser user, string month, int turn, LoadTimings timings, CancellationToken ct)
    {
        var answer = await ReadMonthAsync(user, month, ct);
        timings.Record(ReadWeeks, answer);
        if (!answer.IsSuccess)
        {
            return answer;
        }

        var (week, version) = CurrentWeek(answer.Body);
        return await SaveAsync(user, month, week, version, turn, SaveWeek, timings, ct);
    }

    /// <summary>
    /// Replaces the current week with the version the user's last save answered, without reading the month. A user who
    /// has not saved yet in this run, or whose last save failed, reads it first (not timed; a failed read counts as the
    /// turn's error).
    /// </summary>
    private static async Task<ApiAnswer> SaveAgainAsync(SimulatedUser user, string month, int turn, LoadTimings timings, CancellationToken ct)
    {
        if (user.LastSaved is not { } last)
        {
            var answer = await ReadMonthAsync(user, month, ct);
            if (!answer.IsSuccess)
            {
                timings.Record(SaveAgain, answer);
                return answer;
            }

            last = CurrentWeek(answer.Body);
        }

        return await SaveAsync(user, month, last.Week, last.Version, turn, SaveAgain, timings, ct);
    }

    /// <summary>
    /// PUT the week with figures that differ from turn to turn, so each save is a real change; the user keeps the version
    /// it answers (both save operations do, so neither names a version the other has replaced).
    /// </summary>
    private static async Task<ApiAnswer> SaveAsync(
        SimulatedUser user, string month, int week, uint? version, int turn, string name, LoadTimings timings, CancellationToken ct)
    {
        var lines = user.Rep!.Portfolio.Take(3)
            .Select((p, k) => new { productId = p, salesAmount = 1_000m + (k * 1_000m) + (turn % 1_000), salesVolume = 2L + k, collections = 800m + (k * 700m) })
            .ToList();
        var body = new
        {
            salesAmount = lines.Sum(l => l.salesAmount),
            salesVolume = lines.Sum(l => l.salesVolume),
            collections = lines.Sum(l => l.collections),
            orders = 5,
            newCustomers = 1,
            existingCustomerVisits = 8,
            calls = 30,
            lostCustomers = 0,
            note = string.Create(CultureInfo.InvariantCulture, $"基准测试：第 {turn + 1} 次保存。"),
            lines,
            version,
            newCustomerSales = 500m,
        };
        using var save = new HttpRequestMessage(HttpMethod.Put, new Uri($"api/v1/progress/{month}/weeks/{week}", UriKind.Relative))
        {
            Content = JsonContent.Create(body, options: Json),
        };
        var answer = await user.SendAsync(save, ct);
        timings.Record(name, answer);
        if (answer.IsSuccess)
        {
            using var saved = JsonDocument.Parse(answer.Body);
            user.LastSaved = (week, saved.RootElement.GetProperty("version").GetUInt32());
        }
        else
        {
            user.LastSaved = null;
        }

        return answer;
    }

    private static async Task<ApiAnswer> ReadMonthAsync(SimulatedUser user, string month, CancellationToken ct)
    {
        using var read = new HttpRequestMessage(HttpMethod.Get, new Uri($"api/v1/progress/{month}", UriKind.Relative));
        return await user.SendAsync(read, ct);
    }

    /// <summary>The number and version of the week marked current in GET /api/v1/progress/{period}.</summary>
    private static (int Week, uint? Version) CurrentWeek(byte[] body)
    {
        using var document = JsonDocument.Parse(body);
        foreach (var week in document.RootElement.GetProperty("weeks").EnumerateArray())
        {
            if (week.GetProperty("isCurrent").GetBoolean())
            {
                var entry = week.GetProperty("entry");
                return (week.GetProperty("number").GetInt32(),
                    entry.ValueKind == JsonValueKind.Object ? entry.GetProperty("version").GetUInt32() : null);
            }
        }

        throw new InvalidOperationException("The month has no current week: the concurrent mode saves this month's current week.");
    }

    private static int ArrayLength(JsonElement root) => root.GetArrayLength();

    private static int Length(JsonElement root, string property) => root.GetProperty(property).GetArrayLength();
}
