using SalesPlanning.Application.Settings;
using SalesPlanning.Domain.Settings;

namespace SalesPlanning.UnitTests.Settings;

/// <summary>
/// The settings' rules are the domain's, coded at their fields (issue 12, item 1): the validator's messages are
/// exactly the domain's problems as message keys at the form's fields, and a refusal of the domain carries them.
/// </summary>
public class CompanySettingsProblems
{
    private static readonly SettingsView Valid = SettingsView.From(CompanySettings.Default("Demo Co."));

    [Theory]
    [InlineData(nameof(CompanySettings.CompanyName), SettingsRules.Required, " ", "CNY", "¥", 3, 1.2, 1)]
    [InlineData(nameof(CompanySettings.CompanyName), SettingsRules.TooLong, "x101", "CNY", "¥", 3, 1.2, 1)]
    [InlineData(nameof(CompanySettings.CurrencyCode), SettingsRules.CurrencyCode, "Co", "C1Y", "¥", 3, 1.2, 1)]
    [InlineData(nameof(CompanySettings.CurrencySymbol), SettingsRules.Required, "Co", "CNY", "", 3, 1.2, 1)]
    [InlineData(nameof(CompanySettings.CurrencySymbol), SettingsRules.TooLong, "Co", "CNY", "¥¥¥¥¥", 3, 1.2, 1)]
    [InlineData(nameof(CompanySettings.ReviewDeadlineDays), SettingsRules.OutOfRange, "Co", "CNY", "¥", 61, 1.2, 1)]
    [InlineData(nameof(CompanySettings.KpiScoreCap), SettingsRules.OutOfRange, "Co", "CNY", "¥", 3, 0.99, 1)]
    [InlineData(nameof(CompanySettings.KpiScoreCap), SettingsRules.Decimals, "Co", "CNY", "¥", 3, 1.205, 1)]
    [InlineData(nameof(CompanySettings.FiscalYearFirstMonth), SettingsRules.OutOfRange, "Co", "CNY", "¥", 3, 1.2, 13)]
    public void CodesEachSettingAtItsField(string field, string code, string name, string currency, string symbol, int days, double cap, int month)
    {
        name = name == "x101" ? new string('x', 101) : name;

        var problem = CompanySettings.Problems(name, currency, symbol, days, (decimal)cap, month).ShouldHaveSingleItem();

        (problem.Field, problem.Code).ShouldBe((field, code));
        Should.Throw<SettingsRulesException>(() => CompanySettings.Default().Change(name, currency, symbol, days, AlertThresholds.Default, (decimal)cap, month))
            .Problems.Select(Text).ShouldBe([Text(problem)]);
    }

    [Theory]
    [InlineData(nameof(AlertThresholds.RepSevereRate), SettingsRules.OutOfRange, 0, 2, 0.8, 4, 0.6, 2)]
    [InlineData(nameof(AlertThresholds.RepWarningRate), SettingsRules.OutOfRange, 0.6, 2, 1.01, 4, 0.6, 2)]
    [InlineData(nameof(AlertThresholds.RegionRate), SettingsRules.Decimals, 0.6, 2, 0.8, 4, 0.60001, 2)]
    [InlineData(nameof(AlertThresholds.RepSevereMonths), SettingsRules.OutOfRange, 0.6, 0, 0.8, 4, 0.6, 2)]
    [InlineData(nameof(AlertThresholds.RepWarningMonths), SettingsRules.OutOfRange, 0.6, 2, 0.8, 13, 0.6, 2)]
    [InlineData(nameof(AlertThresholds.RegionMonths), SettingsRules.OutOfRange, 0.6, 2, 0.8, 4, 0.6, 0)]
    public void CodesEachAlertThresholdAtItsField(string field, string code, double severe, int severeMonths, double warning, int warningMonths, double region, int regionMonths)
    {
        var problem = AlertThresholds.Problems((decimal)severe, severeMonths, (decimal)warning, warningMonths, (decimal)region, regionMonths).ShouldHaveSingleItem();

        (problem.Field, problem.Code).ShouldBe((field, code));
        Should.Throw<SettingsRulesException>(() => new AlertThresholds((decimal)severe, severeMonths, (decimal)warning, warningMonths, (decimal)region, regionMonths, true))
            .Problems.Select(Text).ShouldBe([Text(problem)]);
    }

    public static TheoryData<SettingsView> Views => new()
    {
        Valid,
        Valid with { CompanyName = " ", CurrencyCode = "RMB1", CurrencySymbol = "", ReviewDeadlineDays = 0 },
        Valid with { RepSevereRatePercent = 0m, RegionRatePercent = 100.5m, RepWarningRatePercent = 60.001m },
        Valid with { RepWarningMonths = 13, KpiScoreCapPercent = 120.5m, FiscalYearFirstMonth = 0 },
        Valid with { KpiScoreCapPercent = 99m, CurrencyCode = "ıab" },
    };

    [Theory]
    [MemberData(nameof(Views))]
    public void TheValidatorSaysWhatTheDomainSaysAtTheFormsFields(SettingsView view)
    {
        var validator = new SettingsValidator().Validate(view).Errors.Select(e => (e.PropertyName, e.ErrorMessage));
        var domain = SettingsMessages.Problems(view).Select(p => (SettingsMessages.FieldOf(p.Field), SettingsMessages.For(p)));

        validator.ShouldBe(domain, ignoreOrder: true);
    }

    // Records compare their Args lists by reference: compare what they say.
    private static string Text(SettingsProblem p) => $"{p.Field} {p.Code} [{string.Join(",", p.Args)}] {p.Sentence}";

    [Fact]
    public void NamesTheFormsFieldsOfRatesAndTheCap()
    {
        var errors = SettingsMessages.ByField(SettingsMessages.Problems(Valid with { RegionRatePercent = 0m, KpiScoreCapPercent = 250m }));

        errors.Keys.ShouldBe([nameof(SettingsView.KpiScoreCapPercent), nameof(SettingsView.RegionRatePercent)], ignoreOrder: true);
        errors[nameof(SettingsView.RegionRatePercent)].ShouldBe([SettingsMessages.Rate]);
        errors[nameof(SettingsView.KpiScoreCapPercent)].ShouldBe([SettingsMessages.KpiCap]);
    }
}
