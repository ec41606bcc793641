using SalesPlanning.Application.Settings;
using SalesPlanning.Domain.Settings;

namespace SalesPlanning.UnitTests.Settings;

public class SettingsValidatorValidate
{
    private static readonly SettingsView Valid = SettingsView.From(CompanySettings.Default("Demo Co."));

    [Fact]
    public void AcceptsTheDefaultsAsPercentages()
    {
        Valid.RepSevereRatePercent.ShouldBe(60m);
        Valid.KpiScoreCapPercent.ShouldBe(120m);
        new SettingsValidator().Validate(Valid).IsValid.ShouldBeTrue();
    }

    [Fact]
    public void GivesAMessageForEachFieldOutOfRange()
    {
        var bad = Valid with
        {
            CompanyName = " ", CurrencyCode = "RMB1", CurrencySymbol = "", ReviewDeadlineDays = 0, RepSevereRatePercent = 0m,
            RepWarningMonths = 13, KpiScoreCapPercent = 99m, FiscalYearFirstMonth = 13, RegionRatePercent = 100.5m,
        };

        var errors = new SettingsValidator().Validate(bad).ToDictionary();

        errors.Keys.ShouldBe(
            [
                nameof(SettingsView.CompanyName), nameof(SettingsView.CurrencyCode), nameof(SettingsView.CurrencySymbol),
                nameof(SettingsView.ReviewDeadlineDays), nameof(SettingsView.RepSevereRatePercent), nameof(SettingsView.RegionRatePercent),
                nameof(SettingsView.RepWarningMonths), nameof(SettingsView.KpiScoreCapPercent), nameof(SettingsView.FiscalYearFirstMonth),
            ],
            ignoreOrder: true);
        errors[nameof(SettingsView.ReviewDeadlineDays)].ShouldBe([SettingsMessages.ReviewDeadline]);
    }

    [Fact]
    public void AcceptsTheEdgesOfEachRange()
    {
        var edge = Valid with { ReviewDeadlineDays = 60, RepSevereRatePercent = 100m, RegionMonths = 12, KpiScoreCapPercent = 200m, FiscalYearFirstMonth = 12 };

        new SettingsValidator().Validate(edge).IsValid.ShouldBeTrue();
    }
}
