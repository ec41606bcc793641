using SalesPlanning.Application.Reviews;

namespace SalesPlanning.Web.Api;

/// <summary>
/// /api/v1/month-end/{planId}: the month-end review (月度总结) of an approved plan, with the same rules
/// and access checks as its page, because both call <see cref="MonthEndService"/>. Every write sends
/// the review's version as read (0 before the first save) and gets the new one; 409 if it changed.
/// </summary>
internal static class MonthEndEndpoints
{
    public sealed record NarrativeBody(
        string? WhatWorked, string? WhatDidNot, string? ControllableCauses, string? UncontrollableCauses, string? Improvements, uint Version);

    public sealed record VersionBody(uint Version);

    public sealed record ReturnBody(uint Version, string? Comment = null);

    public static void MapMonthEndEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/month-end/{planId:guid}").WithTags("Month-end review").RequireAuthorization();

        group.MapGet("/", async (Guid planId, Caller caller, MonthEndService service, CancellationToken ct) =>
                (await service.GetAsync(caller, planId, ct)).ToHttp())
            .WithSummary("The month-end review of an approved or closed plan: figures, narrative, status (directors and the region's manager).");
        group.MapPut("/", async (Guid planId, NarrativeBody body, Caller caller, MonthEndService service, CancellationToken ct) =>
                (await service.SaveAsync(caller, new SaveMonthEndNarrative(
                    planId, body.WhatWorked, body.WhatDidNot, body.ControllableCauses, body.UncontrollableCauses, body.Improvements, body.Version), ct))
                    .ToHttp(version => new VersionAnswer(version)))
            .WithSummary("Save the narrative (the region's manager; each field at most 4,000 characters).");
        group.MapPost("/submit", async (Guid planId, VersionBody body, Caller caller, MonthEndService service, CancellationToken ct) =>
                (await service.SubmitAsync(caller, planId, body.Version, ct)).ToHttp(version => new VersionAnswer(version)))
            .WithSummary("Submit for sign-off (the region's manager), once the month has ended and the narrative is written.");
        group.MapPost("/sign-off", async (Guid planId, VersionBody body, Caller caller, MonthEndService service, CancellationToken ct) =>
                (await service.SignOffAsync(caller, planId, body.Version, ct)).ToHttp(version => new VersionAnswer(version)))
            .WithSummary("Sign off a submitted review (directors); the plan becomes Closed in the same transaction.");
        group.MapPost("/return", async (Guid planId, ReturnBody body, Caller caller, MonthEndService service, CancellationToken ct) =>
                (await service.ReturnAsync(caller, planId, body.Version, body.Comment, ct)).ToHttp(version => new VersionAnswer(version)))
            .WithSummary("Return a submitted review to the manager (directors), with a required comment.");
    }
}
