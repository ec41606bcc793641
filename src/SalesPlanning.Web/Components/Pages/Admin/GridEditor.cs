using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.Localization;
using SalesPlanning.Application.Common;
using SalesPlanning.Web.Components.Shared.Ui;
using SalesPlanning.Web.Localization;

namespace SalesPlanning.Web.Components.Pages.Admin;

/// <summary>
/// The inline editing of one admin grid: search, insert, edit, save (field messages stay under the
/// editors and the row stays open on a refusal), cancel, deactivate / reactivate and delete with a
/// confirmation. One row is edited at a time; the grid shows that row's editors
/// (<see cref="IsEditing"/>). The page gives it the service calls; it holds no data access and no
/// component of its own, so a unit test can drive it.
/// </summary>
public sealed class GridEditor<TRow>(
    IStringLocalizer<SharedResource> t,
    INotifier notifier,
    IConfirmer confirmer,
    Func<Task<IReadOnlyList<TRow>>> load,
    Func<TRow, Task<Result<Guid>>> save,
    Func<TRow, bool, Task<Result<Guid>>> setActive,
    Func<TRow, Task<Result<Guid>>> delete,
    Func<TRow, string, bool> matches)
    where TRow : class
{
    private static readonly IReadOnlyDictionary<string, string[]> NoErrors = new Dictionary<string, string[]>();

    private TRow? _inserted;

    public List<TRow>? Rows { get; private set; }

    /// <summary>The rows that match the search; a row being added comes first.</summary>
    public List<TRow>? Shown { get; private set; }

    public string Search { get; private set; } = "";

    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = NoErrors;

    public TRow? Editing { get; private set; }

    public bool Busy { get; private set; }

    public bool IsEditing(TRow row) => ReferenceEquals(Editing, row);

    public async Task LoadAsync()
    {
        Rows = [.. await load()];
        Filter();
    }

    public void ChangeSearch(string value)
    {
        Search = value ?? "";
        Filter();
    }

    public void Insert(TRow row)
    {
        if (Editing is not null)
        {
            return;
        }

        _inserted = row;
        Editing = row;
        Errors = NoErrors;
        Filter();
    }

    public void Edit(TRow row)
    {
        if (Editing is not null)
        {
            return;
        }

        Editing = row;
        Errors = NoErrors;
    }

    /// <summary>Drops the input: the rows are read again as saved.</summary>
    public async Task CancelAsync()
    {
        Editing = null;
        _inserted = null;
        Errors = NoErrors;
        await LoadAsync();
    }

    public async Task SaveAsync(TRow row)
    {
        if (Busy)
        {
            return;
        }

        Busy = true;
        try
        {
            var result = await save(row);
            if (result.IsOk)
            {
                Editing = null;
                _inserted = null;
                Errors = NoErrors;
                notifier.Success(t["Admin_Saved"]);
                await LoadAsync();
                return;
            }

            // The row stays open with the user's input; field messages show under the editors.
            Errors = result.Status == ResultStatus.Invalid ? result.Errors : NoErrors;
            if (result.Status != ResultStatus.Invalid || result.Errors.ContainsKey(""))
            {
                notifier.Error(Describe(result));
            }
        }
        finally
        {
            Busy = false;
        }
    }

    /// <summary>Keyboard entry in the row being edited: Enter saves it, Escape drops the input.</summary>
    public Task KeyAsync(KeyboardEventArgs e) => (e.Key, Editing) switch
    {
        ("Enter", { } row) => SaveAsync(row),
        ("Escape", not null) => CancelAsync(),
        _ => Task.CompletedTask,
    };

    public async Task SetActiveAsync(TRow row, bool active)
    {
        if (!active && !await confirmer.ConfirmAsync(t["Admin_Deactivate"], t["Admin_ConfirmDeactivate"], t["Confirm"]))
        {
            return;
        }

        await RunAsync(() => setActive(row, active), active ? t["Admin_Reactivated"] : t["Admin_Deactivated"]);
    }

    public async Task DeleteAsync(TRow row)
    {
        if (!await confirmer.ConfirmAsync(t["Admin_Delete"], t["Admin_ConfirmDelete"], t["Admin_Delete"], destructive: true))
        {
            return;
        }

        await RunAsync(() => delete(row), t["Admin_Deleted"]);
    }

    private async Task RunAsync(Func<Task<Result<Guid>>> action, string done)
    {
        var result = await action();
        if (result.IsOk)
        {
            notifier.Success(done);
        }
        else
        {
            notifier.Error(Describe(result));
        }

        await LoadAsync();
    }

    private string Describe(Result<Guid> result) => result.Status switch
    {
        ResultStatus.Forbidden => t["Forbidden"],
        ResultStatus.NotFound => t["Admin_NotFound"],
        _ => t.Describe(result),
    };

    private void Filter() =>
        Shown = Rows is null ? null : [.. _inserted is null ? [] : new[] { _inserted }, .. Rows.Where(r => matches(r, Search))];
}
