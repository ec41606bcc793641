using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SalesPlanning.Application.Auditing;
using SalesPlanning.Application.Common;
using SalesPlanning.Application.Identity;
using SalesPlanning.Application.Persistence;

namespace SalesPlanning.Application.People;

public sealed record OwnAccountView(string Email, string DisplayName, string? PreferredCulture, bool MustChangePassword);

/// <summary>What every user may change of their own: their password and their language.</summary>
public sealed class OwnAccountService(
    UserManager<AppUser> users,
    ISalesPlanningDbFactory contexts,
    TimeProvider time,
    ILogger<OwnAccountService> logger)
{
    public async Task<Result<OwnAccountView>> GetAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var view = await db.Users.AsNoTracking().Where(u => u.Id == actor.UserId)
            .Select(u => new OwnAccountView(u.Email ?? "", u.DisplayName, u.PreferredCulture, u.MustChangePassword))
            .SingleOrDefaultAsync(cancellationToken);
        return view is null ? Result<OwnAccountView>.NotFound() : Result<OwnAccountView>.Ok(view);
    }

    /// <summary>
    /// Records a successful sign-in: a user who ever signed in is kept (deactivated), never deleted.
    /// Straight to the row, so the user's concurrency stamp (the admin grid's version) stays.
    /// </summary>
    public async Task RecordSignInAsync(Guid userId, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Users.Where(u => u.Id == userId)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.LastSignInAt, at), cancellationToken);
    }

    /// <summary>Sets the user's language (zh-CN or en; null follows the browser).</summary>
    public async Task<Result<bool>> SetLanguageAsync(Actor actor, string? culture, CancellationToken cancellationToken = default)
    {
        if (culture is not null && !UserFields.Cultures.Contains(culture))
        {
            return Result<bool>.Invalid(new Dictionary<string, string[]> { ["PreferredCulture"] = [PeopleMessages.LanguageUnknown] });
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var changed = await db.Users.Where(u => u.Id == actor.UserId)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.PreferredCulture, culture), cancellationToken);
        return changed == 0 ? Result<bool>.NotFound() : Result<bool>.Ok(true);
    }

    /// <summary>
    /// Changes the caller's password (the current one is required) and clears the one-time-password
    /// flag. The security stamp changes, so the caller's other sessions end; the page signs this one
    /// in again. The returned user is for that refresh.
    /// </summary>
    public async Task<Result<AppUser>> ChangePasswordAsync(Actor actor, ChangeOwnPassword request, CancellationToken cancellationToken = default)
    {
        if (Validation.Check<ChangeOwnPasswordValidator, ChangeOwnPassword>(request) is { } invalid)
        {
            return Result<AppUser>.Invalid(invalid);
        }

        var user = await users.FindByIdAsync(actor.UserId.ToString());
        if (user is null || !user.IsActive)
        {
            return Result<AppUser>.NotFound();
        }

        user.MustChangePassword = false;
        var changed = await users.ChangePasswordAsync(user, request.CurrentPassword, request.NewPassword);
        if (!changed.Succeeded)
        {
            user.MustChangePassword = true;
            var field = changed.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch))
                ? nameof(request.CurrentPassword)
                : nameof(request.NewPassword);
            return Result<AppUser>.Invalid(new Dictionary<string, string[]>
            {
                [field] = changed.Errors.Select(e => "Password_" + e.Code).Distinct().ToArray(),
            });
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.Audit(actor, time.GetUtcNow(), UserCommands.EntityType, user.Email ?? "", "PasswordChanged");
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("User {UserId} changed their password", actor.UserId);
        return Result<AppUser>.Ok(user);
    }
}
