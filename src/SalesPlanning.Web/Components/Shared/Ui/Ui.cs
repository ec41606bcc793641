using Microsoft.AspNetCore.Components;

namespace SalesPlanning.Web.Components.Shared.Ui;

/// <summary>
/// What pages ask of a component library, in our own words, so that a page names what it means
/// ("tell the user it was saved", "ask before deleting") and not a library's classes. Implemented
/// with MudBlazor in <see cref="MudUi"/>.
/// </summary>
public interface INotifier
{
    void Success(string message);

    void Info(string message);

    void Warning(string message);

    void Error(string message);
}

/// <summary>Asks the user to confirm an action before it is done.</summary>
public interface IConfirmer
{
    /// <summary>
    /// True when the user chose <paramref name="confirmText"/>; false on cancel or when the dialog is
    /// closed. A <paramref name="destructive"/> action shows its button in the error colour.
    /// </summary>
    Task<bool> ConfirmAsync(string title, string message, string confirmText, bool destructive = false);
}

/// <summary>Opens one of our dialog components and waits for its answer.</summary>
public interface IDialogs
{
    /// <summary>
    /// The value the dialog closed with (<c>IMudDialogInstance.Close(DialogResult.Ok(value))</c>), or default when the user
    /// cancelled or dismissed it.
    /// </summary>
    Task<TResult?> OpenAsync<TDialog, TResult>(
        string title, IReadOnlyDictionary<string, object?>? parameters = null, DialogWidth width = DialogWidth.Normal)
        where TDialog : IComponent;
}

/// <summary>How wide a dialog may grow: a question, a form, or a table to look through.</summary>
public enum DialogWidth
{
    Normal,
    Wide,
}
