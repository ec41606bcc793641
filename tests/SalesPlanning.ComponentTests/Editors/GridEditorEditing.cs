using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SalesPlanning.Application.Common;
using SalesPlanning.Web.Components.Pages.Admin;
using SalesPlanning.Web.Components.Shared.Ui;
using SalesPlanning.Web.Localization;

namespace SalesPlanning.ComponentTests.Editors;

/// <summary>
/// The inline editing of the admin grids (GridEditor): one row at a time, a refused save keeps the
/// row open with its field messages, Enter saves and Escape drops the input, deleting asks first.
/// The service calls are the page's; here they answer from a list.
/// </summary>
public class GridEditorEditing
{
    [Fact]
    public async Task AddsANewRowFirstAndEditsOnlyThatOne()
    {
        var (editor, _) = await EditorAsync();
        var added = new Item("");

        editor.Insert(added);
        editor.Edit(editor.Rows![0]);
        editor.Insert(new Item("second"));

        editor.Shown![0].ShouldBeSameAs(added);
        editor.Shown.Count.ShouldBe(3);
        editor.IsEditing(added).ShouldBeTrue();
        editor.IsEditing(editor.Rows[0]).ShouldBeFalse();
    }

    [Fact]
    public async Task KeepsARefusedRowOpenWithItsMessagesThenClosesItOnceSaved()
    {
        var (editor, store) = await EditorAsync();
        var added = new Item("");
        editor.Insert(added);

        await editor.KeyAsync(new KeyboardEventArgs { Key = "Enter" });

        editor.IsEditing(added).ShouldBeTrue();
        editor.Errors["Code"].ShouldBe(["Code is required."]);
        store.Notices.ShouldBeEmpty();

        added.Code = "C";
        await editor.KeyAsync(new KeyboardEventArgs { Key = "Enter" });

        editor.Editing.ShouldBeNull();
        editor.Errors.ShouldBeEmpty();
        editor.Rows!.Select(r => r.Code).ShouldBe(["A", "B", "C"]);
        store.Notices.ShouldBe(["Saved."]);
    }

    [Fact]
    public async Task DropsTheInputOnEscape()
    {
        var (editor, store) = await EditorAsync();
        var row = editor.Rows![1];
        editor.Edit(row);
        row.Code = "changed";

        await editor.KeyAsync(new KeyboardEventArgs { Key = "Escape" });

        editor.Editing.ShouldBeNull();
        editor.Rows.Select(r => r.Code).ShouldBe(["A", "B"]);
        store.Saves.ShouldBe(0);
    }

    [Fact]
    public async Task FiltersBySearchAndKeepsARowBeingAddedInView()
    {
        var (editor, _) = await EditorAsync();
        var added = new Item("");
        editor.Insert(added);

        editor.ChangeSearch("b");

        editor.Shown!.ShouldBe([added, editor.Rows![1]]);
    }

    [Fact]
    public async Task DeletesOnlyWhenTheUserConfirms()
    {
        var (editor, store) = await EditorAsync(confirm: false);

        await editor.DeleteAsync(editor.Rows![0]);
        store.Items.Count.ShouldBe(2);

        store.Confirmer.Answer = true;
        await editor.DeleteAsync(editor.Rows[0]);
        store.Items.Select(i => i.Code).ShouldBe(["B"]);
        store.Confirmer.Questions.ShouldBe(["Delete", "Delete"]);
    }

    private static async Task<(GridEditor<Item> Editor, Store Store)> EditorAsync(bool confirm = true)
    {
        // English texts: the neutral resources.
        var t = new StringLocalizer<SharedResource>(
            new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance));
        var store = new Store(confirm);
        var editor = new GridEditor<Item>(t, store, store.Confirmer,
            () => Task.FromResult<IReadOnlyList<Item>>([.. store.Items.Select(i => new Item(i.Code))]),
            store.SaveAsync,
            (_, _) => Task.FromResult(Result<Guid>.Ok(Guid.Empty)),
            item => store.DeleteAsync(item),
            (item, search) => item.Code.Contains(search, StringComparison.OrdinalIgnoreCase));
        await editor.LoadAsync();
        return (editor, store);
    }

    public sealed class Item(string code)
    {
        public string Code { get; set; } = code;
    }

    /// <summary>The page's service calls and the user's answers, kept in memory.</summary>
    private sealed class Store(bool confirm) : INotifier
    {
        public List<Item> Items { get; } = [new("A"), new("B")];
        public List<string> Notices { get; } = [];
        public int Saves { get; private set; }
        public FakeConfirmer Confirmer { get; } = new() { Answer = confirm };

        public Task<Result<Guid>> SaveAsync(Item item)
        {
            Saves++;
            if (item.Code.Length == 0)
            {
                return Task.FromResult(Result<Guid>.Invalid(new Dictionary<string, string[]> { ["Code"] = ["Code is required."] }));
            }

            Items.Add(new Item(item.Code));
            return Task.FromResult(Result<Guid>.Ok(Guid.NewGuid()));
        }

        public Task<Result<Guid>> DeleteAsync(Item item)
        {
            Items.RemoveAll(i => i.Code == item.Code);
            return Task.FromResult(Result<Guid>.Ok(Guid.Empty));
        }

        public void Success(string message) => Notices.Add(message);

        public void Info(string message) => Notices.Add(message);

        public void Warning(string message) => Notices.Add(message);

        public void Error(string message) => Notices.Add(message);
    }

    private sealed class FakeConfirmer : IConfirmer
    {
        public bool Answer { get; set; }
        public List<string> Questions { get; } = [];

        public Task<bool> ConfirmAsync(string title, string message, string confirmText, bool destructive = false)
        {
            Questions.Add(title);
            return Task.FromResult(Answer);
        }
    }
}
