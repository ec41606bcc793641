using Microsoft.AspNetCore.Identity;
using SalesPlanning.Application.Common;
using SalesPlanning.Application.Identity;
using SalesPlanning.Application.Persistence;

namespace SalesPlanning.Application.People;

/// <summary>
/// The one way a person is created, for <see cref="UserCommands.CreateAsync"/> (the page and the
/// API) and for every line of <see cref="UserImport"/>: the request checked, the user added with a
/// one-time password, roles, memberships and audit rows to the caller's unit of work, not saved.
/// </summary>
internal sealed class UserCreation(IPasswordHasher<AppUser> passwordHasher, ILookupNormalizer normalizer, TimeProvider time)
{
    private readonly UserRows rows = new(passwordHasher, normalizer);

    /// <summary>A person added to a unit of work (not saved), or the problems of the request.</summary>
    public sealed record Staged(CreatedUser? User, IReadOnlyList<UserProblem>? Problems);

    /// <summary>
    /// Checks the request, then adds the user to <paramref name="db"/> without saving; or says what
    /// is wrong, and then the unit of work is not to be saved. <paramref name="staged"/> holds the e-mails (normalized) earlier
    /// calls added to this unit of work — an import's earlier lines — which the database cannot see yet.
    /// </summary>
    public async Task<Staged> StageAsync(
        ISalesPlanningDb db, Actor actor, CreateUser request, string? comment, ISet<string>? staged, CancellationToken cancellationToken)
    {
        if (Validation.Check<CreateUserValidator, CreateUser>(request) is { } invalid)
        {
            return new Staged(null, [.. invalid.SelectMany(kv => kv.Value.Select(m => new UserProblem(kv.Key, m)))]);
        }

        var email = request.Email.Trim();
        var normalizedEmail = rows.NormalizeEmail(email);
        if (staged is not null && !staged.Add(normalizedEmail))
        {
            return new Staged(null, [new UserProblem("Email", PeopleMessages.EmailTwiceInFile)]);
        }

        if (await UserRows.EmailTakenAsync(db, normalizedEmail, null, cancellationToken))
        {
            return new Staged(null, [new UserProblem("Email", PeopleMessages.EmailTaken)]);
        }

        var (user, password) = rows.Add(db, request);
        var roles = UserRows.Distinct(request.Roles);
        var audit = new PeopleAudit(db, actor, time.GetUtcNow(), comment);
        audit.User(email, "Created", "DisplayName", null, user.DisplayName);
        await UserRows.SetRolesAsync(db, user.Id, roles, cancellationToken);
        audit.User(email, "RolesChanged", "Roles", null, UserRows.Join(roles));
        var problems = await UserMemberships.SetAsync(db, audit, user, email, roles, request.RepIn, request.ManagerOf, cancellationToken);
        if (problems.Count > 0)
        {
            UserRows.Drop(db, user);
            return new Staged(null, problems);
        }

        return new Staged(new CreatedUser(user.Id, email, user.DisplayName, password), null);
    }
}
