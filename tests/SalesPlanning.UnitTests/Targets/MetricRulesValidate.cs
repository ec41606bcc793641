using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Targets;

namespace SalesPlanning.UnitTests.Targets;

public class MetricRulesValidate
{
    [Theory]
    [InlineData(Metric.SalesAmount, true, 2)]
    [InlineData(Metric.Collections, true, 2)]
    [InlineData(Metric.SalesVolume, false, 0)]
    public void KnowsWhichMetricsAreMoneyAndTheirDecimals(Metric metric, bool isMoney, int decimals)
    {
        MetricRules.IsMoney(metric).ShouldBe(isMoney);
        MetricRules.Decimals(metric).ShouldBe(decimals);
    }

    [Fact]
    public void AllowsMoneyUpToMoneyMaxValueAndVolumeUpToTwelveNines()
    {
        MetricRules.MaxAmount(Metric.SalesAmount).ShouldBe(Money.MaxValue);
        MetricRules.MaxAmount(Metric.Collections).ShouldBe(999_999_999_999.99m);
        MetricRules.MaxAmount(Metric.SalesVolume).ShouldBe(999_999_999_999m);
    }

    [Theory]
    [InlineData(Metric.SalesAmount, "0")]
    [InlineData(Metric.SalesAmount, "0.01")]
    [InlineData(Metric.SalesAmount, "3200000.00")]
    [InlineData(Metric.Collections, "999999999999.99")]
    [InlineData(Metric.SalesVolume, "0")]
    [InlineData(Metric.SalesVolume, "12")]
    [InlineData(Metric.SalesVolume, "12.0")]
    [InlineData(Metric.SalesVolume, "999999999999")]
    public void ReturnsAValidAmount(Metric metric, string text)
    {
        var amount = Parse(text);

        MetricRules.Validate(metric, amount, "Amount").ShouldBe(amount);
        MetricRules.ProblemWith(metric, amount, "Amount").ShouldBeNull();
    }

    [Fact]
    public void RefusesANegativeAmount()
    {
        Should.Throw<DomainException>(() => MetricRules.Validate(Metric.SalesAmount, -0.01m, "The target amount"))
            .Message.ShouldBe("The target amount cannot be negative; it is -0.01.");
    }

    [Fact]
    public void RefusesMoneyWithMoreThanTwoDecimals()
    {
        Should.Throw<DomainException>(() => MetricRules.Validate(Metric.Collections, 1.234m, "The target amount"))
            .Message.ShouldBe("The target amount has more than two decimal places (1.234); money is kept to the cent.");
    }

    [Fact]
    public void RefusesVolumeWithDecimals()
    {
        Should.Throw<DomainException>(() => MetricRules.Validate(Metric.SalesVolume, 1.5m, "The target amount"))
            .Message.ShouldBe("The target amount must be a whole number of units; 1.5 is not.");
    }

    [Theory]
    [InlineData(Metric.SalesAmount, "1000000000000.00")]
    [InlineData(Metric.SalesVolume, "1000000000000")]
    public void RefusesAnAmountOverTheMaximum(Metric metric, string text)
    {
        Should.Throw<DomainException>(() => MetricRules.Validate(metric, Parse(text), "The target amount"))
            .Message.ShouldStartWith("The target amount is too large");
    }

    [Fact]
    public void RefusesAnUndefinedMetric()
    {
        Should.Throw<DomainException>(() => MetricRules.IsMoney((Metric)42)).Message.ShouldBe("42 is not a metric.");
    }

    [Fact]
    public void FormatsMoneyToTheCentAndVolumeInUnits()
    {
        MetricRules.Format(Metric.SalesAmount, 1_280_000m).ShouldBe("1280000.00");
        MetricRules.Format(Metric.SalesVolume, 12m).ShouldBe("12");
    }

    private static decimal Parse(string text) => decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
