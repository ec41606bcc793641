using SalesPlanning.Application.Progress;
using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Progress;

namespace SalesPlanning.Web.Api;

/// <summary>
/// /api/v1/progress, /api/v1/achievement and /api/v1/history-import: the same operations, rules
/// and access checks as the "My weeks" and history-import pages, because both call the same services.
/// </summary>
internal static class ProgressEndpoints
{
    /// <summary>
    /// A week as the API takes it: the figures flat, as they always were (the first eight must be sent; those added
    /// later default to 0, so callers written before them keep working). <see cref="ToRequest"/> is the one place they
    /// become one <see cref="WeeklyFigures"/>; answers write them flat by themselves (<see cref="FlatWeeklyFigures"/>).
    /// </summary>
    public sealed record WeekBody(
        decimal SalesAmount,
        long SalesVolume,
        decimal Collections,
        int Orders,
        int NewCustomers,
        int ExistingCustomerVisits,
        int Calls,
        int LostCustomers,
        string? Note = null,
        IReadOnlyList<ProductFigures>? Lines = null,
        uint? Version = null,
        decimal NewCustomerSales = 0m,
        decimal Collections3To6Months = 0m,
        decimal CollectionsOver6Months = 0m)
    {
        public SaveProgressEntry ToRequest(Period period, int week) =>
            new(period, week,
                new WeeklyFigures(SalesAmount, SalesVolume, Collections, Orders, NewCustomers, ExistingCustomerVisits, Calls, LostCustomers,
                    NewCustomerSales, Collections3To6Months, CollectionsOver6Months),
                Note, Lines, Version);
    }

    public static void MapProgressEndpoints(this RouteGroupBuilder api)
    {
        var progress = api.MapGroup("/progress/{period}").WithTags("Progress").RequireAuthorization();
        progress.MapPut("/weeks/{week:int}", (string period, int week, WeekBody body, Caller caller, ProgressService service, CancellationToken ct) =>
                ApiResults.WithPeriod(period, async p => (await service.SaveWeekAsync(caller, body.ToRequest(p, week), ct)).ToHttp()))
            .WithSummary("Create or replace your own entry for a week (reps). Send the version you read (none for a new week); "
                + "409 if it changed. Repeating the same request changes nothing: it never counts twice.");
        progress.MapGet("/", (string period, Guid? repId, Caller caller, ProgressService service, CancellationToken ct) =>
                ApiResults.WithPeriod(period, async p => (await service.GetMonthAsync(caller, p, repId, ct)).ToHttp()))
            .WithSummary("A rep's weeks of a month: your own, or with repId a rep of your regions (managers) or anyone (directors).");

        api.MapGet("/achievement", async (string? period, string? scope, Guid? id, Caller caller, ProgressService service, CancellationToken ct) =>
            {
                if (!Enum.TryParse<AchievementScope>(scope ?? nameof(AchievementScope.Company), ignoreCase: true, out var kind) || !Enum.IsDefined(kind))
                {
                    return ApiResults.BadRequest(nameof(scope), ProgressMessages.ScopeRequired);
                }

                return await ApiResults.WithPeriod(period ?? "", async p => (await service.GetAchievementAsync(caller, p, kind, id, ct)).ToHttp());
            })
            .WithTags("Progress")
            .RequireAuthorization()
            .WithSummary("Target, actual, achievement, time progress and on-pace per metric of the company, a region or a rep (scope=company|region|rep, id).");

        var import = api.MapGroup("/history-import").WithTags("History import").RequireAuthorization();
        import.MapPost("/preview", async (HttpRequest request, Caller caller, HistoryImportService service, CancellationToken ct) =>
                (await service.PreviewAsync(caller, await ReadTextAsync(request, ct), ct)).ToHttpWithMessages())
            .Accepts<string>("text/csv")
            .WithSummary("Check a history CSV (admins): the rows it would import and every problem by line. Nothing is saved.");
        import.MapPost("/", async (HttpRequest request, Caller caller, HistoryImportService service, CancellationToken ct) =>
                (await service.ImportAsync(caller, await ReadTextAsync(request, ct), ct)).ToHttpWithMessages())
            .Accepts<string>("text/csv")
            .WithSummary("Import a history CSV (admins; header in docs/csv-formats-history.md). All or nothing: 400 with the problems by line.");
    }

    /// <summary>The body as text, at most one character past the import's limit (so the service can refuse it).</summary>
    private static async Task<string> ReadTextAsync(HttpRequest request, CancellationToken ct)
    {
        using var reader = new StreamReader(request.Body);
        var text = new System.Text.StringBuilder();
        var buffer = new char[81920];
        int n;
        while (text.Length <= HistoryImportService.MaxLength && (n = await reader.ReadAsync(buffer.AsMemory(), ct)) > 0)
        {
            text.Append(buffer, 0, n);
        }

        return text.ToString();
    }
}
