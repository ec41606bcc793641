using SalesPlanning.Domain.Common;

namespace SalesPlanning.UnitTests.Common;

public class MoneyArithmetic
{
    [Fact]
    public void AddsAndSubtractsExactly()
    {
        (Money.From(0.10m) + Money.From(0.20m)).ShouldBe(Money.From(0.30m));
        (Money.From(1.00m) - Money.From(2.50m)).ShouldBe(Money.From(-1.50m));
        (-Money.From(3m)).ShouldBe(Money.From(-3m));
    }

    [Fact]
    public void RefusesASumBeyondMaxValue()
    {
        var max = Money.From(Money.MaxValue);

        Should.Throw<DomainException>(() => max + Money.From(0.01m));
        Should.Throw<DomainException>(() => -max - Money.From(0.01m));
    }

    [Fact]
    public void SumsASequence()
    {
        Money.Sum([Money.From(0.01m), Money.From(0.02m), Money.From(-0.03m)]).ShouldBe(Money.Zero);
        Money.Sum([]).ShouldBe(Money.Zero);
    }

    [Fact]
    public void ComparesByAmount()
    {
        var small = Money.From(1m);
        var large = Money.From(2m);

        (small < large).ShouldBeTrue();
        (large > small).ShouldBeTrue();
        (small <= Money.From(1.00m)).ShouldBeTrue();
        (small >= large).ShouldBeFalse();
        small.CompareTo(large).ShouldBeLessThan(0);
        new[] { large, Money.From(-5m), small }.Order().ShouldBe([Money.From(-5m), small, large]);
    }
}
