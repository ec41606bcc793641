using SalesPlanning.Domain.Common;

namespace SalesPlanning.UnitTests.Common;

public class PeriodCompare
{
    [Fact]
    public void OrdersByYearThenMonth()
    {
        var dec2026 = Period.From(2026, 12);
        var jan2027 = Period.From(2027, 1);

        dec2026.CompareTo(jan2027).ShouldBeLessThan(0);
        jan2027.CompareTo(dec2026).ShouldBeGreaterThan(0);
        dec2026.CompareTo(Period.From(2026, 12)).ShouldBe(0);
        (dec2026 < jan2027).ShouldBeTrue();
        (jan2027 > dec2026).ShouldBeTrue();
        (dec2026 <= Period.From(2026, 12)).ShouldBeTrue();
        (dec2026 >= jan2027).ShouldBeFalse();
    }

    [Fact]
    public void PutsNullBeforeAnyPeriod()
    {
        Period.From(2026, 12).CompareTo(null).ShouldBeGreaterThan(0);
    }
}
