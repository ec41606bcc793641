using System.Globalization;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using FluentValidation;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MudBlazor;
using MudBlazor.Services;
using SalesPlanning.Application.Actuals;
using SalesPlanning.Application.Auditing;
using SalesPlanning.Application.Common;
using SalesPlanning.Application.People;
using SalesPlanning.Application.Performance;
using SalesPlanning.Application.Csv;
using SalesPlanning.Application.Alerts;
using SalesPlanning.Application.Dashboards;
using SalesPlanning.Application.Demo;
using SalesPlanning.Application.Incentives;
using SalesPlanning.Application.Notifications;
using SalesPlanning.Application.Identity;
using SalesPlanning.Application.Organisation;
using SalesPlanning.Application.Plans;
using SalesPlanning.Application.Progress;
using SalesPlanning.Application.Reviews;
using SalesPlanning.Application.Settings;
using SalesPlanning.Application.Targets;
using SalesPlanning.Infrastructure;
using SalesPlanning.Infrastructure.Persistence;
using SalesPlanning.Web.Account;
using SalesPlanning.Web.Api;
using SalesPlanning.Web.Components.Shared.Ui;
using SalesPlanning.Web.Localization;

namespace SalesPlanning.Web.Hosting;

internal static class Services
{
    /// <summary>Bearer token when the request carries one, otherwise the browser's sign-in cookie.</summary>
    public const string CookieOrBearerScheme = "CookieOrBearer";

    public static readonly IReadOnlyList<CultureInfo> SupportedCultures = [new("zh-CN"), new("en")];

