using Microsoft.Extensions.Localization;
using SalesPlanning.Application.Performance;
using SalesPlanning.Application.Settings;
using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Performance;
using SalesPlanning.Web.Exports;
using SalesPlanning.Web.Localization;

namespace SalesPlanning.Web.Api;

/// <summary>
/// /api/v1/scorecards/{period}: monthly KPI scorecards (issue 13), with the same rules and access checks as
/// the pages, because both call <see cref="ScorecardService"/>; /api/v1/settings/kpi-weights: the company's
/// default KPI weights (admins). Writes send the version they read (0 before the first save); 409 if it changed.
/// </summary>
internal static class ScorecardEndpoints
{
    public sealed record TargetsBody(IReadOnlyList<RepTargetsInput>? Reps, uint Version);

    public sealed record ManualBody(decimal? Conduct, decimal? RequestFollowUp, string? Comment, uint Version);

    public sealed record WeightsBody(IReadOnlyList<KpiWeighting>? Weights, uint Version);

    public static void MapScorecardEndpoints(this RouteGroupBuilder api)
    {
        var cards = api.MapGroup("/scorecards/{period}").WithTags("Scorecards").RequireAuthorization();

        cards.MapGet("/rep", (string period, Guid? repId, Caller caller, ScorecardService service, CancellationToken ct) =>
                ApiResults.WithPeriod(period, async p => (await service.GetRepAsync(caller, p, repId, ct)).ToHttp()))
            .WithSummary("A rep's scorecard of the month with the last six months' scores: your own, or with repId a rep of your regions (managers) or anyone (directors).");
        cards.MapGet("/regions/{regionId:guid}", (string period, Guid regionId, Caller caller, ScorecardService service, CancellationToken ct) =>
                ApiResults.WithPeriod(period, async p => (await service.GetTeamAsync(caller, regionId, p, ct)).ToHttp()))
            .WithSummary("A region's scorecards side by side, best score first (directors, the region's manager).");
        cards.MapGet("/ranking", (string period, Guid? regionId, Caller caller, ScorecardService service, CancellationToken ct) =>
                ApiResults.WithPeriod(period, async p => (await service.GetRankingAsync(caller, p, regionId, ct)).ToHttp()))
            .WithSummary("The company ranking of the month, or one region's with regionId (directors).");
        cards.MapGet("/regions/{regionId:guid}/targets", (string period, Guid regionId, Caller caller, ScorecardService service, CancellationToken ct) =>
                ApiResults.WithPeriod(period, async p => (await service.GetTargetsAsync(caller, regionId, p, ct)).ToHttp()))
            .WithSummary("The team's count targets of the month and last month's (directors, the region's manager); null = not set.");
        cards.MapPut("/regions/{regionId:guid}/targets", (string period, Guid regionId, TargetsBody body, Caller caller, ScorecardService service, CancellationToken ct) =>
                ApiResults.WithPeriod(period, async p => (await service.SaveTargetsAsync(caller, new SaveKpiTargets(regionId, p, body.Reps ?? [], body.Version), ct))
                    .ToHttp(version => new VersionAnswer(version))))
            .WithSummary("Save the team's count targets at once (the region's manager): whole numbers ≥ 0, null = not set; reps left out keep theirs.");
        cards.MapPut("/reps/{repId:guid}/manual", (string period, Guid repId, ManualBody body, Caller caller, ScorecardService service, CancellationToken ct) =>
                ApiResults.WithPeriod(period, async p => (await service.SaveManualScoresAsync(caller,
                    new SaveManualScores(repId, p, body.Conduct, body.RequestFollowUp, body.Comment, body.Version), ct)).ToHttp(version => new VersionAnswer(version))))
            .WithSummary("Save a rep's conduct and request follow-up scores (0–100, one decimal) and comment (the manager of the rep's region).");
        cards.MapGet("/export.xlsx", (string period, Guid? regionId, Caller caller, ScorecardService service, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                ApiResults.WithPeriod(period, async p => (await service.GetExportAsync(caller, p, regionId, ct)).ToHttpAs(export =>
                {
                    var code = regionId is null || export.Ranking.Count == 0 ? null : export.Ranking[0].Scorecard.RegionCode;
                    return TypedResults.File(ScorecardWorkbook.Create(export, text), ScorecardWorkbook.ContentType, ScorecardWorkbook.FileName(export, code));
                })))
            .Produces<Stream>(StatusCodes.Status200OK, ScorecardWorkbook.ContentType)
            .WithSummary("The month's scorecards as an Excel workbook: the company's or a region's (directors), a team's with regionId (its manager).");

        var weights = api.MapGroup("/settings/kpi-weights").WithTags("Settings").RequireAuthorization();
        weights.MapGet("/", async (SettingsService service, CancellationToken ct) => TypedResults.Ok(await service.GetKpiWeightsAsync(ct)))
            .WithSummary("The company's default KPI weights, used for months without an approved plan (builtIn: no admin has set them).");
        weights.MapPut("/", async (WeightsBody body, Caller caller, SettingsService service, CancellationToken ct) =>
                (await service.SaveKpiWeightsAsync(caller, new SaveKpiWeights(body.Weights ?? [], body.Version), ct)).ToHttp(version => new VersionAnswer(version)))
            .WithSummary("Set the company's default KPI weights (admins): each 0–100, each KPI once, summing to 100.");
    }
}
