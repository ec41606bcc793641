using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;
using SalesPlanning.Web.Components.Shared.Ui;
using SalesPlanning.Web.Localization;

namespace SalesPlanning.ComponentTests;

/// <summary>
/// A bunit context wired as the app wires components: MudBlazor's services, our localised texts in
/// the given language, and our notify / confirm / dialog interfaces.
/// </summary>
public static class Components
{
    /// <remarks>Not async: a culture set inside an async method does not flow back to its caller.</remarks>
    public static BunitContext Create(string culture = "en")
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
        var context = new BunitContext();
        context.JSInterop.Mode = JSRuntimeMode.Loose;
        context.Services.AddLocalization();
        context.Services.AddMudServices();
        context.Services.AddTransient<MudLocalizer, MudLocalizerFromResources>();
        context.Services.AddScoped<MudUi>();
        context.Services.AddScoped<INotifier>(sp => sp.GetRequiredService<MudUi>());
        context.Services.AddScoped<IConfirmer>(sp => sp.GetRequiredService<MudUi>());
        context.Services.AddScoped<IDialogs>(sp => sp.GetRequiredService<MudUi>());
        return context;
    }
}
