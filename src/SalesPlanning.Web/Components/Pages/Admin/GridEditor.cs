using Microsoft.Extensions.Localization;
using Radzen;
using Radzen.Blazor;
using SalesPlanning.Application.Common;
using SalesPlanning.Web.Localization;

namespace SalesPlanning.Web.Components.Pages.Admin;

/// <summary>
/// The inline editing of one admin grid: search, insert, edit, save (field messages stay under the
/// editors and the row stays open on a refusal), cancel, deactivate / reactivate and delete with a
/// confirmation. The page gives it the service calls; it holds no data access of its own.
/// </summary>
public sealed class GridEditor<TRow>(
    IStringLocalizer<SharedResource> t,
    NotificationService notifications,
    DialogService dialogs,
    Func<Task<IReadOnlyList<TRow>>> load,
    Func<TRow, Task<Result<Guid>>> save,
    Func<TRow, bool, Task<Result<Guid>>> setActive,
    Func<TRow, Task<Result<Guid>>> delete,
    Func<TRow, string, bool> matches)
    where TRow : class
{
    private static readonly IReadOnlyDictionary<string, string[]> NoErrors = new Dictionary<string, string[]>();

    public RadzenDataGrid<TRow> Grid { get; set; } = default!;

    public List<TRow>? Rows { get; private set; }

    public List<TRow>? Shown { get; private set; }

    public string Search { get; private set; } = "";

    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = NoErrors;

    public TRow? Editing { get; private set; }

    public bool Busy { get; private set; }

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

    public async Task InsertAsync(TRow row)
    {
        if (Editing is not null)
        {
            return;
        }

        Editing = row;
        Errors = NoErrors;
        await Grid.InsertRow(row);
    }

    public async Task EditAsync(TRow row)
    {
        if (Editing is not null)
        {
            return;
        }

        Editing = row;
        Errors = NoErrors;
        await Grid.EditRow(row);
    }

    public async Task CancelAsync(TRow row)
    {
        Grid.CancelEditRow(row);
        Editing = null;
        Errors = NoErrors;
        await LoadAsync();
    }

    public async Task SaveAsync(TRow row)
    {
        Busy = true;
        try
        {
            var result = await save(row);
            if (result.IsOk)
            {
                await Grid.UpdateRow(row);
                Editing = null;
                Errors = NoErrors;
                notifications.Notify(NotificationSeverity.Success, t["Admin_Saved"]);
                await LoadAsync();
                return;
            }

            // The row stays open with the user's input; field messages show under the editors.
            Errors = result.Status == ResultStatus.Invalid ? result.Errors : NoErrors;
            if (result.Status != ResultStatus.Invalid || result.Errors.ContainsKey(""))
            {
                notifications.Notify(NotificationSeverity.Error, Describe(result));
            }
        }
        finally
        {
            Busy = false;
        }
    }

    public async Task SetActiveAsync(TRow row, bool active)
    {
        if (!active && await dialogs.Confirm(t["Admin_ConfirmDeactivate"], t["Admin_Deactivate"],
                new ConfirmOptions { OkButtonText = t["Confirm"], CancelButtonText = t["Cancel"] }) != true)
        {
            return;
        }

        await RunAsync(() => setActive(row, active), active ? t["Admin_Reactivated"] : t["Admin_Deactivated"]);
    }

    public async Task DeleteAsync(TRow row)
    {
        if (await dialogs.Confirm(t["Admin_ConfirmDelete"], t["Admin_Delete"],
                new ConfirmOptions { OkButtonText = t["Admin_Delete"], CancelButtonText = t["Cancel"] }) != true)
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
            notifications.Notify(NotificationSeverity.Success, done);
        }
        else
        {
            notifications.Notify(NotificationSeverity.Error, Describe(result));
        }

        await LoadAsync();
    }

    private string Describe(Result<Guid> result) => result.Status switch
    {
        ResultStatus.Forbidden => t["Forbidden"],
        ResultStatus.NotFound => t["Admin_NotFound"],
        _ => t.Describe(result),
    };

    private void Filter() => Shown = Rows?.Where(r => matches(r, Search)).ToList();
}
