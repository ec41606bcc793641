using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;
using SalesPlanning.Web.Localization;

namespace SalesPlanning.Web.Components.Shared.Ui;

/// <summary>Our notify / confirm / dialog interfaces on MudBlazor's snackbar and dialog service.</summary>
public sealed class MudUi(ISnackbar snackbar, IDialogService dialogs, IStringLocalizer<SharedResource> t)
    : INotifier, IConfirmer, IDialogs
{
    private static readonly DialogOptions Options = new()
    {
        CloseOnEscapeKey = true,
        MaxWidth = MaxWidth.Small,
        FullWidth = true,
    };

    public void Success(string message) => snackbar.Add(message, MudBlazor.Severity.Success);

    public void Info(string message) => snackbar.Add(message, MudBlazor.Severity.Info);

    public void Warning(string message) => snackbar.Add(message, MudBlazor.Severity.Warning);

    // An error stays until the user closes it: it usually asks them to do something.
    public void Error(string message) =>
        snackbar.Add(message, MudBlazor.Severity.Error, o => o.RequireInteraction = true);

    public async Task<bool> ConfirmAsync(string title, string message, string confirmText, bool destructive = false)
    {
        var parameters = new DialogParameters<ConfirmDialog>
        {
            { d => d.Message, message },
            { d => d.ConfirmText, confirmText },
            { d => d.CancelText, t["Cancel"].Value },
            { d => d.Destructive, destructive },
        };
        var dialog = await dialogs.ShowAsync<ConfirmDialog>(title, parameters, Options);
        var result = await dialog.Result;
        return result is { Canceled: false, Data: true };
    }

    public async Task<TResult?> OpenAsync<TDialog, TResult>(
        string title, IReadOnlyDictionary<string, object?>? parameters = null, DialogWidth width = DialogWidth.Normal)
        where TDialog : IComponent
    {
        var dialogParameters = new DialogParameters();
        foreach (var (name, value) in parameters ?? new Dictionary<string, object?>())
        {
            dialogParameters.Add(name, value);
        }

        var options = width == DialogWidth.Wide ? Options with { MaxWidth = MaxWidth.Large } : Options;
        var dialog = await dialogs.ShowAsync<TDialog>(title, dialogParameters, options);
        var result = await dialog.Result;
        return result is { Canceled: false, Data: TResult data } ? data : default;
    }
}
