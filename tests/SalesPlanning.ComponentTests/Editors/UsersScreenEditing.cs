using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SalesPlanning.Application.Common;
using SalesPlanning.Application.People;
using SalesPlanning.Web.Components.Pages.Admin;
using SalesPlanning.Web.Components.Shared.Ui;
using SalesPlanning.Web.Localization;

namespace SalesPlanning.ComponentTests.Editors;

/// <summary>
/// The users page's decisions (UsersScreen): the search asks for the page the grid shows and drops the
/// row being edited; one person is edited at a time; a refused save keeps the row open with its
/// messages at the fields, a conflict says so for the whole row; Enter saves and Escape drops the input;
/// deactivate and delete ask first, reactivate does not; a new one-time password is shown; and a row
/// offers no deactivate, reset or delete for the admin themself, delete only for who never signed in.
/// The service calls are the page's; here they answer from memory.
/// </summary>
public class UsersScreenEditing
{
    private static readonly Guid Me = Guid.NewGuid();

    [Fact]
    public async Task AsksForThePageTheGridShowsWithTheSearch()
    {
        var (screen, people) = Screen();
        screen.Search = "li";
        await screen.IncludeInactiveAsync(false);

        var (rows, total) = await screen.LoadPageAsync(2, 20);

        people.Searches.ShouldBe([new UserSearch("li", false, 40, 20)]);
        rows.Select(r => r.Email).ShouldBe(["li@demo.local", "wang@demo.local"]);
        total.ShouldBe(42);
        people.Reloads.ShouldBe(1);
    }

    [Fact]
    public async Task ShowsNoRowsAndTellsTheUserWhenTheListIsRefused()
    {
        var (screen, people) = Screen();
        people.ListAnswer = Result<UserPage>.Forbidden();

        var (rows, total) = await screen.LoadPageAsync(0, 20);

        rows.ShouldBeEmpty();
        total.ShouldBe(0);
        people.Errors.ShouldBe(["Something went wrong; nothing was saved. Try again."]);
    }

    [Fact]
    public async Task EditsOneRowAtATimeAndASearchDropsIt()
    {
        var (screen, people) = Screen();
        var (rows, _) = await screen.LoadPageAsync(0, 20);

        screen.Edit(rows[0]);

        screen.IsEditing(rows[0]).ShouldBeTrue();
        screen.IsEditing(rows[1]).ShouldBeFalse();
        screen.ActionsFor(rows[1], Me).EditEnabled.ShouldBeFalse();

        await screen.SearchKeyAsync("a");
        screen.Editing.ShouldBeSameAs(rows[0]);
        await screen.SearchKeyAsync("Enter");

        screen.Editing.ShouldBeNull();
        screen.ActionsFor(rows[1], Me).EditEnabled.ShouldBeTrue();
        people.Reloads.ShouldBe(1);
    }

    [Fact]
    public async Task KeepsARefusedRowOpenWithItsMessagesAtTheFieldsThenClosesItOnceSaved()
    {
        var (screen, people) = Screen();
        var (rows, _) = await screen.LoadPageAsync(0, 20);
        var row = rows[0];
        screen.Edit(row);
        row.Email = "wang@demo.local";
        people.UpdateAnswer = Result<string>.Invalid(new Dictionary<string, string[]> { ["Email"] = [PeopleMessages.EmailTaken] });

        await screen.KeyAsync("Enter");

        screen.IsEditing(row).ShouldBeTrue();
        screen.ErrorsOf("Email").ShouldBe(["A user with this e-mail address already exists."]);
        screen.ErrorsOf("").ShouldBeEmpty();
        var sent = people.Updates.ShouldHaveSingleItem();
        (sent.Id, sent.Email, sent.DisplayName, sent.Version).ShouldBe((row.Id, "wang@demo.local", "李 Li", "v1"));
        sent.Roles.ShouldBe(["Rep"]);
        sent.RepIn.ShouldBe(["EAST"]);
        screen.Saving.ShouldBeFalse();

        row.Email = "li.new@demo.local";
        people.UpdateAnswer = Result<string>.Ok("v2");
        await screen.KeyAsync("Enter");

        screen.Editing.ShouldBeNull();
        screen.Errors.ShouldBeEmpty();
        people.Updates[1].Email.ShouldBe("li.new@demo.local");
        people.Successes.ShouldBe(["li.new@demo.local saved."]);
        people.Reloads.ShouldBe(1);
    }

