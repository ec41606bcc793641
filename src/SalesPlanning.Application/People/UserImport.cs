using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using SalesPlanning.Application.Common;
using SalesPlanning.Application.Csv;
using SalesPlanning.Application.Identity;
using SalesPlanning.Application.Persistence;

namespace SalesPlanning.Application.People;

/// <summary>
/// The users CSV import (<see cref="UserCsv"/>, docs/csv-formats.md): a preview that checks every
/// line against the database and saves nothing, then all or nothing. Each line is created through
/// <see cref="UserCreation"/>, the same path as <see cref="UserCommands.CreateAsync"/> (a person
/// created on the page or through the API), with "CSV import" on its audit rows.
/// </summary>
public sealed class UserImport(
    ISalesPlanningDbFactory contexts,
    IPasswordHasher<AppUser> passwordHasher,
    ILookupNormalizer normalizer,
    TimeProvider time,
    ILogger<UserImport> logger)
{
    public const string AuditComment = "CSV import";

    private readonly UserCreation creation = new(passwordHasher, normalizer, time);

    /// <summary>Reads a users CSV and checks every line against the database, saving nothing.</summary>
    public async Task<Result<UserImportPreview>> PreviewAsync(Actor actor, string csv, CancellationToken cancellationToken = default)
    {
        if (!actor.IsAdmin)
        {
            return Result<UserImportPreview>.Forbidden();
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (preview, _) = await StageAsync(db, actor, csv, cancellationToken);
        return Result<UserImportPreview>.Ok(preview);
    }

    /// <summary>Creates every user of the CSV, or none when any line is bad (each bad line is reported).</summary>
    public async Task<Result<IReadOnlyList<CreatedUser>>> ImportAsync(Actor actor, string csv, CancellationToken cancellationToken = default)
    {
        if (!actor.IsAdmin)
        {
            return Result<IReadOnlyList<CreatedUser>>.Forbidden();
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (preview, created) = await StageAsync(db, actor, csv, cancellationToken);
        if (preview.Errors.Count > 0)
        {
            return Result<IReadOnlyList<CreatedUser>>.Invalid(preview.Errors
                .GroupBy(e => UserCsv.ErrorKey(e))
                .ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()));
        }

        if (await PeopleResults.SaveAsync(db, cancellationToken) is { } failure)
        {
            return Result<IReadOnlyList<CreatedUser>>.From(failure);
        }

        logger.LogInformation("{Count} users imported by {ActorId}", created.Count, actor.UserId);
        return Result<IReadOnlyList<CreatedUser>>.Ok(created);
    }

    private async Task<(UserImportPreview Preview, IReadOnlyList<CreatedUser> Created)> StageAsync(
        ISalesPlanningDb db, Actor actor, string csv, CancellationToken cancellationToken)
    {
        var read = UserCsv.Read(csv);
        var errors = new List<CsvLineError>(read.Errors);
        var created = new List<CreatedUser>();
        var rows = new List<UserImportRow>();
        var emails = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (line, request) in read.Requests)
        {
            var staged = await creation.StageAsync(db, actor, request, AuditComment, emails, cancellationToken);
            var lineErrors = (staged.Problems ?? []).Select(p => new CsvLineError(line, p.Message, UserCsv.Column(p.Field))).ToList();
            if (staged.User is { } user)
            {
                created.Add(user);
            }

            errors.AddRange(lineErrors);
            rows.Add(new UserImportRow(line, request.Email, request.DisplayName, request.Roles, request.RepIn, request.ManagerOf, lineErrors.Count == 0));
        }

        return (new UserImportPreview(rows, [.. errors.OrderBy(e => e.Line)]), created);
    }
}
