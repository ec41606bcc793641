using System.Globalization;
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

    /// <summary>The KPI score cap's range (1.00 = 100%) and decimals (a whole percentage; the column is numeric(5,2)).</summary>
    public const decimal MinKpiScoreCap = 1m;
    public const decimal MaxKpiScoreCap = 2m;
    public const int KpiScoreCapDecimals = 2;

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

    /// <summary>
    /// Replaces every setting at once; refuses values outside their ranges with a <see cref="SettingsRulesException"/>
    /// listing every problem (<see cref="Problems"/>, <see cref="AlertThresholds.Problems"/>).
    /// </summary>
    public void Change(
        string companyName, string currencyCode, string currencySymbol, int reviewDeadlineDays,
        AlertThresholds alerts, decimal kpiScoreCap, int fiscalYearFirstMonth)
    {
        ArgumentNullException.ThrowIfNull(alerts);
        var problems = Problems(companyName, currencyCode, currencySymbol, reviewDeadlineDays, kpiScoreCap, fiscalYearFirstMonth);
        if (problems.Count > 0)
        {
            throw new SettingsRulesException(problems);
        }

        CompanyName = companyName.Trim();
        CurrencyCode = currencyCode.Trim().ToUpperInvariant();
        CurrencySymbol = currencySymbol.Trim();
        ReviewDeadlineDays = reviewDeadlineDays;
        Alerts = alerts;
        KpiScoreCap = kpiScoreCap;
        FiscalYearFirstMonth = fiscalYearFirstMonth;
    }

    /// <summary>
    /// Every rule these settings break, at most one a field, coded at the field's name (<see cref="SettingsRules"/>);
    /// empty when they are valid. The one check of the settings: <see cref="Change"/> refuses by it and the settings
    /// form reports it in the user's language. The alert thresholds have theirs (<see cref="AlertThresholds.Problems"/>).
    /// </summary>
    public static IReadOnlyList<SettingsProblem> Problems(
        string? companyName, string? currencyCode, string? currencySymbol, int reviewDeadlineDays, decimal kpiScoreCap, int fiscalYearFirstMonth)
    {
        var problems = new List<SettingsProblem>();
        Required(problems, nameof(CompanyName), companyName, TextLimits.Name, "company name");
        var code = (currencyCode ?? "").Trim();
        if (code.Length != CurrencyCodeLength || !code.All(char.IsAsciiLetter))
        {
            problems.Add(new(nameof(CurrencyCode), SettingsRules.CurrencyCode, [],
                $"A currency code is three letters (ISO 4217); \"{code.ToUpperInvariant()}\" is not."));
        }

        Required(problems, nameof(CurrencySymbol), currencySymbol, CurrencySymbolMaxLength, "currency symbol");
        if (reviewDeadlineDays is < 1 or > MaxReviewDeadlineDays)
        {
            problems.Add(SettingsProblem.OutOfRange(nameof(ReviewDeadlineDays), reviewDeadlineDays, 1, MaxReviewDeadlineDays,
                $"The review deadline is 1 to {MaxReviewDeadlineDays} days; it is {reviewDeadlineDays}."));
        }

        if (kpiScoreCap is < MinKpiScoreCap or > MaxKpiScoreCap)
        {
            problems.Add(SettingsProblem.OutOfRange(nameof(KpiScoreCap), kpiScoreCap, MinKpiScoreCap, MaxKpiScoreCap,
                $"The KPI score cap is between 100% and 200%; it is {kpiScoreCap.ToString("P0", CultureInfo.InvariantCulture)}."));
        }
        else if (decimal.Round(kpiScoreCap, KpiScoreCapDecimals) != kpiScoreCap)
        {
            problems.Add(new(nameof(KpiScoreCap), SettingsRules.Decimals, [SettingsProblem.Text(KpiScoreCapDecimals)],
                $"The KPI score cap is a whole percentage; {kpiScoreCap.ToString(CultureInfo.InvariantCulture)} is not."));
        }

        if (fiscalYearFirstMonth is < 1 or > 12)
        {
            problems.Add(SettingsProblem.OutOfRange(nameof(FiscalYearFirstMonth), fiscalYearFirstMonth, 1, 12,
                $"The fiscal year starts in month 1 to 12; it is {fiscalYearFirstMonth}."));
        }

        return problems.AsReadOnly();
    }

    private static void Required(List<SettingsProblem> problems, string field, string? value, int maxLength, string name)
    {
        var trimmed = value?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            problems.Add(new(field, SettingsRules.Required, [], $"{name} is required."));
        }
        else if (trimmed.Length > maxLength)
        {
            problems.Add(new(field, SettingsRules.TooLong, [SettingsProblem.Text(maxLength)],
                $"{name} must be at most {maxLength} characters; it has {trimmed.Length}."));
        }
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
    /// <summary>Throws a <see cref="SettingsRulesException"/> with every problem of <see cref="Problems"/>.</summary>
    public AlertThresholds(
        decimal repSevereRate, int repSevereMonths, decimal repWarningRate, int repWarningMonths,
        decimal regionRate, int regionMonths, bool midMonthPaceCheck)
    {
        var problems = Problems(repSevereRate, repSevereMonths, repWarningRate, repWarningMonths, regionRate, regionMonths);
        if (problems.Count > 0)
        {
            throw new SettingsRulesException(problems);
        }

        RepSevereRate = repSevereRate;
        RepSevereMonths = repSevereMonths;
        RepWarningRate = repWarningRate;
        RepWarningMonths = repWarningMonths;
        RegionRate = regionRate;
        RegionMonths = regionMonths;
        MidMonthPaceCheck = midMonthPaceCheck;
    }

    /// <summary>The decimals a rate keeps (0.6025 = 60.25%; the columns are numeric(5,4)).</summary>
    public const int RateDecimals = 4;

    /// <summary>
    /// Every rule these thresholds break, coded at the property's name: a rate above 0 and at most 1 with
    /// <see cref="RateDecimals"/> decimals, a count of months 1 to <see cref="CompanySettings.MaxAlertMonths"/>.
    /// </summary>
    public static IReadOnlyList<SettingsProblem> Problems(
        decimal repSevereRate, int repSevereMonths, decimal repWarningRate, int repWarningMonths, decimal regionRate, int regionMonths)
    {
        var problems = new List<SettingsProblem>();
        CheckRate(problems, nameof(RepSevereRate), repSevereRate, "rep (severe)");
        CheckRate(problems, nameof(RepWarningRate), repWarningRate, "rep (warning)");
        CheckRate(problems, nameof(RegionRate), regionRate, "region");
        CheckMonths(problems, nameof(RepSevereMonths), repSevereMonths, "rep (severe)");
        CheckMonths(problems, nameof(RepWarningMonths), repWarningMonths, "rep (warning)");
        CheckMonths(problems, nameof(RegionMonths), regionMonths, "region");
        return problems.AsReadOnly();
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

    private static void CheckRate(List<SettingsProblem> problems, string field, decimal rate, string which)
    {
        if (rate is <= 0m or > 1m)
        {
            problems.Add(SettingsProblem.OutOfRange(field, rate, 0m, 1m,
                $"The {which} alert rate is above 0% and at most 100%; it is {rate.ToString("P0", CultureInfo.InvariantCulture)}."));
        }
        else if (decimal.Round(rate, RateDecimals) != rate)
        {
            problems.Add(new(field, SettingsRules.Decimals, [SettingsProblem.Text(RateDecimals)],
                $"The {which} alert rate is kept to two decimals of a percent; {rate.ToString(CultureInfo.InvariantCulture)} has more."));
        }
    }

    private static void CheckMonths(List<SettingsProblem> problems, string field, int months, string which)
    {
        if (months is < 1 or > CompanySettings.MaxAlertMonths)
        {
            problems.Add(SettingsProblem.OutOfRange(field, months, 1, CompanySettings.MaxAlertMonths,
                $"The {which} alert counts 1 to {CompanySettings.MaxAlertMonths} months; it is {months}."));
        }
    }
}