    [Fact]
    public async Task SaysForTheWholeRowThatSomeoneElseChangedIt()
    {
        var (screen, people) = Screen();
        var (rows, _) = await screen.LoadPageAsync(0, 20);
        screen.Edit(rows[0]);
        people.UpdateAnswer = Result<string>.Conflict(PeopleMessages.Conflict);

        await screen.SaveAsync(rows[0]);

        screen.IsEditing(rows[0]).ShouldBeTrue();
        screen.ErrorsOf("").ShouldBe(["Someone else changed this user since you opened the list. Nothing was overwritten; reload and try again."]);
    }

    [Fact]
    public async Task DropsTheInputOnEscapeAndEnterDoesNothingWithoutARowOpen()
    {
        var (screen, people) = Screen();
        var (rows, _) = await screen.LoadPageAsync(0, 20);

        await screen.KeyAsync("Enter");
        people.Updates.ShouldBeEmpty();

        screen.Edit(rows[0]);
        rows[0].DisplayName = "changed";
        await screen.KeyAsync("Escape");

        screen.Editing.ShouldBeNull();
        people.Updates.ShouldBeEmpty();
        people.Reloads.ShouldBe(1);
    }

    [Fact]
    public async Task DeactivatesAndDeletesOnlyWhenTheUserConfirmsAndReactivatesWithoutAsking()
    {
        var (screen, people) = Screen(confirm: false);
        var (rows, _) = await screen.LoadPageAsync(0, 20);

        await screen.SetActiveAsync(rows[0], false);
        await screen.DeleteAsync(rows[0]);
        people.Calls.ShouldBeEmpty();

        people.Answer = true;
        await screen.SetActiveAsync(rows[0], false);
        await screen.SetActiveAsync(rows[1], true);
        await screen.DeleteAsync(rows[0]);

        people.Questions.ShouldBe(["Deactivate", "Delete", "Deactivate", "Delete"]);
        people.Calls.ShouldBe([$"active {rows[0].Id} False", $"active {rows[1].Id} True", $"delete {rows[0].Id}"]);
        people.Successes.ShouldBe(["li@demo.local deactivated.", "wang@demo.local reactivated.", "li@demo.local deleted."]);
        people.Reloads.ShouldBe(3);
    }

    [Fact]
    public async Task ShowsTheNewOneTimePasswordOrTellsWhyThereIsNone()
    {
        var (screen, people) = Screen();
        var (rows, _) = await screen.LoadPageAsync(0, 20);

        await screen.ResetPasswordAsync(rows[0]);
        people.Shown.ShouldHaveSingleItem().OneTimePassword.ShouldBe("Aa2#Aa2#Aa2#");
        people.Reloads.ShouldBe(1);

        people.ResetAnswer = Result<CreatedUser>.NotFound();
        await screen.ResetPasswordAsync(rows[0]);
        people.Shown.Count.ShouldBe(1);
        people.Errors.ShouldBe(["Something went wrong; nothing was saved. Try again."]);
    }

