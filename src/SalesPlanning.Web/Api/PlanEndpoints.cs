using System.Text.Json;
using Microsoft.Extensions.Localization;
using SalesPlanning.Application.Common;
using SalesPlanning.Application.Plans;
using SalesPlanning.Application.Targets;
using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Plans;
using SalesPlanning.Web.Exports;
using SalesPlanning.Web.Localization;

namespace SalesPlanning.Web.Api;

/// <summary>
/// /api/v1/plans: the monthly plan (DESIGN §4–5) with the same operations, rules and access checks as
/// the plan pages, because both call <see cref="PlanService"/>; plus its exports. The exports also
/// work as plain links from a page (the sign-in cookie authenticates them).
/// </summary>
internal static class PlanEndpoints
{
    /// <summary>A section as the manager left it; <see cref="Version"/> is the section's version as read (0 if never saved).</summary>
    public sealed record SectionBody(uint Version, JsonElement Content);

    /// <summary>A workflow step; <see cref="Version"/> is the plan's version as read. Returning needs a comment.</summary>
    public sealed record TransitionBody(uint Version, string? Comment = null);

    public static void MapPlanEndpoints(this RouteGroupBuilder api)
    {
        var plans = api.MapGroup("/plans").WithTags("Plans").RequireAuthorization();

        plans.MapGet("/", (string? period, Caller caller, PlanService service, CancellationToken ct) =>
                ApiResults.WithPeriod(period, p => service.MonthAsync(caller, p, ct)))
            .WithSummary("Every region's plan of a month (?period=yyyy-MM) the caller may read: directors all regions, managers their own.");
        plans.MapGet("/waiting", async (Caller caller, PlanService service, CancellationToken ct) =>
                (await service.WaitingForReviewAsync(caller, ct)).ToHttp())
            .WithSummary("Plans waiting for a director's review, oldest first, with their review deadline (directors).");

        plans.MapGet("/{regionId:guid}/{period}", (Guid regionId, string period, Caller caller, PlanService service,
                    IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                ApiResults.WithPeriod(period, p => service.GetAsync(caller, regionId, p, ct), view => Shape(view, text)))
            .WithSummary("A region's plan of a month with every section; never writes: a plan not started yet has no planId (canStart tells the region's manager they may start it).");
        plans.MapPost("/{regionId:guid}/{period}", (Guid regionId, string period, Caller caller, PlanService service,
                    IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                ApiResults.WithPeriod(period, p => service.StartAsync(caller, regionId, p, ct), view => Shape(view, text)))
            .WithSummary("Start the region's plan of a month in Draft (the region's manager). A plan already started is answered as it is.");
        plans.MapGet("/{regionId:guid}/{period}/review", (Guid regionId, string period, Caller caller, PlanReviewQuery review, CancellationToken ct) =>
                ApiResults.WithPeriod(period, p => review.ForAsync(caller, regionId, p, ct)))
            .WithSummary("The figures of §4.1 (last month's target, actual, achievement, vs plan, MoM, YoY) for the region, its reps and products.");

        plans.MapPut("/{planId:guid}/sections/{section}", async (Guid planId, string section, SectionBody body, Caller caller,
                    PlanService service, CancellationToken ct) =>
            {
                if (!TryParseSection(section, out var parsed))
                {
                    return ApiResults.NotFound();
                }

                string? unreadable = "$";
                var content = body.Content.ValueKind == JsonValueKind.Object ? SectionJson.ReadPlain(parsed, body.Content, out unreadable) : null;
                if (content is null)
                {
                    // Keyed by the JSON path of the field in the request body, as every unreadable value is.
                    return ApiResults.BadRequest("$.content" + (unreadable ?? "$")[1..], PlanMessages.UnreadableContent);
                }

                return (await service.SaveSectionAsync(caller, planId, content, body.Version, ct)).ToHttp();
            })
            .WithSummary("Save one section of a Draft or Returned plan (the region's manager). Send the section's version you read; 409 if it changed.");

        plans.MapPost("/{planId:guid}/submit", async (Guid planId, TransitionBody body, Caller caller, PlanService service, CancellationToken ct) =>
                (await service.SubmitAsync(caller, planId, body.Version, ct)).ToHttp(Status))
            .WithSummary("Submit the plan for review (the region's manager); refused with every unmet rule listed.");
        plans.MapPost("/{planId:guid}/approve", async (Guid planId, TransitionBody body, Caller caller, PlanService service, CancellationToken ct) =>
                (await service.ApproveAsync(caller, planId, body.Version, body.Comment, ct)).ToHttp(Status))
            .WithSummary("Approve a submitted plan and lock its targets (directors); refused while a breakdown does not balance.");
        plans.MapPost("/{planId:guid}/return", async (Guid planId, TransitionBody body, Caller caller, PlanService service, CancellationToken ct) =>
                (await service.ReturnAsync(caller, planId, body.Version, body.Comment ?? "", ct)).ToHttp(Status))
            .WithSummary("Return a submitted plan to its manager with a comment (directors).");

        plans.MapGet("/{planId:guid}/export.xlsx", async (Guid planId, Caller caller, PlanExportQuery exports,
                    IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await exports.ForAsync(caller, planId, ct))
                    .ToHttpAs(export => TypedResults.File(PlanWorkbook.Create(export, text), PlanWorkbook.ContentType, export.FileName("xlsx"))))
            .Produces<Stream>(StatusCodes.Status200OK, PlanWorkbook.ContentType)
            .WithSummary("The plan as an Excel workbook, a sheet per section, headers in the caller's language (whoever may read the plan).");
        plans.MapGet("/{planId:guid}/production.csv", async (Guid planId, Caller caller, PlanExportQuery exports, CancellationToken ct) =>
                (await exports.ForAsync(caller, planId, ct))
                    .ToHttpAs(export => TypedResults.File(ProductionCsv.Write(export), ProductionCsv.ContentType, export.FileName("csv"))))
            .Produces<Stream>(StatusCodes.Status200OK, ProductionCsv.ContentType)
            .WithSummary("Product volume targets and the two-month rolling forecast for production planning (UTF-8 CSV with BOM).");
    }

    private static bool TryParseSection(string value, out PlanSection section) =>
        Enum.TryParse(value, ignoreCase: true, out section) && Enum.IsDefined(section) && !int.TryParse(value, out _);

    private static PlanStatusAnswer Status(PlanStatus status) => new(status);

    /// <summary>The plan as JSON: each section's content with its own fields, each problem with its message in the caller's language.</summary>
    private static PlanAnswer Shape(PlanView view, IStringLocalizer text) => new(
        view.PlanId,
        view.RegionId,
        view.RegionCode,
        view.RegionName,
        view.Period,
        view.Status,
        view.Version,
        view.SubmittedAt,
        view.ReviewDueAt,
        view.IsOverdue,
        view.ReturnComment,
        view.CanStart,
        view.CanEdit,
        view.CanSubmit,
        view.CanReview,
        [.. view.Sections.Select(s => new SectionAnswer(s.Section, s.Version, s.UpdatedAt, s.UpdatedBy, s.IsComplete, s.Content))],
        view.History,
        [.. view.Problems.Select(p => new ProblemAnswer(p.Section, p.Field, p.Code, p.Args, text.Text(PlanMessages.Encode(p))))]);

    /// <summary>A plan as the API answers it (<see cref="PlanView"/> with its sections' own fields and its problems' messages).</summary>
    internal sealed record PlanAnswer(
        Guid? PlanId,
        Guid RegionId,
        string RegionCode,
        string RegionName,
        Period Period,
        PlanStatus? Status,
        uint Version,
        DateTimeOffset? SubmittedAt,
        DateTimeOffset? ReviewDueAt,
        bool IsOverdue,
        string? ReturnComment,
        bool CanStart,
        bool CanEdit,
        bool CanSubmit,
        bool CanReview,
        IReadOnlyList<SectionAnswer> Sections,
        IReadOnlyList<TransitionView> History,
        IReadOnlyList<ProblemAnswer> Problems);

    /// <summary>A section; <see cref="Content"/> is written as its own type, with that section's fields.</summary>
    internal sealed record SectionAnswer(PlanSection Section, uint Version, DateTimeOffset? UpdatedAt, string? UpdatedBy, bool IsComplete, object Content);

    /// <summary>A rule the plan does not meet yet, with its message in the caller's language.</summary>
    internal sealed record ProblemAnswer(PlanSection Section, string Field, string Code, IReadOnlyList<string> Args, string Message);
}
