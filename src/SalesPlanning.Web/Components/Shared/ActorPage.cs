using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using SalesPlanning.Application.Common;
using SalesPlanning.Web.Account;
using SalesPlanning.Web.Components.Shared.Ui;
using SalesPlanning.Web.Hosting;
using SalesPlanning.Web.Localization;

namespace SalesPlanning.Web.Components.Shared;

/// <summary>
/// A page that acts for the signed-in user: gives it the <see cref="Actor"/> services check. When one of its
/// event handlers (a save, a submit, a drill-down, a panel that reads when opened …) finds the database
/// unreachable, the page says so ("the database is unavailable, so this could not be done; nothing was
/// changed") and stays as it was, with what the user typed, instead of the circuit ending (issue 16, faults
/// to survive). The one text is true of reads and writes alike.
/// </summary>
public abstract class ActorPage : ComponentBase, IHandleEvent
{
    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    [Inject]
    private INotifier OutageNotifier { get; set; } = default!;

    [Inject]
    private IStringLocalizer<SharedResource> OutageText { get; set; } = default!;

    protected Actor Actor { get; private set; } = default!;

    protected string DisplayName { get; private set; } = "";

    protected override async Task OnInitializedAsync()
    {
        var user = (await AuthenticationState).User;
        // The route requires authorization, so an actor is always present here.
        Actor = user.ToActor() ?? throw new InvalidOperationException("A signed-in user is required.");
        DisplayName = user.DisplayName();
        await LoadAsync();
    }

    protected abstract Task LoadAsync();

    /// <summary>
    /// Runs <paramref name="work"/> started outside an event handler (e.g. a keyboard shortcut from
    /// script) with the same rule: an unreachable database is told to the user, not thrown.
    /// </summary>
    protected async Task ReportingOutagesAsync(Func<Task> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        try
        {
            await work();
        }
        catch (Exception exception) when (DatabaseUnavailable.Is(exception))
        {
            OutageNotifier.Error(OutageText["Error_DatabaseUnavailable"]);
        }

        StateHasChanged();
    }

    // ComponentBase's handling (render while the handler runs, then after it) plus the outage rule.
    Task IHandleEvent.HandleEventAsync(EventCallbackWorkItem item, object? arg) =>
        ReportingOutagesAsync(() =>
        {
            var task = item.InvokeAsync(arg);
            if (!task.IsCompleted)
            {
                StateHasChanged();
            }

            return task;
        });
}
