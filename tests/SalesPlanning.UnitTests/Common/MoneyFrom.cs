using SalesPlanning.Domain.Common;

namespace SalesPlanning.UnitTests.Common;

public class MoneyFrom
{
    [Theory]
    [InlineData("0")]
    [InlineData("1")]
    [InlineData("1.5")]
    [InlineData("1.25")]
    [InlineData("1.250")]
    [InlineData("-42.10")]
    [InlineData("999999999999.99")]
    [InlineData("-999999999999.99")]
    public void AcceptsAmountsToTheCentWithinBounds(string text)
    {
        var amount = decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

        Money.From(amount).Amount.ShouldBe(amount);
    }

    [Theory]
    [InlineData("0.001")]
    [InlineData("1.234")]
    [InlineData("-0.005")]
    public void RejectsMoreThanTwoDecimalPlaces(string text)
    {
        var amount = decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

        var ex = Should.Throw<DomainException>(() => Money.From(amount));

        ex.Message.ShouldBe($"{text} has more than two decimal places; money is kept to the cent.");
    }

    [Fact]
    public void RejectsAmountsBeyondMaxValue()
    {
        Should.Throw<DomainException>(() => Money.From(Money.MaxValue + 0.01m));
        Should.Throw<DomainException>(() => Money.From(-Money.MaxValue - 0.01m))
            .Message.ShouldContain("too large");
    }

    [Fact]
    public void ZeroIsTheDefaultAndHasAmountZero()
    {
        Money.Zero.Amount.ShouldBe(0m);
        Money.Zero.ShouldBe(default(Money));
        Money.Zero.IsZero.ShouldBeTrue();
    }

    [Fact]
    public void EqualsTheSameAmountWrittenWithADifferentScale()
    {
        Money.From(1.5m).ShouldBe(Money.From(1.50m));
    }

    [Fact]
    public void KnowsWhenItIsNegative()
    {
        Money.From(-0.01m).IsNegative.ShouldBeTrue();
        Money.Zero.IsNegative.ShouldBeFalse();
        Money.From(0.01m).IsNegative.ShouldBeFalse();
    }

    [Fact]
    public void FromNonNegativeAcceptsZeroAndPositiveAmounts()
    {
        Money.FromNonNegative(0m).ShouldBe(Money.Zero);
        Money.FromNonNegative(12.34m).Amount.ShouldBe(12.34m);
    }

    [Fact]
    public void FromNonNegativeRejectsNegativeAmounts()
    {
        var ex = Should.Throw<DomainException>(() => Money.FromNonNegative(-0.01m));

        ex.Message.ShouldBe("-0.01 is negative; the amount must be zero or more.");
    }

    [Fact]
    public void FromNonNegativeStillAppliesTheCentRule()
    {
        Should.Throw<DomainException>(() => Money.FromNonNegative(0.001m));
    }
}
