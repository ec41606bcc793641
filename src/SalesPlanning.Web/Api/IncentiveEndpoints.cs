using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using SalesPlanning.Application.Incentives;
using SalesPlanning.Application.Performance;
using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Incentives;
using SalesPlanning.Web.Exports;
using SalesPlanning.Web.Localization;

namespace SalesPlanning.Web.Api;

/// <summary>
/// /api/v1/incentives: incentive pay (issue 14) with the same rules and access checks as the pages, because
/// both call <see cref="IncentiveService"/>: the plan and the grades (directors write), a month's run (directors
/// every statement and the pool, managers their regions' reps and their own, reps their own), approve and
/// re-open (directors), the payroll export (.xlsx, CSV) of what the caller may read, a person's approved
/// months, and a what-if.
/// </summary>
internal static class IncentiveEndpoints
{
    public sealed record PlanBody(string? EffectiveFrom, IncentiveTerms? Terms, int Number);

    public sealed record GradeBody(string? From, Grade? Grade);

    public sealed record ReopenBody(string? Reason);

    public static void MapIncentiveEndpoints(this RouteGroupBuilder api)
    {
        var incentives = api.MapGroup("/incentives").WithTags("Incentives").RequireAuthorization();

        incentives.MapGet("/plan/{period}", (string period, Caller caller, IncentiveService service, CancellationToken ct) =>
                ApiResults.WithPeriod(period, async p => (await service.GetPlanAsync(caller, p, ct)).ToHttp()))
            .WithSummary("The incentive plan in force for the month (number 0: nothing saved, seed 003's defaults) and every saved version.");
        incentives.MapPost("/plan", async (PlanBody body, Caller caller, IncentiveService service, CancellationToken ct) =>
            {
                if (!Period.TryParse(body.EffectiveFrom, out var from) || from is null)
                {
                    return ApiResults.BadRequest("effectiveFrom", ScorecardMessages.PeriodFormat);
                }

                return (await service.SavePlanAsync(caller, new SaveIncentivePlan(from, body.Terms!, body.Number), ct)).ToHttp(number => new PlanNumberAnswer(number));
            })
            .WithSummary("Save a new version in force from a month (directors), over the version number read (0: none); refused for a month already approved.");
        incentives.MapGet("/grades/{period}", (string period, Caller caller, IncentiveService service, CancellationToken ct) =>
                ApiResults.WithPeriod(period, async p => (await service.GetGradesAsync(caller, p, ct)).ToHttp()))
            .WithSummary("Everyone with their grade in force for the month (directors).");
        incentives.MapPut("/grades/{userId:guid}", async (Guid userId, GradeBody body, Caller caller, IncentiveService service, CancellationToken ct) =>
            {
                if (!Period.TryParse(body.From, out var from) || from is null)
                {
                    return ApiResults.BadRequest("from", ScorecardMessages.PeriodFormat);
                }

                return (await service.SetGradeAsync(caller, new SetPersonGrade(userId, from, body.Grade), ct)).ToHttp(_ => new GradeAnswer(userId));
            })
            .WithSummary("Set a person's grade from a month on (directors); grade null takes them out of the scheme. Refused for a month already approved.");

        var runs = incentives.MapGroup("/runs/{period}");
        runs.MapGet("/", (string period, Caller caller, IncentiveService service, CancellationToken ct) =>
                ApiResults.WithPeriod(period, async p => (await service.GetRunAsync(caller, p, ct)).ToHttp()))
            .WithSummary("The month's run: status draft (month-end not signed off), ready or approved; the statements you may read, the pool for directors.");
        runs.MapPost("/approve", (string period, Caller caller, IncentiveService service, CancellationToken ct) =>
                ApiResults.WithPeriod(period, async p => (await service.ApproveAsync(caller, p, ct)).ToHttp()))
            .WithSummary("Approve the month's run (directors, after every region's month-end sign-off): the statements are stored and locked.");
        runs.MapPost("/reopen", (string period, ReopenBody body, Caller caller, IncentiveService service, CancellationToken ct) =>
                ApiResults.WithPeriod(period, async p => (await service.ReopenAsync(caller, new ReopenIncentiveRun(p, body.Reason), ct)).ToHttp()))
            .WithSummary("Re-open an approved run (directors) with a reason, which is audited.");
        runs.MapGet("/export.xlsx", (string period, Caller caller, IncentiveService service, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                ExportAsync(period, caller, service, run => TypedResults.File(IncentiveWorkbook.Create(run, text), IncentiveWorkbook.ContentType, IncentiveWorkbook.FileName(run, "xlsx")), ct))
            .Produces<Stream>(StatusCodes.Status200OK, IncentiveWorkbook.ContentType)
            .WithSummary("The month's run for payroll as an Excel workbook: the statements you may read.");
        runs.MapGet("/export.csv", (string period, Caller caller, IncentiveService service, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                ExportAsync(period, caller, service, run => TypedResults.File(IncentiveWorkbook.Csv(run, text), IncentiveWorkbook.CsvContentType, IncentiveWorkbook.FileName(run, "csv")), ct))
            .Produces<Stream>(StatusCodes.Status200OK, IncentiveWorkbook.CsvContentType)
            .WithSummary("The month's run for payroll as CSV (UTF-8): one row per person.");
        runs.MapGet("/what-if", (string period, decimal amount, Guid? personId, Caller caller, IncentiveService service, CancellationToken ct) =>
                ApiResults.WithPeriod(period, async p => (await service.WhatIfAsync(caller, p, amount, personId, ct)).ToHttp()))
            .WithSummary("What you (or with personId a rep you may read) would earn with `amount` more collections this month, by the same rules.");

        incentives.MapGet("/people/{personId:guid}/{year:int}", async (Guid personId, int year, Caller caller, IncentiveService service, CancellationToken ct) =>
                (await service.GetHistoryAsync(caller, personId, year, ct)).ToHttp())
            .WithSummary("A person's approved months of a year, newest first (their own, managers their regions' reps, directors anyone).");
    }

    /// <summary>The run the caller may read, as a file; the refusal as any other when they may not.</summary>
    private static Task<Results<FileContentHttpResult, Refused.Invalid, Refused.Forbidden, Refused.NotFound, Refused.Conflict>> ExportAsync(
        string period, Caller caller, IncentiveService service, Func<IncentiveRunView, FileContentHttpResult> file, CancellationToken ct) =>
        ApiResults.WithPeriod(period, async p => (await service.GetRunAsync(caller, p, ct)).ToHttpAs(file));
}
