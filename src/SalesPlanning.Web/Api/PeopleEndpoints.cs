using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using SalesPlanning.Application.Auditing;
using SalesPlanning.Application.Identity;
using SalesPlanning.Application.People;
using ImportAnswer = Microsoft.AspNetCore.Http.HttpResults.Results<
    SalesPlanning.Web.Api.ApiResults.OkWithMessages<SalesPlanning.Application.People.UserImportPreview>,
    SalesPlanning.Web.Api.ApiResults.OkWithMessages<System.Collections.Generic.IReadOnlyList<SalesPlanning.Application.People.CreatedUser>>>;

namespace SalesPlanning.Web.Api;

/// <summary>
/// /api/v1/users (admins), /api/v1/audit (directors and admins) and the caller's own password and
/// language under /api/v1/me: the same services, rules and access checks as the pages.
/// </summary>
internal static class PeopleEndpoints
{
    public const long MaxCsvBytes = 2 * 1024 * 1024;

    public sealed record UserBody(
        string Email,
        string DisplayName,
        IReadOnlyList<string>? Roles = null,
        IReadOnlyList<string>? RepIn = null,
        IReadOnlyList<string>? ManagerOf = null,
        string? PreferredCulture = null,
        string? Version = null);

    public sealed record PasswordBody(string CurrentPassword, string NewPassword);

    public sealed record LanguageBody(string? Culture = null);

