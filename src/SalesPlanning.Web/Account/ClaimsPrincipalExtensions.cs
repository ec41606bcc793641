using System.Security.Claims;
using SalesPlanning.Application.Common;
using SalesPlanning.Application.Identity;

namespace SalesPlanning.Web.Account;

public static class ClaimsPrincipalExtensions
{
    /// <summary>The actor services check access against; null when not signed in.</summary>
    public static Actor? ToActor(this ClaimsPrincipal principal)
    {
        var id = principal.FindFirstValue(ClaimTypes.NameIdentifier);
        if (principal.Identity?.IsAuthenticated != true || !Guid.TryParse(id, out var userId))
        {
            return null;
        }

        var roles = principal.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        return new Actor(userId, roles, principal.Identity.Name ?? "");
    }

    public static string DisplayName(this ClaimsPrincipal principal) =>
        principal.FindFirstValue(AppUserClaimsPrincipalFactory.DisplayNameClaim) ?? principal.Identity?.Name ?? "";

    /// <summary>Where a role lands after sign-in: the first of director, manager, rep, admin it has.</summary>
    public static string HomePath(this ClaimsPrincipal principal) =>
        principal.IsInRole(Roles.Director) ? "/director"
        : principal.IsInRole(Roles.Manager) ? "/manager"
        : principal.IsInRole(Roles.Rep) ? "/rep"
        : principal.IsInRole(Roles.Admin) ? "/admin"
        : "/account/access-denied";
}