/// <summary>
/// One broken settings rule: the setting it concerns (the property's name on <see cref="CompanySettings"/> or
/// <see cref="AlertThresholds"/>), a stable <see cref="Code"/> (<see cref="SettingsRules"/>) that callers turn into a
/// message in the user's language, the values that message may name (invariant text), and the domain's own sentence.
/// </summary>
public sealed record SettingsProblem(string Field, string Code, IReadOnlyList<string> Args, string Sentence)
{
    public override string ToString() => $"{Field}: {Code} ({Sentence})";

    internal static SettingsProblem OutOfRange(string field, decimal value, decimal min, decimal max, string sentence) =>
        new(field, SettingsRules.OutOfRange, [Text(value), Text(min), Text(max)], sentence);

    internal static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}

/// <summary>Stable codes of <see cref="SettingsProblem"/>.</summary>
public static class SettingsRules
{
    public const string Required = "Required";
    public const string TooLong = "TooLong";
    public const string CurrencyCode = "CurrencyCode";
    public const string OutOfRange = "OutOfRange";
    public const string Decimals = "Decimals";
}

/// <summary>Settings broke one or more rules; <see cref="Problems"/> lists every one, coded by field.</summary>
public sealed class SettingsRulesException : DomainException
{
    public SettingsRulesException(IReadOnlyList<SettingsProblem> problems)
        : base(string.Join(" ", (problems ?? throw new ArgumentNullException(nameof(problems))).Select(p => p.Sentence)))
    {
        Problems = problems;
    }

    public IReadOnlyList<SettingsProblem> Problems { get; }
}
