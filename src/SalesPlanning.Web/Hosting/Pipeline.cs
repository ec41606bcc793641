using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using SalesPlanning.Web.Account;
using SalesPlanning.Web.Api;
using SalesPlanning.Web.Components;

namespace SalesPlanning.Web.Hosting;

internal static class Pipeline
{
    public static void UseSalesPlanningPipeline(this WebApplication app)
    {
        app.UseSalesPlanningRequestLogging();
        app.UseSecurityHeaders();
        if (!app.Environment.IsDevelopment())
        {
            // Pages: the HTML error page. (API requests never get here: ApiErrors answers them below.)
            app.UseExceptionHandler(new ExceptionHandlerOptions
            {
                ExceptionHandlingPath = "/error",
                CreateScopeForErrors = true,
                StatusCodeSelector = e => e is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError,
            });
        }

        // Pages get a friendly status page; the API answers problem details (ApiErrors, below).
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.Use((context, next) =>
        {
            if (ApiErrors.IsApi(context) && context.Features.Get<IStatusCodePagesFeature>() is { } statusPages)
            {
                statusPages.Enabled = false;
            }

            return next(context);
        });
        app.UseRequestLocalization();
        app.UseApiErrors();
        app.UseApiConcurrency();
        app.UseAuthentication();
        app.UseMiddleware<SessionChecks>();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapStaticAssets();
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        app.MapApiV1();
        app.MapAccountEndpoints();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
    }
}
