using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using SalesPlanning.Application.Common;
using SalesPlanning.Web.Account;

namespace SalesPlanning.Web.Components.Shared;

/// <summary>A page that acts for the signed-in user: gives it the <see cref="Actor"/> services check.</summary>
public abstract class ActorPage : ComponentBase
{
    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

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
}
