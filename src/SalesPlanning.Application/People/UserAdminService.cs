using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SalesPlanning.Application.Auditing;
using SalesPlanning.Application.Common;
using SalesPlanning.Application.Identity;
using SalesPlanning.Application.Persistence;
using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Organisation;

namespace SalesPlanning.Application.People;

/// <summary>
/// Administration of people (issue 6): admins create users with a one-time password, change their
/// roles and region memberships, deactivate and reactivate them, and delete only those never used.
/// Every change is audited in the same transaction. Deactivation (and a password reset) changes the
/// user's security stamp, which ends their cookie, bearer and interactive sessions.
/// </summary>
public sealed class UserAdminService(
    ISalesPlanningDbFactory contexts,
    IPasswordHasher<AppUser> passwordHasher,
    ILookupNormalizer normalizer,
    TimeProvider time,
    ILogger<UserAdminService> logger)
{
    public const string EntityType = "User";
    public const string MembershipEntityType = "RegionMembership";
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

    public async Task<Result<CreatedUser>> CreateAsync(Actor actor, CreateUser request, CancellationToken cancellationToken = default)
    {
        if (!actor.IsAdmin)
        {
            return Result<CreatedUser>.Forbidden();
        }

        if (Validation.Check(new CreateUserValidator(), request) is { } invalid)
        {
            return Result<CreatedUser>.Invalid(invalid);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var created = await AddAsync(db, actor, request, null, cancellationToken);
        if (created.Errors is { } errors)
        {
            return Result<CreatedUser>.Invalid(errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()));
        }

        if (await SaveAsync(db, cancellationToken) is { } failure)
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

        if (Validation.Check(new UpdateUserValidator(), request) is { } invalid)
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

        var roles = Distinct(request.Roles);
        if (user.Id == actor.UserId && !roles.Contains(Roles.Admin))
        {
            return Invalid<string>("Roles", PeopleMessages.KeepOwnAdminRole);
        }

        var email = request.Email.Trim();
        var normalizedEmail = normalizer.NormalizeEmail(email);
        if (normalizedEmail != user.NormalizedEmail
            && await db.Users.AnyAsync(u => u.NormalizedEmail == normalizedEmail && u.Id != user.Id, cancellationToken))
        {
            return Invalid<string>("Email", PeopleMessages.EmailTaken);
        }

        var audit = new Audit(db, actor, time.GetUtcNow());
        var key = user.Email ?? user.Id.ToString();
        if (email != user.Email)
        {
            audit.User(key, "Changed", "Email", user.Email, email);
            user.Email = email;
            user.UserName = email;
            user.NormalizedEmail = normalizedEmail;
            user.NormalizedUserName = normalizer.NormalizeName(email);
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

        var roleChange = await SetRolesAsync(db, user.Id, roles, cancellationToken);
        if (roleChange is { } change)
        {
            audit.User(key, "RolesChanged", "Roles", change.Old, change.New);
        }

        var memberships = await SetMembershipsAsync(db, audit, user, key, roles, request.RepIn, request.ManagerOf, cancellationToken);
        if (memberships is { Count: > 0 })
        {
            return Result<string>.Invalid(memberships.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()));
        }

        if (!db.ChangeTracker.HasChanges())
        {
            return Result<string>.Ok(user.ConcurrencyStamp!);
        }

        if (roleChange is not null)
        {
            // Roles are in the user's sign-in; a new stamp ends sessions that carry the old ones.
            user.SecurityStamp = Guid.NewGuid().ToString();
        }

        user.ConcurrencyStamp = Guid.NewGuid().ToString();
        if (await SaveAsync(db, cancellationToken) is { } failure)
        {
            return Result<string>.From(failure);
        }

        logger.LogInformation("User {UserId} changed by {ActorId}", user.Id, actor.UserId);
        return Result<string>.Ok(user.ConcurrencyStamp);
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
            return Invalid<string>("", PeopleMessages.NotYourself);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == id, cancellationToken);
        if (user is null)
        {
            return Result<string>.NotFound();
        }

        if (user.IsActive == active)
        {
            return Invalid<string>("", active ? PeopleMessages.AlreadyActive : PeopleMessages.AlreadyInactive);
        }

        user.IsActive = active;
        user.SecurityStamp = Guid.NewGuid().ToString();
        user.ConcurrencyStamp = Guid.NewGuid().ToString();
        new Audit(db, actor, time.GetUtcNow()).User(user.Email ?? user.Id.ToString(), active ? "Reactivated" : "Deactivated", "IsActive",
            (!active).ToString(CultureInfo.InvariantCulture), active.ToString(CultureInfo.InvariantCulture));
        if (await SaveAsync(db, cancellationToken) is { } failure)
        {
            return Result<string>.From(failure);
        }

        logger.LogInformation("User {UserId} {Change} by {ActorId}", id, active ? "reactivated" : "deactivated", actor.UserId);
        return Result<string>.Ok(user.ConcurrencyStamp);
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

        var password = OneTimePassword();
        user.PasswordHash = passwordHasher.HashPassword(user, password);
        user.MustChangePassword = true;
        user.LockoutEnd = null;
        user.AccessFailedCount = 0;
        user.SecurityStamp = Guid.NewGuid().ToString();
        user.ConcurrencyStamp = Guid.NewGuid().ToString();
        new Audit(db, actor, time.GetUtcNow()).User(user.Email ?? user.Id.ToString(), "PasswordReset");
        if (await SaveAsync(db, cancellationToken) is { } failure)
        {
            return Result<CreatedUser>.From(failure);
        }

        logger.LogInformation("Password of user {UserId} reset by {ActorId}", id, actor.UserId);
        return Result<CreatedUser>.Ok(new CreatedUser(user.Id, user.Email ?? "", user.DisplayName, password));
    }

    /// <summary>
    /// Deletes a user who was never used: never signed in, no memberships, targets, allocations,
    /// actuals, plan entries, or audit rows as the one who acted. Anyone else is deactivated instead.
    /// </summary>
    public async Task<Result<bool>> DeleteAsync(Actor actor, Guid id, CancellationToken cancellationToken = default)
    {
        if (!actor.IsAdmin)
        {
            return Result<bool>.Forbidden();
        }

        if (id == actor.UserId)
        {
            return Invalid<bool>("", PeopleMessages.NotYourself);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == id, cancellationToken);
        if (user is null)
        {
            return Result<bool>.NotFound();
        }

        if (await IsUsedAsync(db, user, cancellationToken))
        {
            return Invalid<bool>("", PeopleMessages.InUse);
        }

        var key = user.Email ?? user.Id.ToString();
        var roles = await RoleNamesAsync(db, id, cancellationToken);
        db.Users.Remove(user);
        new Audit(db, actor, time.GetUtcNow()).User(key, "Deleted", "Roles", Join(roles), null, user.DisplayName);
        if (await SaveAsync(db, cancellationToken) is { } failure)
        {
            // A reference this check does not know of (a newer table) refuses the delete in the database.
            return failure.Status == ResultStatus.Conflict ? Invalid<bool>("", PeopleMessages.InUse) : Result<bool>.From(failure);
        }

        logger.LogInformation("Unused user {UserId} deleted by {ActorId}", id, actor.UserId);
        return Result<bool>.Ok(true);
    }

    /// <summary>Whether the user may be deleted; the pages offer delete only then.</summary>
    public async Task<Result<bool>> CanDeleteAsync(Actor actor, Guid id, CancellationToken cancellationToken = default)
    {
        if (!actor.IsAdmin)
        {
            return Result<bool>.Forbidden();
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == id, cancellationToken);
        return user is null ? Result<bool>.NotFound() : Result<bool>.Ok(id != actor.UserId && !await IsUsedAsync(db, user, cancellationToken));
    }

    /// <summary>Reads a users CSV and checks every line against the database, saving nothing.</summary>
    public async Task<Result<UserImportPreview>> PreviewImportAsync(Actor actor, string csv, CancellationToken cancellationToken = default)
    {
        if (!actor.IsAdmin)
        {
            return Result<UserImportPreview>.Forbidden();
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (preview, _) = await StageImportAsync(db, actor, csv, cancellationToken);
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
        var (preview, created) = await StageImportAsync(db, actor, csv, cancellationToken);
        if (preview.Errors.Count > 0)
        {
            return Result<IReadOnlyList<CreatedUser>>.Invalid(preview.Errors
                .GroupBy(e => UserCsv.ErrorKey(e))
                .ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()));
        }

        if (await SaveAsync(db, cancellationToken) is { } failure)
        {
            return Result<IReadOnlyList<CreatedUser>>.From(failure);
        }

        logger.LogInformation("{Count} users imported by {ActorId}", created.Count, actor.UserId);
        return Result<IReadOnlyList<CreatedUser>>.Ok(created);
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

    private async Task<(UserImportPreview Preview, IReadOnlyList<CreatedUser> Created)> StageImportAsync(
        ISalesPlanningDb db, Actor actor, string csv, CancellationToken cancellationToken)
    {
        var read = UserCsv.Read(csv);
        var errors = new List<Csv.CsvLineError>(read.Errors);
        var created = new List<CreatedUser>();
        var rows = new List<UserImportRow>();
        var emails = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (line, request) in read.Requests)
        {
            var lineErrors = new List<Csv.CsvLineError>();
            if (Validation.Check(new CreateUserValidator(), request) is { } invalid)
            {
                lineErrors.AddRange(invalid.SelectMany(kv => kv.Value.Select(m => new Csv.CsvLineError(line, m, UserCsv.Column(kv.Key)))));
            }
            else if (!emails.Add(normalizer.NormalizeEmail(request.Email.Trim())))
            {
                lineErrors.Add(new Csv.CsvLineError(line, PeopleMessages.EmailTwiceInFile, UserCsv.EmailColumn));
            }
            else
            {
                var added = await AddAsync(db, actor, request, "CSV import", cancellationToken);
                if (added.Errors is { } problems)
                {
                    lineErrors.AddRange(problems.Select(p => new Csv.CsvLineError(line, p.Message, UserCsv.Column(p.Field))));
                }
                else
                {
                    created.Add(added.User!);
                }
            }

            errors.AddRange(lineErrors);
            rows.Add(new UserImportRow(line, request.Email, request.DisplayName, request.Roles, request.RepIn, request.ManagerOf, lineErrors.Count == 0));
        }

        return (new UserImportPreview(rows, [.. errors.OrderBy(e => e.Line)]), created);
    }

    private sealed record Problem(string Field, string Message);

    private sealed record Added(CreatedUser? User, IReadOnlyList<Problem>? Errors);

    /// <summary>Adds a user, their roles and memberships to the context (not saved); or says what is wrong.</summary>
    private async Task<Added> AddAsync(ISalesPlanningDb db, Actor actor, CreateUser request, string? comment, CancellationToken cancellationToken)
    {
        var email = request.Email.Trim();
        var normalizedEmail = normalizer.NormalizeEmail(email);
        if (await db.Users.AnyAsync(u => u.NormalizedEmail == normalizedEmail, cancellationToken))
        {
            return new Added(null, [new Problem("Email", PeopleMessages.EmailTaken)]);
        }

        var password = OneTimePassword();
        var user = new AppUser
        {
            UserName = email,
            NormalizedUserName = normalizer.NormalizeName(email),
            Email = email,
            NormalizedEmail = normalizedEmail,
            EmailConfirmed = true,
            DisplayName = request.DisplayName.Trim(),
            PreferredCulture = request.PreferredCulture,
            MustChangePassword = true,
            LockoutEnabled = true,
            ConcurrencyStamp = Guid.NewGuid().ToString(),
        };
        user.PasswordHash = passwordHasher.HashPassword(user, password);
        var roles = Distinct(request.Roles);
        var audit = new Audit(db, actor, time.GetUtcNow(), comment);
        db.Users.Add(user);
        audit.User(email, "Created", "DisplayName", null, user.DisplayName);
        await SetRolesAsync(db, user.Id, roles, cancellationToken);
        audit.User(email, "RolesChanged", "Roles", null, Join(roles));
        var problems = await SetMembershipsAsync(db, audit, user, email, roles, request.RepIn, request.ManagerOf, cancellationToken);
        if (problems.Count > 0)
        {
            db.ChangeTracker.Entries().Where(e => e.Entity == user).ToList().ForEach(e => e.State = EntityState.Detached);
            return new Added(null, problems);
        }

        return new Added(new CreatedUser(user.Id, email, user.DisplayName, password), null);
    }

    private sealed record RoleChange(string Old, string New);

    private static async Task<RoleChange?> SetRolesAsync(ISalesPlanningDb db, Guid userId, IReadOnlySet<string> roles, CancellationToken cancellationToken)
    {
        var all = await db.Roles.AsNoTracking().ToListAsync(cancellationToken);
        var current = await db.UserRoles.Where(ur => ur.UserId == userId).ToListAsync(cancellationToken);
        var currentNames = current.Select(ur => all.Single(r => r.Id == ur.RoleId).Name!).ToHashSet(StringComparer.Ordinal);
        if (currentNames.SetEquals(roles))
        {
            return null;
        }

        db.UserRoles.RemoveRange(current.Where(ur => !roles.Contains(all.Single(r => r.Id == ur.RoleId).Name!)));
        foreach (var name in roles.Where(r => !currentNames.Contains(r)))
        {
            db.UserRoles.Add(new IdentityUserRole<Guid> { UserId = userId, RoleId = all.Single(r => r.Name == name).Id });
        }

        return new RoleChange(Join(currentNames), Join(roles));
    }

    /// <summary>Makes the user a rep of exactly <paramref name="repIn"/> and the manager of exactly <paramref name="managerOf"/>.</summary>
    private static async Task<List<Problem>> SetMembershipsAsync(
        ISalesPlanningDb db, Audit audit, AppUser user, string key, IReadOnlySet<string> roles,
        IReadOnlyList<string>? repIn, IReadOnlyList<string>? managerOf, CancellationToken cancellationToken)
    {
        var problems = new List<Problem>();
        var repCodes = Codes(repIn);
        var managerCodes = Codes(managerOf);
        if (repCodes.Count > 0 && !roles.Contains(Roles.Rep))
        {
            problems.Add(new Problem("RepIn", PeopleMessages.RepRoleNeeded));
        }

        if (managerCodes.Count > 0 && !roles.Contains(Roles.Manager))
        {
            problems.Add(new Problem("ManagerOf", PeopleMessages.ManagerRoleNeeded));
        }

        if (repCodes.Overlaps(managerCodes))
        {
            problems.Add(new Problem("ManagerOf", PeopleMessages.RepAndManagerOfSameRegion));
        }

        var wanted = repCodes.Concat(managerCodes).ToList();
        var regions = await db.Regions.Include(r => r.Members)
            .Where(r => wanted.Contains(r.Code) || r.Members.Any(m => m.UserId == user.Id))
            .ToListAsync(cancellationToken);
        var unknown = wanted.Where(code => regions.TrueForAll(r => r.Code != code)).ToList();
        if (unknown.Count > 0)
        {
            problems.Add(new Problem(repCodes.Overlaps(unknown) ? "RepIn" : "ManagerOf", PeopleMessages.RegionUnknown));
        }

        if (problems.Count > 0)
        {
            return problems;
        }

        foreach (var region in regions.OrderBy(r => r.Code, StringComparer.Ordinal))
        {
            var current = region.Members.FirstOrDefault(m => m.UserId == user.Id)?.Role;
            MemberRole? target = repCodes.Contains(region.Code) ? MemberRole.Rep : managerCodes.Contains(region.Code) ? MemberRole.Manager : null;
            if (current == target)
            {
                continue;
            }

            var field = repCodes.Contains(region.Code) ? "RepIn" : "ManagerOf";
            if (target is not null && !region.IsActive)
            {
                problems.Add(new Problem(field, PeopleMessages.RegionInactive));
                continue;
            }

            if (target == MemberRole.Manager && region.ManagerId is { } other && other != user.Id)
            {
                problems.Add(new Problem(field, PeopleMessages.RegionHasManager));
                continue;
            }

            try
            {
                if (current is not null)
                {
                    region.RemoveMember(user.Id);
                }

                if (target == MemberRole.Rep)
                {
                    region.AddRep(user.Id);
                }
                else if (target == MemberRole.Manager)
                {
                    region.AssignManager(user.Id);
                }
            }
            catch (DomainException)
            {
                problems.Add(new Problem(field, PeopleMessages.RegionInactive));
                continue;
            }

            audit.Membership(region.Code, key, target is null ? "MembershipRemoved" : current is null ? "MembershipAdded" : "MembershipChanged",
                current?.ToString(), target?.ToString());
        }

        return problems;
    }

    private static async Task<bool> IsUsedAsync(ISalesPlanningDb db, AppUser user, CancellationToken cancellationToken)
    {
        var id = user.Id;
        var key = user.Email ?? "";
        return user.LastSignInAt is not null
            || await db.RegionMemberships.AnyAsync(m => m.UserId == id, cancellationToken)
            || await db.AuditEntries.AnyAsync(a => a.UserId == id, cancellationToken)
            || await db.AuditEntries.AnyAsync(a => a.EntityType == MembershipEntityType && a.EntityKey.EndsWith("/" + key), cancellationToken)
            || await db.Targets.AnyAsync(t => t.ScopeId == id, cancellationToken)
            || await db.TargetAllocations.AnyAsync(a => a.MemberId == id, cancellationToken)
            || await db.MonthlyActuals.AnyAsync(a => a.RepId == id, cancellationToken)
            || await db.PlanTransitions.AnyAsync(t => t.ActorId == id, cancellationToken)
            || await db.PlanSections.AnyAsync(s => s.UpdatedBy == id, cancellationToken);
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

    private static async Task<List<string>> RoleNamesAsync(ISalesPlanningDb db, Guid id, CancellationToken cancellationToken) =>
        await db.UserRoles.Where(ur => ur.UserId == id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToListAsync(cancellationToken);

    // A unique e-mail taken meanwhile, or a row that still refers to a deleted user, is a conflict too.
    private static async Task<Result<bool>?> SaveAsync(ISalesPlanningDb db, CancellationToken cancellationToken) =>
        (await db.TrySaveChangesAsync(cancellationToken)).AsConflict<bool>(PeopleMessages.Conflict);

    private static Result<T> Invalid<T>(string field, string message) =>
        Result<T>.Invalid(new Dictionary<string, string[]> { [field] = [message] });

    private static HashSet<string> Distinct(IReadOnlyList<string>? roles) => (roles ?? []).ToHashSet(StringComparer.Ordinal);

    private static HashSet<string> Codes(IReadOnlyList<string>? codes) =>
        (codes ?? []).Select(c => c.Trim().ToUpperInvariant()).Where(c => c.Length > 0).ToHashSet(StringComparer.Ordinal);

    private static string Join(IEnumerable<string> roles) => string.Join(";", Roles.All.Where(roles.Contains));

    private static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);

    /// <summary>12 characters with an upper- and lower-case letter, a digit and a symbol; no look-alikes.</summary>
    public static string OneTimePassword()
    {
        const string upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
        const string lower = "abcdefghijkmnopqrstuvwxyz";
        const string digits = "23456789";
        const string symbols = "#$%&*+=?@";
        const string all = upper + lower + digits + symbols;
        var chars = new char[12];
        chars[0] = upper[RandomNumberGenerator.GetInt32(upper.Length)];
        chars[1] = lower[RandomNumberGenerator.GetInt32(lower.Length)];
        chars[2] = digits[RandomNumberGenerator.GetInt32(digits.Length)];
        chars[3] = symbols[RandomNumberGenerator.GetInt32(symbols.Length)];
        for (var i = 4; i < chars.Length; i++)
        {
            chars[i] = all[RandomNumberGenerator.GetInt32(all.Length)];
        }

        RandomNumberGenerator.Shuffle(chars.AsSpan());
        return new string(chars);
    }

    /// <summary>Audit rows of people changes, written with the change.</summary>
    private sealed class Audit(ISalesPlanningDb db, Actor actor, DateTimeOffset at, string? comment = null)
    {
        public int Count { get; private set; }

        public void User(string key, string action, string? field = null, string? oldValue = null, string? newValue = null, string? note = null)
        {
            Count++;
            db.Audit(actor, at, EntityType, key, action, field, oldValue, newValue, note ?? comment);
        }

        public void Membership(string regionCode, string userKey, string action, string? oldRole, string? newRole)
        {
            Count++;
            db.Audit(actor, at, MembershipEntityType, $"{regionCode}/{userKey}", action, "Role",
                oldRole, newRole, comment);
        }
    }
}
