using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Settings;

namespace SalesPlanning.UnitTests.Settings;

public class CompanySettingsChange
{
    private readonly CompanySettings _settings = CompanySettings.Default("Demo Co.");

    [Fact]
    public void DefaultsFollowTheDesign()
    {
        _settings.CurrencyCode.ShouldBe("CNY");
        _settings.CurrencySymbol.ShouldBe("¥");
        _settings.ReviewDeadlineDays.ShouldBe(3);
        _settings.KpiScoreCap.ShouldBe(1.20m);
        _settings.FiscalYearFirstMonth.ShouldBe(1);
        _settings.Alerts.ShouldBe(new AlertThresholds(0.60m, 2, 0.80m, 4, 0.60m, 2, true));
    }

    [Fact]
    public void ReplacesEverySetting()
    {
        var alerts = new AlertThresholds(0.5m, 3, 0.7m, 5, 0.55m, 3, false);

        _settings.Change("New Co.", "usd", "$", 5, alerts, 1.5m, 4);

        _settings.CompanyName.ShouldBe("New Co.");
        _settings.CurrencyCode.ShouldBe("USD");
        _settings.ReviewDeadlineDays.ShouldBe(5);
        _settings.Alerts.ShouldBe(alerts);
        _settings.KpiScoreCap.ShouldBe(1.5m);
        _settings.FiscalYearFirstMonth.ShouldBe(4);
    }

    [Theory]
    [InlineData("", "CNY", "¥", 3, 1.2, 1)]
    [InlineData("Co", "CN", "¥", 3, 1.2, 1)]
    [InlineData("Co", "C1Y", "¥", 3, 1.2, 1)]
    [InlineData("Co", "CNY", "", 3, 1.2, 1)]
    [InlineData("Co", "CNY", "¥¥¥¥¥", 3, 1.2, 1)]
    [InlineData("Co", "CNY", "¥", 0, 1.2, 1)]
    [InlineData("Co", "CNY", "¥", 61, 1.2, 1)]
    [InlineData("Co", "CNY", "¥", 3, 0.99, 1)]
    [InlineData("Co", "CNY", "¥", 3, 2.01, 1)]
    [InlineData("Co", "CNY", "¥", 3, 1.2, 0)]
    [InlineData("Co", "CNY", "¥", 3, 1.2, 13)]
    public void RefusesValuesOutsideTheirRangesAndKeepsTheOldOnes(string name, string code, string symbol, int days, double cap, int month)
    {
        Should.Throw<DomainException>(() => _settings.Change(name, code, symbol, days, AlertThresholds.Default, (decimal)cap, month));

        _settings.CompanyName.ShouldBe("Demo Co.");
        _settings.ReviewDeadlineDays.ShouldBe(3);
    }

    [Theory]
    [InlineData(0, 2)]
    [InlineData(1.01, 2)]
    [InlineData(0.6, 0)]
    [InlineData(0.6, 13)]
    public void AlertThresholdsRefuseRatesAndMonthsOutOfRange(double rate, int months)
    {
        Should.Throw<DomainException>(() => new AlertThresholds((decimal)rate, months, 0.8m, 4, 0.6m, 2, true));
    }
}
