using Microsoft.Extensions.Localization;
using SalesPlanning.Application.Common;
using SalesPlanning.Application.People;
using SalesPlanning.Web.Components.Shared.Ui;
using SalesPlanning.Web.Localization;

namespace SalesPlanning.Web.Components.Pages.Admin;

/// <summary>What the users page asks of the people services, for the signed-in admin (the page binds the actor).</summary>
public sealed record UserCalls(
    Func<UserSearch, Task<Result<UserPage>>> List,
    Func<UpdateUser, Task<Result<string>>> Update,
    Func<Guid, bool, Task<Result<string>>> SetActive,
    Func<Guid, Task<Result<CreatedUser>>> ResetPassword,
    Func<Guid, Task<Result<bool>>> Delete);

/// <summary>The buttons a person's row offers: never deactivate, reset or delete yourself; delete only who never signed in.</summary>
public sealed record UserRowActions(bool EditEnabled, bool Deactivate, bool Reactivate, bool ResetPassword, bool Delete);

/// <summary>
/// The users page's state and decisions (issue 6), in the way of <see cref="Progress.WeekEdit"/> and
/// <see cref="GridEditor{TRow}"/>: the search, one person edited at a time in the grid, the field
/// messages of a refused save (the row stays open with the input), Enter saves and Escape drops
/// the input, what deactivate / reactivate, a new one-time password and delete do (with a question
/// first), and which buttons a row offers. The page gives it the service calls, the grid's reload
/// and the one-time password dialog; it holds no data access and no component, so a test drives it.
/// </summary>
public sealed class UsersScreen(IStringLocalizer<SharedResource> t, INotifier notifier, IConfirmer confirmer, UserCalls calls)
{
    private static readonly IReadOnlyDictionary<string, string[]> NoErrors = new Dictionary<string, string[]>();

    public string? Search { get; set; }

    public bool IncludeInactive { get; private set; } = true;

    public UserRow? Editing { get; private set; }

    /// <summary>The messages of the last refused save by field, in the user's language ("" for the whole row).</summary>
    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = NoErrors;

    public bool Saving { get; private set; }

    /// <summary>Reads the grid's page again (the page's grid).</summary>
    public Func<Task> Reload { get; init; } = () => Task.CompletedTask;

    /// <summary>Shows a one-time password to hand over (the page's dialog).</summary>
    public Func<CreatedUser, Task> ShowPassword { get; init; } = _ => Task.CompletedTask;

    public bool IsEditing(UserRow row) => ReferenceEquals(Editing, row);

    public IEnumerable<string> ErrorsOf(string field) => Errors.TryGetValue(field, out var list) ? list : [];

    /// <summary>Which buttons the row offers the signed-in admin (<paramref name="actorId"/>).</summary>
    public UserRowActions ActionsFor(UserRow row, Guid actorId)
    {
        ArgumentNullException.ThrowIfNull(row);
        var other = row.Id != actorId;
        return new UserRowActions(Editing is null, other && row.IsActive, other && !row.IsActive, other, other && row.LastSignInAt is null);
    }

    /// <summary>One page of people as the search asks; on a failure the user is told and the page is empty.</summary>
    public async Task<(IReadOnlyList<UserRow> Rows, int Total)> LoadPageAsync(int page, int pageSize)
    {
        var result = await calls.List(new UserSearch(Search, IncludeInactive, page * pageSize, pageSize));
        if (!result.IsOk)
        {
            notifier.Error(t.Describe(result));
            return ([], 0);
        }

        return ([.. result.Value!.Items.Select(UserRow.From)], result.Value.Total);
    }

    /// <summary>A new search drops the row being edited.</summary>
    public async Task SearchAsync()
    {
        Editing = null;
        Errors = NoErrors;
        await Reload();
    }

    public Task SearchKeyAsync(string key) => key == "Enter" ? SearchAsync() : Task.CompletedTask;

    public Task IncludeInactiveAsync(bool value)
    {
        IncludeInactive = value;
        return SearchAsync();
    }

    public void Edit(UserRow row)
    {
        Errors = NoErrors;
        Editing = row;
    }

    /// <summary>Drops the input: the page is read again as saved.</summary>
    public async Task CancelEditAsync()
    {
        Errors = NoErrors;
        Editing = null;
        await Reload();
    }