    public static void MapPeopleEndpoints(this RouteGroupBuilder api)
    {
        var users = api.MapGroup("/users").WithTags("Users").RequireAuthorization();
        users.MapGet("/", async (string? search, bool? includeInactive, int? skip, int? take, Caller caller, UserQueries service, CancellationToken ct) =>
                (await service.ListAsync(caller, new UserSearch(search, includeInactive ?? true, skip ?? 0, take ?? 50), ct)).ToHttp())
            .WithSummary("People, searched by e-mail or name, a page at a time (admins).");
        users.MapGet("/{id:guid}", async (Guid id, Caller caller, UserQueries service, CancellationToken ct) =>
                (await service.GetAsync(caller, id, ct)).ToHttp())
            .WithSummary("One person (admins).");
        users.MapPost("/", async (UserBody body, Caller caller, UserCommands service, CancellationToken ct) =>
                (await service.CreateAsync(caller, new CreateUser(body.Email ?? "", body.DisplayName ?? "", body.Roles ?? [],
                    body.RepIn ?? [], body.ManagerOf ?? [], body.PreferredCulture), ct)).ToHttp())
            .WithSummary("Create a person (admins); the answer holds the one-time password they must change at first sign-in.");
        users.MapPut("/{id:guid}", async (Guid id, UserBody body, Caller caller, UserCommands service, CancellationToken ct) =>
                (await service.UpdateAsync(caller, new UpdateUser(id, body.Email ?? "", body.DisplayName ?? "", body.Roles ?? [],
                    body.RepIn ?? [], body.ManagerOf ?? [], body.PreferredCulture, body.Version ?? ""), ct)).ToHttp(version => new UserVersionAnswer(version)))
            .WithSummary("Change a person's e-mail, name, language, roles and region memberships (admins). Send the version you read; 409 if it changed.");
        users.MapPost("/{id:guid}/deactivate", async (Guid id, Caller caller, UserCommands service, CancellationToken ct) =>
                (await service.SetActiveAsync(caller, id, false, ct)).ToHttp(version => new UserVersionAnswer(version)))
            .WithSummary("Deactivate a person (admins): they cannot sign in, their sessions end, their history stays.");
        users.MapPost("/{id:guid}/reactivate", async (Guid id, Caller caller, UserCommands service, CancellationToken ct) =>
                (await service.SetActiveAsync(caller, id, true, ct)).ToHttp(version => new UserVersionAnswer(version)))
            .WithSummary("Reactivate a person (admins).");
        users.MapPost("/{id:guid}/reset-password", async (Guid id, Caller caller, UserCommands service, CancellationToken ct) =>
                (await service.ResetPasswordAsync(caller, id, ct)).ToHttp())
            .WithSummary("Give a person a new one-time password (admins); their sessions end.");
        users.MapDelete("/{id:guid}", async (Guid id, Caller caller, UserCommands service, CancellationToken ct) =>
                (await service.DeleteAsync(caller, id, ct)).ToHttpAs(_ => TypedResults.NoContent()))
            .WithSummary("Delete a person who was never used (admins); anyone else: 400, deactivate them instead.");
        users.MapPost("/import", async (HttpRequest request, bool? preview, Caller caller, UserImport service, CancellationToken ct) =>
            {
                var csv = await ReadCsvAsync(request, ct);
                if (csv is null)
                {
                    return ApiResults.BadRequest("file", "Csv_TooLarge");
                }

                // One answer type for both, so that OpenAPI lists the preview and the import's report.
                return preview == true
                    ? (await service.PreviewAsync(caller, csv, ct)).ToHttpAs(preview => (ImportAnswer)new ApiResults.OkWithMessages<UserImportPreview>(preview))
                    : (await service.ImportAsync(caller, csv, ct)).ToHttpAs(created => (ImportAnswer)new ApiResults.OkWithMessages<IReadOnlyList<CreatedUser>>(created));
            })
            .Accepts<string>("text/csv")
            .WithSummary("Import people from CSV (columns email, name, roles, rep_in, manager_of, language) as the request body (admins). "
                + "All or nothing: any bad line and nothing is saved; each problem is keyed by its line. ?preview=true checks without saving.");
        users.MapGet("/export", async (Caller caller, UserQueries service, CancellationToken ct) =>
                (await service.ExportAsync(caller, ct)).ToHttpAs(bytes => TypedResults.File(bytes, "text/csv; charset=utf-8", "users.csv")))
            .Produces<Stream>(StatusCodes.Status200OK, "text/csv; charset=utf-8")
            .WithSummary("Every person as CSV, UTF-8 with a byte-order mark (admins).");

        api.MapGet("/audit", async ([AsParameters] AuditSearchQuery query, Caller caller, AuditQueries audit, CancellationToken ct) =>
                (await audit.SearchAsync(caller, query.ToSearch(), ct)).ToHttp())
            .WithTags("Audit")
            .RequireAuthorization()
            .WithSummary("The audit trail, newest first, by who, entity type, action, key and date range (directors and admins).");

        var me = api.MapGroup("/me").WithTags("Me").RequireAuthorization();
        me.MapPost("/password", async (PasswordBody body, Caller caller, OwnAccountService account, CancellationToken ct) =>
                (await account.ChangePasswordAsync(caller, new ChangeOwnPassword(body.CurrentPassword ?? "", body.NewPassword ?? "", body.NewPassword ?? ""), ct))
                    .ToHttpAs(_ => TypedResults.NoContent()))
            .WithSummary("Change your own password (sign in again afterwards: existing tokens stop working).");
        me.MapPut("/language", async (LanguageBody body, Caller caller, OwnAccountService account, CancellationToken ct) =>
                (await account.SetLanguageAsync(caller, body.Culture, ct))
                    .ToHttpAs(_ => TypedResults.NoContent()))
            .WithSummary("Set your language: zh-CN, en, or null to follow the browser.");
    }

    public sealed record AuditSearchQuery(string? Who, string? EntityType, string? Action, string? Key, DateOnly? From, DateOnly? To, int? Skip, int? Take)
    {
        public AuditSearch ToSearch() => new(Who, EntityType, Action, Key, From, To, Skip ?? 0, Take ?? 50);
    }

    /// <summary>The CSV body as text (UTF-8, a BOM ignored); null when larger than the limit.</summary>
    private static async Task<string?> ReadCsvAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.ContentLength > MaxCsvBytes)
        {
            return null;
        }

        using var reader = new StreamReader(request.Body, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
        var buffer = new char[MaxCsvBytes + 1];
        var read = await reader.ReadBlockAsync(buffer.AsMemory(), ct);
        return read > MaxCsvBytes ? null : new string(buffer, 0, read);
    }
}
