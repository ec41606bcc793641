using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.Data;
using Microsoft.Extensions.Options;
using SalesPlanning.Application.Identity;
using SalesPlanning.Application.Organisation;
using SalesPlanning.Web.Account;

namespace SalesPlanning.Web.Api;

/// <summary>
/// The HTTP API root /api/v1. It accepts the browser's sign-in cookie or a bearer token from
/// /api/v1/auth/login. Only login and refresh of Identity's API endpoints are offered: there is
/// no open self-registration.
/// </summary>
internal static class ApiEndpoints
{
    public static void MapApiV1(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1");

        var auth = api.MapGroup("/auth").WithTags("Auth").AllowAnonymous();
        // The sign-in manager writes the tokens and a challenge answers 401: metadata, as the results cannot say so.
        auth.MapPost("/login", LoginAsync)
            .Produces<AccessTokenResponse>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .WithSummary("Exchange an e-mail and password for a bearer token and a refresh token.");
        auth.MapPost("/refresh", RefreshAsync)
            .Produces<AccessTokenResponse>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .WithSummary("Exchange a refresh token for a new bearer token.");

        api.MapGet("/me", GetMeAsync)
            .WithTags("Me")
            .WithSummary("The caller's name, roles and regions.")
            .RequireAuthorization();

        api.MapTargetEndpoints();
        api.MapDistributionEndpoints();
        api.MapPeopleEndpoints();
        api.MapProgressEndpoints();
        api.MapMasterDataEndpoints();
        api.MapPlanEndpoints();
        api.MapDashboardEndpoints();
        api.MapMonthEndEndpoints();
        api.MapScorecardEndpoints();
        api.MapIncentiveEndpoints();
        api.MapNotificationEndpoints();
    }

    private static async Task<Results<EmptyHttpResult, ProblemHttpResult>> LoginAsync(
        LoginRequest login, SignInManager<AppUser> signIn)
    {
        signIn.AuthenticationScheme = IdentityConstants.BearerScheme;
        var result = await signIn.PasswordSignInAsync(login.Email, login.Password, isPersistent: false, lockoutOnFailure: true);
        if (!result.Succeeded)
        {
            var detail = result.IsLockedOut ? "Locked out: try again in 5 minutes." : "Wrong e-mail or password.";
            return TypedResults.Problem(detail, statusCode: StatusCodes.Status401Unauthorized);
        }

        // The sign-in manager has already written the token response.
        return TypedResults.Empty;
    }

    private static async Task<Results<SignInHttpResult, ChallengeHttpResult>> RefreshAsync(
        RefreshRequest refresh,
        SignInManager<AppUser> signIn,
        IOptionsMonitor<BearerTokenOptions> bearerOptions,
        TimeProvider time)
    {
        var protector = bearerOptions.Get(IdentityConstants.BearerScheme).RefreshTokenProtector;
        var ticket = protector.Unprotect(refresh.RefreshToken);
        if (ticket?.Properties.ExpiresUtc is not { } expires
            || time.GetUtcNow() >= expires
            || await signIn.ValidateSecurityStampAsync(ticket.Principal) is not { } user
            || !await signIn.CanSignInAsync(user))
        {
            return TypedResults.Challenge();
        }

        var principal = await signIn.CreateUserPrincipalAsync(user);
        return TypedResults.SignIn(principal, authenticationScheme: IdentityConstants.BearerScheme);
    }

    private static async Task<Results<Ok<MeView>, UnauthorizedHttpResult>> GetMeAsync(
        HttpContext context, OrganisationQueries organisation, CancellationToken cancellationToken)
    {
        var actor = context.User.ToActor();
        var me = actor is null ? null : await organisation.GetMeAsync(actor.UserId, cancellationToken);
        return me is null ? TypedResults.Unauthorized() : TypedResults.Ok(me);
    }
}
