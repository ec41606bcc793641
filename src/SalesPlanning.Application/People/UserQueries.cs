using Microsoft.EntityFrameworkCore;
using SalesPlanning.Application.Common;
using SalesPlanning.Application.Identity;
using SalesPlanning.Application.Persistence;
using SalesPlanning.Domain.Organisation;

namespace SalesPlanning.Application.People;

/// <summary>
/// People as admins read them (issue 6): a page of the list searched by e-mail or name, one person,
/// whether a person may be deleted, and every person as CSV. Changes are <see cref="UserCommands"/>.
/// </summary>
public sealed class UserQueries(ISalesPlanningDbFactory contexts)
{
    public const int MaxPageSize = 200;

    public async Task<Result<UserPage>> ListAsync(Actor actor, UserSearch search, CancellationToken cancellationToken = default)
    {
        if (!actor.IsAdmin)
        {
            return Result<UserPage>.Forbidden();
        }

        if (Paging.Check(search.Skip, search.Take, MaxPageSize) is { } badPage)
        {
            return Result<UserPage>.Invalid(badPage);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var users = db.Users.AsNoTracking();
        if (!search.IncludeInactive)
        {
            users = users.Where(u => u.IsActive);
        }

        if (!string.IsNullOrWhiteSpace(search.Text))
        {
            var pattern = "%" + EscapeLike(search.Text.Trim()) + "%";
            users = users.Where(u => EF.Functions.ILike(u.Email!, pattern, "\\") || EF.Functions.ILike(u.DisplayName, pattern, "\\"));
        }

        var total = await users.CountAsync(cancellationToken);
        var page = await users.OrderBy(u => u.Email)
            .Skip(search.Skip)
            .Take(search.Take)
            .ToListAsync(cancellationToken);
        return Result<UserPage>.Ok(new UserPage(await ViewsAsync(db, page, cancellationToken), total));
    }

    public async Task<Result<UserListItem>> GetAsync(Actor actor, Guid id, CancellationToken cancellationToken = default)
    {
        if (!actor.IsAdmin)
        {
            return Result<UserListItem>.Forbidden();
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == id, cancellationToken);
        return user is null ? Result<UserListItem>.NotFound() : Result<UserListItem>.Ok((await ViewsAsync(db, [user], cancellationToken))[0]);
    }

    /// <summary>Whether the user may be deleted (<see cref="UserCommands.DeleteAsync"/>); the pages offer delete only then.</summary>
    public async Task<Result<bool>> CanDeleteAsync(Actor actor, Guid id, CancellationToken cancellationToken = default)
    {
        if (!actor.IsAdmin)
        {
            return Result<bool>.Forbidden();
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == id, cancellationToken);
        return user is null ? Result<bool>.NotFound() : Result<bool>.Ok(id != actor.UserId && !await UserRows.IsUsedAsync(db, user, cancellationToken));
    }

    /// <summary>Every user as CSV (UTF-8 with BOM), in the import's columns plus status columns.</summary>
    public async Task<Result<byte[]>> ExportAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        if (!actor.IsAdmin)
        {
            return Result<byte[]>.Forbidden();
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var users = await db.Users.AsNoTracking().OrderBy(u => u.Email).ToListAsync(cancellationToken);
        var views = await ViewsAsync(db, users, cancellationToken);
        return Result<byte[]>.Ok(UserCsv.Export(views));
    }

    private static async Task<List<UserListItem>> ViewsAsync(ISalesPlanningDb db, IReadOnlyList<AppUser> users, CancellationToken cancellationToken)
    {
        var ids = users.Select(u => u.Id).ToList();
        var roles = await db.UserRoles.Where(ur => ids.Contains(ur.UserId))
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
            .ToListAsync(cancellationToken);
        var memberships = await db.RegionMemberships.Where(m => ids.Contains(m.UserId))
            .Join(db.Regions, m => m.RegionId, r => r.Id, (m, r) => new { m.UserId, m.Role, r.Code })
            .ToListAsync(cancellationToken);
        return users.Select(u => new UserListItem(
            u.Id,
            u.Email ?? "",
            u.DisplayName,
            Roles.All.Where(name => roles.Exists(r => r.UserId == u.Id && r.Name == name)).ToList(),
            memberships.Where(m => m.UserId == u.Id && m.Role == MemberRole.Rep).Select(m => m.Code).Order(StringComparer.Ordinal).ToList(),
            memberships.Where(m => m.UserId == u.Id && m.Role == MemberRole.Manager).Select(m => m.Code).Order(StringComparer.Ordinal).ToList(),
            u.IsActive,
            u.MustChangePassword,
            u.LastSignInAt,
            u.PreferredCulture,
            u.ConcurrencyStamp ?? "")).ToList();
    }

    private static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
