using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Performance;

namespace SalesPlanning.Domain.Settings;

/// <summary>
/// The company's settings: one row, changed by admins. Defaults follow DESIGN §5–6 and seed 003:
/// CNY/¥, review deadline 3 days, alerts at 60% two months and 80% four months for reps and at 60%
/// two months for regions, the mid-month pace check on, KPI scores capped at 120%, fiscal year from January.
/// </summary>
public sealed class CompanySettings
{
    public const int CurrencyCodeLength = 3;
    public const int CurrencySymbolMaxLength = 4;
    public const int MaxReviewDeadlineDays = 60;
    public const int MaxAlertMonths = 12;

    /// <summary>The id of the single settings row.</summary>
    public static readonly Guid SingletonId = new("5e771a65-0000-4000-8000-000000000001");

    // For EF Core.
    private CompanySettings()
    {
    }

    public Guid Id { get; private set; }

    public string CompanyName { get; private set; } = "";

    public string CurrencyCode { get; private set; } = "CNY";

    public string CurrencySymbol { get; private set; } = "¥";

    /// <summary>Days after submission within which a director should review a plan.</summary>
    public int ReviewDeadlineDays { get; private set; }

    public AlertThresholds Alerts { get; private set; } = AlertThresholds.Default;

    /// <summary>The cap of each KPI's achievement in the weighted score (1.20 = 120%).</summary>
    public decimal KpiScoreCap { get; private set; }

    /// <summary>The month (1–12) the fiscal year starts in.</summary>
    public int FiscalYearFirstMonth { get; private set; }

    /// <summary>
    /// The company's KPI weights for scorecards of months without an approved plan (DESIGN §9); null until
    /// an admin sets them, when <see cref="KpiWeighting.Defaults"/> apply.
    /// </summary>
    public IReadOnlyList<KpiWeighting>? DefaultKpiWeights { get; private set; }

    /// <summary>The weights that apply: the admin's, or the built-in defaults.</summary>
    public IReadOnlyList<KpiWeighting> KpiWeights => DefaultKpiWeights ?? KpiWeighting.Defaults;

    public uint Version { get; private set; }

    public static CompanySettings Default(string companyName = "") => new()
    {
        Id = SingletonId,
        CompanyName = companyName,
        CurrencyCode = "CNY",
        CurrencySymbol = "¥",
        ReviewDeadlineDays = 3,
        Alerts = AlertThresholds.Default,
        KpiScoreCap = 1.20m,
        FiscalYearFirstMonth = 1,
    };

    /// <summary>Replaces every setting at once; refuses values outside their ranges.</summary>
    public void Change(
        string companyName, string currencyCode, string currencySymbol, int reviewDeadlineDays,
        AlertThresholds alerts, decimal kpiScoreCap, int fiscalYearFirstMonth)
    {
        ArgumentNullException.ThrowIfNull(alerts);
        companyName = Text.Required(companyName, TextLimits.Name, "company name");
        currencyCode = (currencyCode ?? "").Trim().ToUpperInvariant();
        if (currencyCode.Length != CurrencyCodeLength || !currencyCode.All(char.IsAsciiLetterUpper))
        {
            throw new DomainException($"A currency code is three letters (ISO 4217); \"{currencyCode}\" is not.");
        }

        currencySymbol = Text.Required(currencySymbol, CurrencySymbolMaxLength, "currency symbol");
        if (reviewDeadlineDays is < 1 or > MaxReviewDeadlineDays)
        {
            throw new DomainException($"The review deadline is 1 to {MaxReviewDeadlineDays} days; it is {reviewDeadlineDays}.");
        }

        if (kpiScoreCap is < 1m or > 2m)
        {
            throw new DomainException($"The KPI score cap is between 100% and 200%; it is {kpiScoreCap:P0}.");
        }

        if (fiscalYearFirstMonth is < 1 or > 12)
        {
            throw new DomainException($"The fiscal year starts in month 1 to 12; it is {fiscalYearFirstMonth}.");
        }

        CompanyName = companyName;
        CurrencyCode = currencyCode;
        CurrencySymbol = currencySymbol;
        ReviewDeadlineDays = reviewDeadlineDays;
        Alerts = alerts;
        KpiScoreCap = kpiScoreCap;
        FiscalYearFirstMonth = fiscalYearFirstMonth;
    }

    /// <summary>
    /// Sets the company's default KPI weights: each KPI at most once, each 0–100 with two decimals, summing
    /// to exactly 100; throws <see cref="ScorecardRulesException"/> with every problem. KPIs not named weigh 0.
    /// </summary>
    public void ChangeKpiWeights(IReadOnlyList<KpiWeighting> weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        var problems = KpiWeighting.Problems(weights);
        if (problems.Count > 0)
        {
            throw new ScorecardRulesException(problems);
        }

        DefaultKpiWeights = [.. KpiCatalog.All.Select(k => new KpiWeighting(k, weights.FirstOrDefault(w => w.Kpi == k)?.Weight ?? 0m))];
    }
}

/// <summary>
/// When alerts fire (DESIGN §6, seed 003): a rep below <see cref="RepSevereRate"/> for
/// <see cref="RepSevereMonths"/> months in a row, or below <see cref="RepWarningRate"/> for
/// <see cref="RepWarningMonths"/>; a region below <see cref="RegionRate"/> for <see cref="RegionMonths"/>;
/// and, when <see cref="MidMonthPaceCheck"/> is on, anyone behind pace in the middle of the month.
/// Rates are fractions (0.60 = 60%).
/// </summary>
public sealed record AlertThresholds
{
    public AlertThresholds(
        decimal repSevereRate, int repSevereMonths, decimal repWarningRate, int repWarningMonths,
        decimal regionRate, int regionMonths, bool midMonthPaceCheck)
    {
        CheckRate(repSevereRate, "rep (severe)");
        CheckRate(repWarningRate, "rep (warning)");
        CheckRate(regionRate, "region");
        CheckMonths(repSevereMonths, "rep (severe)");
        CheckMonths(repWarningMonths, "rep (warning)");
        CheckMonths(regionMonths, "region");
        RepSevereRate = repSevereRate;
        RepSevereMonths = repSevereMonths;
        RepWarningRate = repWarningRate;
        RepWarningMonths = repWarningMonths;
        RegionRate = regionRate;
        RegionMonths = regionMonths;
        MidMonthPaceCheck = midMonthPaceCheck;
    }

    // For EF Core.
    private AlertThresholds()
    {
    }

    public static AlertThresholds Default { get; } = new(0.60m, 2, 0.80m, 4, 0.60m, 2, true);

    public decimal RepSevereRate { get; private set; }

    public int RepSevereMonths { get; private set; }

    public decimal RepWarningRate { get; private set; }

    public int RepWarningMonths { get; private set; }

    public decimal RegionRate { get; private set; }

    public int RegionMonths { get; private set; }

    public bool MidMonthPaceCheck { get; private set; }

    private static void CheckRate(decimal rate, string which)
    {
        if (rate is <= 0m or > 1m)
        {
            throw new DomainException($"The {which} alert rate is above 0% and at most 100%; it is {rate:P0}.");
        }
    }

    private static void CheckMonths(int months, string which)
    {
        if (months is < 1 or > CompanySettings.MaxAlertMonths)
        {
            throw new DomainException($"The {which} alert counts 1 to {CompanySettings.MaxAlertMonths} months; it is {months}.");
        }
    }
}