    /// <summary>Keyboard entry in the grid: Enter saves the person being edited, Escape drops the input.</summary>
    public Task KeyAsync(string key) => (key, Editing) switch
    {
        ("Enter", { } row) => SaveAsync(row),
        ("Escape", not null) => CancelEditAsync(),
        _ => Task.CompletedTask,
    };

    /// <summary>Saves the row; refused, it stays open with its messages at the fields.</summary>
    public async Task SaveAsync(UserRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (Saving)
        {
            return;
        }

        Saving = true;
        try
        {
            var result = await calls.Update(row.ToRequest());
            if (result.IsOk)
            {
                Errors = NoErrors;
                Editing = null;
                notifier.Success(t["People_Saved", row.Email ?? ""]);
                await Reload();
            }
            else if (result.Status == ResultStatus.Invalid)
            {
                Errors = t.Localize(result.Errors);
            }
            else
            {
                Errors = new Dictionary<string, string[]> { [""] = [t.Describe(result)] };
            }
        }
        finally
        {
            Saving = false;
        }
    }

    /// <summary>A person the new-user dialog created (null when cancelled): their one-time password is shown.</summary>
    public async Task CreatedAsync(CreatedUser? created)
    {
        if (created is not null)
        {
            await ShowPassword(created);
            await Reload();
        }
    }

    /// <summary>Deactivates after a question (reactivates without one).</summary>
    public async Task SetActiveAsync(UserRow row, bool active)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (!active && !await confirmer.ConfirmAsync(t["People_Deactivate"], t["People_DeactivateConfirm", row.Email ?? ""], t["People_Deactivate"], destructive: true))
        {
            return;
        }

        var result = await calls.SetActive(row.Id, active);
        Report(result, t[active ? "People_Reactivated" : "People_Deactivated", row.Email ?? ""]);
        await Reload();
    }

    /// <summary>After a question, a new one-time password, shown to hand over.</summary>
    public async Task ResetPasswordAsync(UserRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (!await confirmer.ConfirmAsync(t["People_ResetPassword"], t["People_ResetConfirm", row.Email ?? ""], t["People_ResetPassword"]))
        {
            return;
        }

        var result = await calls.ResetPassword(row.Id);
        if (result.IsOk)
        {
            await ShowPassword(result.Value!);
            await Reload();
        }
        else
        {
            notifier.Error(t.Describe(result));
        }
    }

    public async Task DeleteAsync(UserRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (!await confirmer.ConfirmAsync(t["Delete"], t["People_DeleteConfirm", row.Email ?? ""], t["Delete"], destructive: true))
        {
            return;
        }

        var result = await calls.Delete(row.Id);
        Report(result, t["People_Deleted", row.Email ?? ""]);
        await Reload();
    }

    private void Report<TValue>(Result<TValue> result, string success)
    {
        if (result.IsOk)
        {
            notifier.Success(success);
        }
        else
        {
            notifier.Error(t.Describe(result));
        }
    }
}

/// <summary>A person as the users grid edits them: the grid edits this, never the read model.</summary>
public sealed class UserRow
{
    public Guid Id { get; init; }
    public string? Email { get; set; }
    public string? DisplayName { get; set; }
    public IReadOnlyCollection<string> Roles { get; set; } = [];
    public IReadOnlyCollection<string> RepIn { get; set; } = [];
    public IReadOnlyCollection<string> ManagerOf { get; set; } = [];
    public string? PreferredCulture { get; set; }
    public bool IsActive { get; init; }
    public bool MustChangePassword { get; init; }
    public DateTimeOffset? LastSignInAt { get; init; }
    public string Version { get; init; } = "";

    public static UserRow From(UserListItem u)
    {
        ArgumentNullException.ThrowIfNull(u);
        return new()
        {
            Id = u.Id,
            Email = u.Email,
            DisplayName = u.DisplayName,
            Roles = [.. u.Roles],
            RepIn = [.. u.RepIn],
            ManagerOf = [.. u.ManagerOf],
            PreferredCulture = u.PreferredCulture,
            IsActive = u.IsActive,
            MustChangePassword = u.MustChangePassword,
            LastSignInAt = u.LastSignInAt,
            Version = u.Version,
        };
    }

    public UpdateUser ToRequest() =>
        new(Id, Email ?? "", DisplayName ?? "", [.. Roles], [.. RepIn], [.. ManagerOf], PreferredCulture, Version);
}