    [Fact]
    public void OffersNoAccountButtonsForTheAdminThemselfAndDeleteOnlyForWhoNeverSignedIn()
    {
        var (screen, _) = Screen();
        var active = new UserRow { Id = Guid.NewGuid(), IsActive = true };
        var inactive = new UserRow { Id = Guid.NewGuid(), IsActive = false, LastSignInAt = DateTimeOffset.UnixEpoch };
        var me = new UserRow { Id = Me, IsActive = true };

        screen.ActionsFor(active, Me).ShouldBe(new UserRowActions(true, Deactivate: true, Reactivate: false, ResetPassword: true, Delete: true));
        screen.ActionsFor(inactive, Me).ShouldBe(new UserRowActions(true, Deactivate: false, Reactivate: true, ResetPassword: true, Delete: false));
        screen.ActionsFor(me, Me).ShouldBe(new UserRowActions(true, Deactivate: false, Reactivate: false, ResetPassword: false, Delete: false));
    }

    private static (UsersScreen Screen, People People) Screen(bool confirm = true)
    {
        // English texts: the neutral resources.
        var t = new StringLocalizer<SharedResource>(
            new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance));
        var people = new People { Answer = confirm };
        var screen = new UsersScreen(t, people, people, new UserCalls(people.ListAsync, people.UpdateAsync, people.SetActiveAsync, people.ResetAsync, people.DeleteAsync))
        {
            Reload = () =>
            {
                people.Reloads++;
                return Task.CompletedTask;
            },
            ShowPassword = user =>
            {
                people.Shown.Add(user);
                return Task.CompletedTask;
            },
        };
        return (screen, people);
    }

    /// <summary>The page's service calls, the grid, the dialogs and the user's answers, kept in memory.</summary>
    private sealed class People : INotifier, IConfirmer
    {
        private static readonly UserListItem Li = new(Guid.NewGuid(), "li@demo.local", "李 Li", ["Rep"], ["EAST"], [], true, false, null, "zh-CN", "v1");
        private static readonly UserListItem Wang = new(Guid.NewGuid(), "wang@demo.local", "王 Wang", ["Manager"], [], ["EAST"], false, false, null, null, "v1");

        public Result<UserPage> ListAnswer { get; set; } = Result<UserPage>.Ok(new UserPage([Li, Wang], 42));
        public Result<string> UpdateAnswer { get; set; } = Result<string>.Ok("v2");
        public Result<CreatedUser> ResetAnswer { get; set; } = Result<CreatedUser>.Ok(new CreatedUser(Li.Id, Li.Email, Li.DisplayName, "Aa2#Aa2#Aa2#"));
        public bool Answer { get; set; }
        public List<UserSearch> Searches { get; } = [];
        public List<UpdateUser> Updates { get; } = [];
        public List<string> Calls { get; } = [];
        public List<string> Questions { get; } = [];
        public List<string> Successes { get; } = [];
        public List<string> Errors { get; } = [];
        public List<CreatedUser> Shown { get; } = [];
        public int Reloads { get; set; }

        public Task<Result<UserPage>> ListAsync(UserSearch search)
        {
            Searches.Add(search);
            return Task.FromResult(ListAnswer);
        }

        public Task<Result<string>> UpdateAsync(UpdateUser request)
        {
            Updates.Add(request);
            return Task.FromResult(UpdateAnswer);
        }

        public Task<Result<string>> SetActiveAsync(Guid id, bool active)
        {
            Calls.Add($"active {id} {active}");
            return Task.FromResult(Result<string>.Ok("v2"));
        }

        public Task<Result<CreatedUser>> ResetAsync(Guid id) => Task.FromResult(ResetAnswer);

        public Task<Result<bool>> DeleteAsync(Guid id)
        {
            Calls.Add($"delete {id}");
            return Task.FromResult(Result<bool>.Ok(true));
        }

        public Task<bool> ConfirmAsync(string title, string message, string confirmText, bool destructive = false)
        {
            Questions.Add(title);
            return Task.FromResult(Answer);
        }

        public void Success(string message) => Successes.Add(message);

        public void Info(string message) => Successes.Add(message);

        public void Warning(string message) => Errors.Add(message);

        public void Error(string message) => Errors.Add(message);
    }
}
