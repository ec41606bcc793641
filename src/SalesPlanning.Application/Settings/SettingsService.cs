using System.Globalization;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SalesPlanning.Application.Common;
using SalesPlanning.Application.Organisation;
using SalesPlanning.Application.Performance;
using SalesPlanning.Application.Persistence;
using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Performance;
using SalesPlanning.Domain.Settings;

namespace SalesPlanning.Application.Settings;

/// <summary>
/// The company's settings as pages and the API show them. Rates and the KPI cap are percentages
/// (60 = 60%); <see cref="Version"/> is 0 until the settings are first saved.
/// </summary>
public sealed record SettingsView(
    string CompanyName,
    string CurrencyCode,
    string CurrencySymbol,
    int ReviewDeadlineDays,
    decimal RepSevereRatePercent,
    int RepSevereMonths,
    decimal RepWarningRatePercent,
    int RepWarningMonths,
    decimal RegionRatePercent,
    int RegionMonths,
    bool MidMonthPaceCheck,
    decimal KpiScoreCapPercent,
    int FiscalYearFirstMonth,
    uint Version)
{
    public static SettingsView From(CompanySettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var a = settings.Alerts;
        return new(settings.CompanyName, settings.CurrencyCode, settings.CurrencySymbol, settings.ReviewDeadlineDays,
            Percent(a.RepSevereRate), a.RepSevereMonths, Percent(a.RepWarningRate), a.RepWarningMonths, Percent(a.RegionRate), a.RegionMonths,
            a.MidMonthPaceCheck, Percent(settings.KpiScoreCap), settings.FiscalYearFirstMonth, settings.Version);
    }

    /// <summary>A fraction as a percentage without trailing zeros (0.6000 → 60).</summary>
    private static decimal Percent(decimal fraction) =>
        decimal.Parse((fraction * 100m).ToString("0.##", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}

/// <summary>The company's default KPI weights; <see cref="BuiltIn"/> when no admin has set them.</summary>
public sealed record KpiWeightsView(IReadOnlyList<KpiWeighting> Weights, bool BuiltIn, uint Version);

/// <summary>Message keys of the settings form (SharedResource*.resx).</summary>
public static class SettingsMessages
{
    public const string CompanyNameRequired = "Settings_Error_CompanyName";
    public const string CurrencyCode = "Settings_Error_CurrencyCode";
    public const string CurrencySymbol = "Settings_Error_CurrencySymbol";
    public const string ReviewDeadline = "Settings_Error_ReviewDeadline";
    public const string Rate = "Settings_Error_Rate";
    public const string Months = "Settings_Error_Months";
    public const string KpiCap = "Settings_Error_KpiCap";
    public const string FiscalMonth = "Settings_Error_FiscalMonth";

    /// <summary>
    /// The domain's problems with the settings as the form gives them (rates and the cap as percentages: 60 is 0.60),
    /// at the domain's field names (<see cref="FieldOf"/> names the form's).
    /// </summary>
    public static IReadOnlyList<SettingsProblem> Problems(SettingsView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return
        [
            .. CompanySettings.Problems(view.CompanyName, view.CurrencyCode, view.CurrencySymbol, view.ReviewDeadlineDays,
                view.KpiScoreCapPercent / 100m, view.FiscalYearFirstMonth),
            .. AlertThresholds.Problems(view.RepSevereRatePercent / 100m, view.RepSevereMonths, view.RepWarningRatePercent / 100m,
                view.RepWarningMonths, view.RegionRatePercent / 100m, view.RegionMonths),
        ];
    }

    /// <summary>The domain's problems as message keys at the form's fields (one message a field: its whole rule).</summary>
    public static Dictionary<string, string[]> ByField(IEnumerable<SettingsProblem> problems) =>
        problems.GroupBy(p => FieldOf(p.Field)).ToDictionary(g => g.Key, g => g.Select(For).Distinct().ToArray());

    /// <summary>The form's (and the API body's) field of a setting of the domain: rates and the cap are given as percentages.</summary>
    public static string FieldOf(string field) => field switch
    {
        nameof(AlertThresholds.RepSevereRate) => nameof(SettingsView.RepSevereRatePercent),
        nameof(AlertThresholds.RepWarningRate) => nameof(SettingsView.RepWarningRatePercent),
        nameof(AlertThresholds.RegionRate) => nameof(SettingsView.RegionRatePercent),
        nameof(CompanySettings.KpiScoreCap) => nameof(SettingsView.KpiScoreCapPercent),
        _ => field,
    };

    /// <summary>
    /// The message key of a settings problem. Each field's text states its whole rule ("Enter 1 to 60 days."), so
    /// every code at a field (<see cref="SettingsRules"/>: out of range, too many decimals, required, too long) reads the same.
    /// </summary>
    public static string For(SettingsProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return problem.Field switch
        {
            nameof(CompanySettings.CompanyName) => CompanyNameRequired,
            nameof(CompanySettings.CurrencyCode) => CurrencyCode,
            nameof(CompanySettings.CurrencySymbol) => CurrencySymbol,
            nameof(CompanySettings.ReviewDeadlineDays) => ReviewDeadline,
            nameof(CompanySettings.KpiScoreCap) => KpiCap,
            nameof(CompanySettings.FiscalYearFirstMonth) => FiscalMonth,
            nameof(AlertThresholds.RepSevereRate) or nameof(AlertThresholds.RepWarningRate) or nameof(AlertThresholds.RegionRate) => Rate,
            nameof(AlertThresholds.RepSevereMonths) or nameof(AlertThresholds.RepWarningMonths) or nameof(AlertThresholds.RegionMonths) => Months,
            _ => problem.Code,
        };
    }
}

/// <summary>
/// The settings' rules as field messages: exactly the domain's (<see cref="SettingsMessages.Problems"/>), so the
/// ranges live once, in <see cref="CompanySettings"/> and <see cref="AlertThresholds"/>.
/// </summary>
public sealed class SettingsValidator : AbstractValidator<SettingsView>
{
    public SettingsValidator()
    {
        RuleFor(s => s).Custom((view, context) =>
        {
            foreach (var (field, messages) in SettingsMessages.ByField(SettingsMessages.Problems(view)))
            {
                foreach (var message in messages)
                {
                    context.AddFailure(field, message);
                }
            }
        });
    }
}

/// <summary>
/// Saves the company's settings (admins only): the row is inserted on the first save; a save made
/// from a stale read (someone saved meanwhile) is refused as a conflict. Every changed field is audited.
/// </summary>
public sealed class SettingsService(
    ISalesPlanningDbFactory contexts,
    TimeProvider time,
    ILogger<SettingsService> logger)
{
    public async Task<SettingsView> GetAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return SettingsView.From(await db.CompanySettings.AsNoTracking().SingleOrDefaultAsync(s => s.Id == CompanySettings.SingletonId, cancellationToken)
            ?? CompanySettings.Default());
    }

    public async Task<Result<uint>> SaveAsync(Actor actor, SettingsView request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.IsAdmin)
        {
            return Result<uint>.Forbidden();
        }

        if (Validation.Check<SettingsValidator, SettingsView>(request) is { } invalid)
        {
            return Result<uint>.Invalid(invalid);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var settings = await db.CompanySettings.SingleOrDefaultAsync(s => s.Id == CompanySettings.SingletonId, cancellationToken);
        var isNew = settings is null;
        if (settings is null)
        {
            if (request.Version != 0)
            {
                return Result<uint>.Conflict(MasterDataMessages.Conflict);
            }

            settings = CompanySettings.Default();
            db.CompanySettings.Add(settings);
        }
        else if (settings.Version != request.Version)
        {
            return Result<uint>.Conflict(MasterDataMessages.Conflict);
        }

        var before = SettingsView.From(settings);
        try
        {
            Apply(settings, request);
        }
        catch (SettingsRulesException ex)
        {
            // The validator asked the same rules; a refusal here is told the same way, at its field.
            return Result<uint>.Invalid(SettingsMessages.ByField(ex.Problems));
        }

        var after = SettingsView.From(settings);
        var audit = new MasterDataAudit(db, actor, time);
        foreach (var property in typeof(SettingsView).GetProperties().Where(p => p.Name != nameof(SettingsView.Version)))
        {
            var old = Format(property.GetValue(before));
            var now = Format(property.GetValue(after));
            if (isNew || old != now)
            {
                audit.Record(nameof(CompanySettings), "company", isNew ? "Created" : "Changed", property.Name, isNew ? null : old, now);
            }
        }

        // A duplicate is two first saves at once: the other one won.
        if ((await db.TrySaveChangesAsync(cancellationToken)).AsConflict<uint>(MasterDataMessages.Conflict) is { } refused)
        {
            return refused;
        }

        logger.LogInformation("Company settings saved by {UserId}", actor.UserId);
        return Result<uint>.Ok(settings.Version);
    }

    /// <summary>
    /// The company's default KPI weights for scorecards of months without an approved plan (DESIGN §9), every
    /// KPI listed (0 for the unweighted), with the settings' version (0 until first saved).
    /// </summary>
    public async Task<KpiWeightsView> GetKpiWeightsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var settings = await db.CompanySettings.AsNoTracking().SingleOrDefaultAsync(s => s.Id == CompanySettings.SingletonId, cancellationToken)
            ?? CompanySettings.Default();
        return new KpiWeightsView(settings.KpiWeights, settings.DefaultKpiWeights is null, settings.Version);
    }

    /// <summary>Sets the company's default KPI weights (admins): each 0–100, no KPI twice, summing to 100. Audited; a stale version is a conflict.</summary>
    public async Task<Result<uint>> SaveKpiWeightsAsync(Actor actor, SaveKpiWeights request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(request);
        if (!actor.IsAdmin)
        {
            return Result<uint>.Forbidden();
        }

        var problems = KpiWeighting.Problems(request.Weights ?? []);
        if (problems.Count > 0)
        {
            return Result<uint>.Invalid(ScorecardMessages.Errors(problems));
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var settings = await db.CompanySettings.SingleOrDefaultAsync(s => s.Id == CompanySettings.SingletonId, cancellationToken);
        if ((settings?.Version ?? 0) != request.Version)
        {
            return Result<uint>.Conflict(MasterDataMessages.Conflict);
        }

        if (settings is null)
        {
            settings = CompanySettings.Default();
            db.CompanySettings.Add(settings);
        }

        var before = Describe(settings.KpiWeights);
        settings.ChangeKpiWeights(request.Weights!);
        var after = Describe(settings.KpiWeights);
        if (before != after || db.Entry(settings).State == EntityState.Added)
        {
            new MasterDataAudit(db, actor, time).Record(nameof(CompanySettings), "company", "Changed", "KpiWeights", before, after);
        }

        if ((await db.TrySaveChangesAsync(cancellationToken)).AsConflict<uint>(MasterDataMessages.Conflict) is { } refused)
        {
            return refused;
        }

        logger.LogInformation("Default KPI weights saved by {UserId}", actor.UserId);
        return Result<uint>.Ok(settings.Version);
    }

    private static string Describe(IReadOnlyList<KpiWeighting> weights) =>
        string.Join("; ", weights.Select(w => string.Create(CultureInfo.InvariantCulture, $"{w.Kpi} {w.Weight:0.##}")));

    /// <summary>Sets the settings of a new database (the demo company); no actor, no audit.</summary>
    public static void Apply(CompanySettings settings, SettingsView values)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(values);
        settings.Change(
            values.CompanyName, values.CurrencyCode, values.CurrencySymbol, values.ReviewDeadlineDays,
            new AlertThresholds(
                values.RepSevereRatePercent / 100m, values.RepSevereMonths, values.RepWarningRatePercent / 100m, values.RepWarningMonths,
                values.RegionRatePercent / 100m, values.RegionMonths, values.MidMonthPaceCheck),
            values.KpiScoreCapPercent / 100m, values.FiscalYearFirstMonth);
    }

    private static string? Format(object? value) => value switch
    {
        null => null,
        decimal d => d.ToString("0.##", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
