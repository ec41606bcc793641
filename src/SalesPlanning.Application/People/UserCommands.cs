using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SalesPlanning.Application.Common;
using SalesPlanning.Application.Identity;
using SalesPlanning.Application.Persistence;

namespace SalesPlanning.Application.People;

/// <summary>
/// Changes to people (issue 6): admins create users with a one-time password, change their roles
/// and region memberships, deactivate and reactivate them, give them a new one-time password, and
/// delete only those never used. Every change is audited in the same transaction. Deactivation (and
/// a password reset) changes the user's security stamp, which ends their cookie, bearer and
/// interactive sessions. A person is created one way only, <see cref="UserCreation"/>, which the CSV
/// import (<see cref="UserImport"/>) uses too; the rows are written by <see cref="UserRows"/>.
/// </summary>
public sealed class UserCommands(
    ISalesPlanningDbFactory contexts,
    IPasswordHasher<AppUser> passwordHasher,
    ILookupNormalizer normalizer,
    TimeProvider time,
    ILogger<UserCommands> logger)
{
    public const string EntityType = "User";
    public const string MembershipEntityType = "RegionMembership";

    private readonly UserRows rows = new(passwordHasher, normalizer);
    private readonly UserCreation creation = new(passwordHasher, normalizer, time);

    public async Task<Result<CreatedUser>> CreateAsync(Actor actor, CreateUser request, CancellationToken cancellationToken = default)
    {
        if (!actor.IsAdmin)
        {
            return Result<CreatedUser>.Forbidden();
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var created = await creation.StageAsync(db, actor, request, null, null, cancellationToken);
        if (created.Problems is { } problems)
        {
            return Result<CreatedUser>.Invalid(PeopleResults.ByField(problems));
        }

        if (await PeopleResults.SaveAsync(db, cancellationToken) is { } failure)
        {
            return Result<CreatedUser>.From(failure);
        }

        logger.LogInformation("User {UserId} created by {ActorId}", created.User!.Id, actor.UserId);
        return Result<CreatedUser>.Ok(created.User);
    }

    public async Task<Result<string>> UpdateAsync(Actor actor, UpdateUser request, CancellationToken cancellationToken = default)
    {
        if (!actor.IsAdmin)
        {
            return Result<string>.Forbidden();
        }

        if (Validation.Check<UpdateUserValidator, UpdateUser>(request) is { } invalid)
        {
            return Result<string>.Invalid(invalid);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == request.Id, cancellationToken);
        if (user is null)
        {
            return Result<string>.NotFound();
        }

        if (user.ConcurrencyStamp != request.Version)
        {
            return Result<string>.Conflict(PeopleMessages.Conflict);
        }

        var roles = UserRows.Distinct(request.Roles);
        if (user.Id == actor.UserId && !roles.Contains(Roles.Admin))
        {
            return PeopleResults.Invalid<string>("Roles", PeopleMessages.KeepOwnAdminRole);
        }

        var email = request.Email.Trim();
        var normalizedEmail = rows.NormalizeEmail(email);
        if (normalizedEmail != user.NormalizedEmail && await UserRows.EmailTakenAsync(db, normalizedEmail, user.Id, cancellationToken))
        {
            return PeopleResults.Invalid<string>("Email", PeopleMessages.EmailTaken);
        }

        var audit = new PeopleAudit(db, actor, time.GetUtcNow());
        var key = user.Email ?? user.Id.ToString();
        if (email != user.Email)
        {
            audit.User(key, "Changed", "Email", user.Email, email);
            rows.SetEmail(user, email);
            key = email;
        }

        var name = request.DisplayName.Trim();
        if (name != user.DisplayName)
        {
            audit.User(key, "Changed", "DisplayName", user.DisplayName, name);
            user.DisplayName = name;
        }

        if (request.PreferredCulture != user.PreferredCulture)
        {
            audit.User(key, "Changed", "PreferredCulture", user.PreferredCulture, request.PreferredCulture);
            user.PreferredCulture = request.PreferredCulture;
        }

        var roleChange = await UserRows.SetRolesAsync(db, user.Id, roles, cancellationToken);
        if (roleChange is { } change)
        {
            audit.User(key, "RolesChanged", "Roles", change.Old, change.New);
        }

        var memberships = await UserMemberships.SetAsync(db, audit, user, key, roles, request.RepIn, request.ManagerOf, cancellationToken);
        if (memberships.Count > 0)
        {
            return Result<string>.Invalid(PeopleResults.ByField(memberships));
        }

        if (!db.ChangeTracker.HasChanges())
        {
            return Result<string>.Ok(user.ConcurrencyStamp!);
        }

        if (roleChange is not null)
        {
            // Roles are in the user's sign-in; a new stamp ends sessions that carry the old ones.
            UserRows.EndSessions(user);
        }

        UserRows.Changed(user);
        if (await PeopleResults.SaveAsync(db, cancellationToken) is { } failure)
        {
            return Result<string>.From(failure);
        }

        logger.LogInformation("User {UserId} changed by {ActorId}", user.Id, actor.UserId);
        return Result<string>.Ok(user.ConcurrencyStamp!);
    }

    /// <summary>Deactivates (the user cannot sign in; every session ends; history stays) or reactivates a user.</summary>
    public async Task<Result<string>> SetActiveAsync(Actor actor, Guid id, bool active, CancellationToken cancellationToken = default)
    {
        if (!actor.IsAdmin)
        {
            return Result<string>.Forbidden();
        }

        if (id == actor.UserId && !active)
        {
            return PeopleResults.Invalid<string>("", PeopleMessages.NotYourself);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == id, cancellationToken);
        if (user is null)
        {
            return Result<string>.NotFound();
        }

        if (user.IsActive == active)
        {
            return PeopleResults.Invalid<string>("", active ? PeopleMessages.AlreadyActive : PeopleMessages.AlreadyInactive);
        }

        user.IsActive = active;
        UserRows.EndSessions(user);
        UserRows.Changed(user);
        new PeopleAudit(db, actor, time.GetUtcNow()).User(user.Email ?? user.Id.ToString(), active ? "Reactivated" : "Deactivated", "IsActive",
            (!active).ToString(CultureInfo.InvariantCulture), active.ToString(CultureInfo.InvariantCulture));
        if (await PeopleResults.SaveAsync(db, cancellationToken) is { } failure)
        {
            return Result<string>.From(failure);
        }

        logger.LogInformation("User {UserId} {Change} by {ActorId}", id, active ? "reactivated" : "deactivated", actor.UserId);
        return Result<string>.Ok(user.ConcurrencyStamp!);
    }

    /// <summary>Gives the user a new one-time password (to change at next sign-in) and ends their sessions.</summary>
    public async Task<Result<CreatedUser>> ResetPasswordAsync(Actor actor, Guid id, CancellationToken cancellationToken = default)
    {
        if (!actor.IsAdmin)
        {
            return Result<CreatedUser>.Forbidden();
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == id, cancellationToken);
        if (user is null)
        {
            return Result<CreatedUser>.NotFound();
        }

        var password = rows.ResetPassword(user);
        new PeopleAudit(db, actor, time.GetUtcNow()).User(user.Email ?? user.Id.ToString(), "PasswordReset");
        if (await PeopleResults.SaveAsync(db, cancellationToken) is { } failure)
        {
            return Result<CreatedUser>.From(failure);
        }

        logger.LogInformation("Password of user {UserId} reset by {ActorId}", id, actor.UserId);
        return Result<CreatedUser>.Ok(new CreatedUser(user.Id, user.Email ?? "", user.DisplayName, password));
    }

    /// <summary>Deletes a user who was never used (<see cref="UserRows.IsUsedAsync"/>); anyone else is deactivated instead.</summary>
    public async Task<Result<bool>> DeleteAsync(Actor actor, Guid id, CancellationToken cancellationToken = default)
    {
        if (!actor.IsAdmin)
        {
            return Result<bool>.Forbidden();
        }

        if (id == actor.UserId)
        {
            return PeopleResults.Invalid<bool>("", PeopleMessages.NotYourself);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == id, cancellationToken);
        if (user is null)
        {
            return Result<bool>.NotFound();
        }

        if (await UserRows.IsUsedAsync(db, user, cancellationToken))
        {
            return PeopleResults.Invalid<bool>("", PeopleMessages.InUse);
        }

        var key = user.Email ?? user.Id.ToString();
        var roles = await UserRows.RoleNamesAsync(db, id, cancellationToken);
        db.Users.Remove(user);
        new PeopleAudit(db, actor, time.GetUtcNow()).User(key, "Deleted", "Roles", UserRows.Join(roles), null, user.DisplayName);
        if (await PeopleResults.SaveAsync(db, cancellationToken) is { } failure)
        {
            // A reference this check does not know of (a newer table) refuses the delete in the database.
            return failure.Status == ResultStatus.Conflict ? PeopleResults.Invalid<bool>("", PeopleMessages.InUse) : Result<bool>.From(failure);
        }

        logger.LogInformation("Unused user {UserId} deleted by {ActorId}", id, actor.UserId);
        return Result<bool>.Ok(true);
    }
}
