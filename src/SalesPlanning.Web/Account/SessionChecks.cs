using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using SalesPlanning.Application.Identity;
using SalesPlanning.Web.Hosting;

namespace SalesPlanning.Web.Account;

/// <summary>How often cookies and interactive circuits are checked against the user's security stamp.</summary>
public sealed record SessionCheckInterval(TimeSpan Value);

/// <summary>
/// Two checks after authentication. A bearer token is refused once its user's security stamp has
/// changed (deactivation, password reset, role change) or the user is inactive: bearer tokens carry
/// the stamp but the bearer handler never compares it. And a user with a one-time password is sent
/// to change it before any page (the API answers 403 except sign-in, /me and the password change).
/// </summary>
public sealed class SessionChecks(RequestDelegate next)
{
    public const string ChangePasswordPath = "/account/password";

    public async Task InvokeAsync(HttpContext context)
    {
        var user = context.User;
        if (user.Identity?.IsAuthenticated == true
            && context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            // Resolved only here: Identity's sign-in manager brings a user manager and a DbContext, which a cookie request never needs.
            var signIn = context.RequestServices.GetRequiredService<SignInManager<AppUser>>();
            var current = await signIn.ValidateSecurityStampAsync(user);
            if (current is null || !current.IsActive)
            {
                context.User = new ClaimsPrincipal(new ClaimsIdentity());
                await next(context);
                return;
            }
        }

        if (user.HasClaim(AppUserClaimsPrincipalFactory.MustChangePasswordClaim, "true") && !MayPassWithOneTimePassword(context.Request))
        {
            if (ApiErrors.IsApi(context))
            {
                await Results.Problem("Change the one-time password first (POST /api/v1/me/password).", statusCode: StatusCodes.Status403Forbidden)
                    .ExecuteAsync(context);
                return;
            }

            if (HttpMethods.IsGet(context.Request.Method) && AcceptsHtml(context.Request))
            {
                var back = context.Request.Path + context.Request.QueryString;
                context.Response.Redirect($"{ChangePasswordPath}?returnUrl={Uri.EscapeDataString(back)}");
                return;
            }
        }

        await next(context);
    }

    private static bool MayPassWithOneTimePassword(HttpRequest request) =>
        request.Path.StartsWithSegments("/account")
        || request.Path.StartsWithSegments("/culture")
        || request.Path.StartsWithSegments("/api/v1/auth")
        || request.Path.StartsWithSegments("/api/v1/me")
        || request.Path.StartsWithSegments("/_framework")
        || request.Path.StartsWithSegments("/_content")
        || request.Path.StartsWithSegments("/_blazor")
        || request.Path.StartsWithSegments("/health");

    private static bool AcceptsHtml(HttpRequest request) =>
        request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase);
}

/// <summary>
/// Re-checks an interactive circuit's user against the database at the session-check interval, so a
/// deactivated user's open pages stop working too; the template's Identity provider, with our interval.
/// </summary>
public sealed class RevalidatingAuthenticationStateProvider(
    ILoggerFactory loggerFactory,
    IServiceScopeFactory scopes,
    IOptions<IdentityOptions> options,
    SessionCheckInterval interval)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => interval.Value;

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.GetUserAsync(authenticationState.User);
        if (user is null || !user.IsActive)
        {
            return false;
        }

        var stamp = authenticationState.User.FindFirstValue(options.Value.ClaimsIdentity.SecurityStampClaimType);
        return stamp == await users.GetSecurityStampAsync(user);
    }
}
