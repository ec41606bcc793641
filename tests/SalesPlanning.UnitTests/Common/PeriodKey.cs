using SalesPlanning.Domain.Common;

namespace SalesPlanning.UnitTests.Common;

public class PeriodKey
{
    [Fact]
    public void IsYearTimesHundredPlusMonth()
    {
        Period.From(2026, 12).Key.ShouldBe(202612);
        Period.From(2027, 1).Key.ShouldBe(202701);
    }

    [Fact]
    public void RoundTripsThroughFromKey()
    {
        for (var period = Period.From(2024, 1); period <= Period.From(2030, 12); period = period.Next())
        {
            Period.FromKey(period.Key).ShouldBe(period);
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-202612)]
    [InlineData(202600)]
    [InlineData(202613)]
    [InlineData(199912)]
    [InlineData(210101)]
    [InlineData(2026)]
    public void FromKeyRejectsKeysThatAreNotAPeriod(int key)
    {
        Should.Throw<DomainException>(() => Period.FromKey(key));
    }

    [Fact]
    public void SortsInTheSameOrderAsThePeriods()
    {
        var periods = new[] { Period.From(2027, 1), Period.From(2026, 12), Period.From(2026, 2) };

        periods.Order().Select(p => p.Key).ShouldBe([202602, 202612, 202701]);
        periods.OrderBy(p => p.Key).ShouldBe(periods.Order());
    }
}
