using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SalesPlanning.Application.Identity;
using SalesPlanning.Application.Persistence;

namespace SalesPlanning.Application.People;

/// <summary>A problem with one field of a person's request, before anything is saved.</summary>
internal sealed record UserProblem(string Field, string Message);

/// <summary>
/// The one place people administration writes ASP.NET Core Identity's tables (users and their
/// roles). It writes the rows itself rather than through <c>UserManager</c>, which saves each call
/// on its own: a person, their roles, memberships and audit rows are saved in one unit of work, or
/// nothing is. What <c>UserManager</c> would keep — normalized names, the password hash, the
/// security stamp that ends sessions, the concurrency stamp — is kept here.
/// </summary>
internal sealed class UserRows(IPasswordHasher<AppUser> passwordHasher, ILookupNormalizer normalizer)
{
    public string NormalizeEmail(string email) => normalizer.NormalizeEmail(email);

    /// <summary>Whether a user (other than <paramref name="other"/>) has this e-mail already.</summary>
    public static Task<bool> EmailTakenAsync(ISalesPlanningDb db, string normalizedEmail, Guid? other, CancellationToken cancellationToken) =>
        other is { } id
            ? db.Users.AnyAsync(u => u.NormalizedEmail == normalizedEmail && u.Id != id, cancellationToken)
            : db.Users.AnyAsync(u => u.NormalizedEmail == normalizedEmail, cancellationToken);

    /// <summary>Adds a new user with a one-time password (to change at first sign-in) to the unit of work; not saved.</summary>
    public (AppUser User, string Password) Add(ISalesPlanningDb db, CreateUser request)
    {
        var email = request.Email.Trim();
        var password = OneTimePassword();
        var user = new AppUser
        {
            UserName = email,
            NormalizedUserName = normalizer.NormalizeName(email),
            Email = email,
            NormalizedEmail = normalizer.NormalizeEmail(email),
            EmailConfirmed = true,
            DisplayName = request.DisplayName.Trim(),
            PreferredCulture = request.PreferredCulture,
            MustChangePassword = true,
            LockoutEnabled = true,
            ConcurrencyStamp = Guid.NewGuid().ToString(),
        };
        user.PasswordHash = passwordHasher.HashPassword(user, password);
        db.Users.Add(user);
        return (user, password);
    }

    /// <summary>Takes a user added by <see cref="Add"/> out of the unit of work again.</summary>
    public static void Drop(ISalesPlanningDb db, AppUser user) =>
        db.ChangeTracker.Entries().Where(e => e.Entity == user).ToList().ForEach(e => e.State = EntityState.Detached);

    /// <summary>The e-mail is the user name too.</summary>
    public void SetEmail(AppUser user, string email)
    {
        user.Email = email;
        user.UserName = email;
        user.NormalizedEmail = normalizer.NormalizeEmail(email);
        user.NormalizedUserName = normalizer.NormalizeName(email);
    }

    /// <summary>A new one-time password to change at next sign-in; unlocks the user and ends their sessions.</summary>
    public string ResetPassword(AppUser user)
    {
        var password = OneTimePassword();
        user.PasswordHash = passwordHasher.HashPassword(user, password);
        user.MustChangePassword = true;
        user.LockoutEnd = null;
        user.AccessFailedCount = 0;
        EndSessions(user);
        Changed(user);
        return password;
    }

    /// <summary>A new security stamp: cookies, bearer tokens and interactive sessions that carry the old one end.</summary>
    public static void EndSessions(AppUser user) => user.SecurityStamp = Guid.NewGuid().ToString();

    /// <summary>A new concurrency stamp: the version pages and the API send back.</summary>
    public static void Changed(AppUser user) => user.ConcurrencyStamp = Guid.NewGuid().ToString();

    public sealed record RoleChange(string Old, string New);

    /// <summary>Gives the user exactly <paramref name="roles"/>; null when they had them already.</summary>
    public static async Task<RoleChange?> SetRolesAsync(ISalesPlanningDb db, Guid userId, IReadOnlySet<string> roles, CancellationToken cancellationToken)
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

    public static async Task<List<string>> RoleNamesAsync(ISalesPlanningDb db, Guid id, CancellationToken cancellationToken) =>
        await db.UserRoles.Where(ur => ur.UserId == id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToListAsync(cancellationToken);

    /// <summary>
    /// Whether the user was ever used: signed in, has memberships, targets, allocations, actuals,
    /// plan entries, or audit rows as the one who acted. Only an unused user may be deleted.
    /// </summary>
    public static async Task<bool> IsUsedAsync(ISalesPlanningDb db, AppUser user, CancellationToken cancellationToken)
    {
        var id = user.Id;
        var key = user.Email ?? "";
        return user.LastSignInAt is not null
            || await db.RegionMemberships.AnyAsync(m => m.UserId == id, cancellationToken)
            || await db.AuditEntries.AnyAsync(a => a.UserId == id, cancellationToken)
            || await db.AuditEntries.AnyAsync(a => a.EntityType == UserCommands.MembershipEntityType && a.EntityKey.EndsWith("/" + key), cancellationToken)
            || await db.Targets.AnyAsync(t => t.ScopeId == id, cancellationToken)
            || await db.TargetAllocations.AnyAsync(a => a.MemberId == id, cancellationToken)
            || await db.MonthlyActuals.AnyAsync(a => a.RepId == id, cancellationToken)
            || await db.PlanTransitions.AnyAsync(t => t.ActorId == id, cancellationToken)
            || await db.PlanSections.AnyAsync(s => s.UpdatedBy == id, cancellationToken);
    }

    public static HashSet<string> Distinct(IReadOnlyList<string>? roles) => (roles ?? []).ToHashSet(StringComparer.Ordinal);

    /// <summary>Role names as the audit trail keeps them: in <see cref="Roles.All"/>'s order, separated by ';'.</summary>
    public static string Join(IEnumerable<string> roles) => string.Join(";", Roles.All.Where(roles.Contains));

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
}