    public static void AddSalesPlanningServices(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSalesPlanningPersistence();
        services.AddApiConcurrency();
        services.AddSingleton(TimeProvider.System);
        // Request validators (stateless) for pages and endpoints that check input before calling a service.
        services.AddValidatorsFromAssemblyContaining<SaveRegionValidator>(ServiceLifetime.Singleton);
        services.AddScoped<DemoDataSeeder>();
        services.AddScoped<DemoIncentives>();
        services.AddScoped<AdminBootstrapper>();
        services.AddScoped<OrganisationQueries>();
        services.AddScoped<ActualsQuery>();
        services.AddScoped<TargetService>();
        services.AddScoped<DistributionService>();
        services.AddScoped<UserQueries>();
        services.AddScoped<UserCommands>();
        services.AddScoped<UserImport>();
        services.AddScoped<OwnAccountService>();
        services.AddScoped<AuditQueries>();
        services.AddScoped<SettingsQuery>();
        services.AddScoped<PlanService>();
        services.AddScoped<PlanReviewQuery>();
        // Weekly progress and history import (issue 5).
        services.AddScoped<ProgressService>();
        services.AddScoped<HistoryImportService>();
        services.AddScoped<SettingsService>();
        services.AddScoped<MasterDataQueries>();
        services.AddScoped<MasterDataService>();
        services.AddScoped<MasterDataImportService>();
        services.AddScoped<MasterDataExportService>();
        services.AddScoped<PlanExportQuery>();
        services.AddScoped<DashboardService>();
        services.AddScoped<AlertService>();
        services.AddSingleton<AlertWindowCache>();
        services.AddScoped<MonthEndService>();
        services.AddScoped<ScorecardService>();
        services.AddScoped<IncentiveService>();
        // Notifications (issue 15): the centre, the mail outbox, the scheduled checks; texts from our resources.
        services.AddScoped<NotificationService>();
        services.AddScoped<MailOutbox>();
        services.AddScoped<Reminders>();
        services.AddSingleton<INotificationTexts, NotificationTexts>();
        services.AddSalesPlanningNotifications();

        AddIdentity(services);

        services.AddLocalization();
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture("zh-CN");
            o.SupportedCultures = [.. SupportedCultures];
            o.SupportedUICultures = [.. SupportedCultures];
            o.FallBackToParentCultures = true;
            o.FallBackToParentUICultures = true;
            o.RequestCultureProviders =
            [
                new CookieRequestCultureProvider(),
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });

        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddCascadingAuthenticationState();
        services.AddScoped<Microsoft.AspNetCore.Components.Authorization.AuthenticationStateProvider, RevalidatingAuthenticationStateProvider>();
        services.AddMudServices(o =>
        {
            o.SnackbarConfiguration.PositionClass = Defaults.Classes.Position.BottomRight;
            o.SnackbarConfiguration.PreventDuplicates = false;
            o.SnackbarConfiguration.VisibleStateDuration = 4000;
        });
        services.AddTransient<MudLocalizer, MudLocalizerFromResources>();
        // What pages ask of the component library (Components/Shared/Ui): notify, confirm, open a dialog.
        services.AddScoped<MudUi>();
        services.AddScoped<INotifier>(sp => sp.GetRequiredService<MudUi>());
        services.AddScoped<IConfirmer>(sp => sp.GetRequiredService<MudUi>());
        services.AddScoped<IDialogs>(sp => sp.GetRequiredService<MudUi>());
        services.AddOpenApi(o => o.ShouldInclude = d => d.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true);
        services.AddHealthChecks().AddCheck<DatabaseReadyHealthCheck>("database", tags: ["ready"]);
        services.AddProblemDetails();
        // A request an endpoint cannot bind throws in every environment (not only in Development), so
        // that ApiErrors answers it with problem details naming the field instead of an empty 400.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
            o.SerializerOptions.Converters.Add(new PeriodJsonConverter());
            // Nothing is stored that the caller did not send: a number decimal cannot hold is refused, not read
            // as 0, and a body member without a default (the record's constructor parameter) must be sent.
            o.SerializerOptions.Converters.Add(new ExactDecimalJsonConverter());
            o.SerializerOptions.RespectRequiredConstructorParameters = true;
            // Views hold the weekly figures as one value; answers write them flat, as they always did.
            o.SerializerOptions.TypeInfoResolver = (o.SerializerOptions.TypeInfoResolver ?? new DefaultJsonTypeInfoResolver())
                .WithAddedModifier(FlatWeeklyFigures.Modify);
        });
    }

    private static void AddIdentity(IServiceCollection services)
    {
        services.AddAuthentication(o =>
            {
                o.DefaultScheme = CookieOrBearerScheme;
                o.DefaultSignInScheme = IdentityConstants.ApplicationScheme;
            })
            .AddPolicyScheme(CookieOrBearerScheme, null, o => o.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? IdentityConstants.BearerScheme
                    : IdentityConstants.ApplicationScheme)
            .AddBearerToken(IdentityConstants.BearerScheme)
            .AddIdentityCookies();

        services.AddIdentityCore<AppUser>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 8;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(5);
                o.Lockout.AllowedForNewUsers = true;
            })
            .AddRoles<AppRole>()
            .AddEntityFrameworkStores<SalesPlanningDbContext>()
            .AddSignInManager<ActiveUserSignInManager>()
            .AddClaimsPrincipalFactory<AppUserClaimsPrincipalFactory>()
            .AddDefaultTokenProviders();

        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/account/login";
            o.LogoutPath = "/account/logout";
            o.AccessDeniedPath = "/account/access-denied";
            o.Cookie.Name = "SalesPlanning.Auth";
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            // The API answers with status codes; only pages redirect to the sign-in page.
            o.Events.OnRedirectToLogin = context => ApiAwareRedirect(context, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = context => ApiAwareRedirect(context, StatusCodes.Status403Forbidden);
        });
        // The sign-in cookie names a session kept in the database: signing out ends it for every copy of the cookie.
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<ITicketStore>((o, store) => o.SessionStore = store);
        services.AddAuthorization();

        // Deactivation, a password reset or a role change gives the user a new security stamp. Cookies
        // are checked against it this often (SecurityStampValidator), interactive circuits too
        // (RevalidatingAuthenticationStateProvider); bearer tokens on every request (SessionChecks).
        // Read when first needed, so that settings a host adds late (tests) are seen.
        static TimeSpan Interval(IConfiguration c) => TimeSpan.FromSeconds(Math.Max(1, c.GetValue("SalesPlanning:SessionCheckSeconds", 60)));
        services.AddOptions<SecurityStampValidatorOptions>().Configure<IConfiguration>((o, c) => o.ValidationInterval = Interval(c));
        services.AddSingleton(sp => new SessionCheckInterval(Interval(sp.GetRequiredService<IConfiguration>())));
    }

    private static Task ApiAwareRedirect(RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int apiStatus)
    {
        if (ApiErrors.IsApi(context.HttpContext))
        {
            context.Response.StatusCode = apiStatus;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }
}
