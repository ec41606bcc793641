using SalesPlanning.Domain.Common;

namespace SalesPlanning.UnitTests.Common;

public class PeriodFrom
{
    [Theory]
    [InlineData(2000, 1)]
    [InlineData(2026, 12)]
    [InlineData(2100, 12)]
    public void AcceptsYearsFrom2000To2100AndMonthsFrom1To12(int year, int month)
    {
        var period = Period.From(year, month);

        period.Year.ShouldBe(year);
        period.Month.ShouldBe(month);
    }

    [Theory]
    [InlineData(1999, 12)]
    [InlineData(2101, 1)]
    [InlineData(2026, 0)]
    [InlineData(2026, 13)]
    [InlineData(2026, -1)]
    public void RejectsYearsOrMonthsOutOfRange(int year, int month)
    {
        Should.Throw<DomainException>(() => Period.From(year, month));
    }

    [Fact]
    public void ExplainsAnImpossibleMonthInWordsAUserCanRead()
    {
        var ex = Should.Throw<DomainException>(() => Period.From(2026, 13));

        ex.Message.ShouldBe("Month 13 does not exist; a month is 1 to 12.");
    }

    [Fact]
    public void EqualsAnotherPeriodOfTheSameMonth()
    {
        Period.From(2026, 12).ShouldBe(Period.From(2026, 12));
        Period.From(2026, 12).ShouldNotBe(Period.From(2026, 11));
    }

    [Fact]
    public void KnowsItsFirstAndLastDay()
    {
        var period = Period.From(2026, 4);

        period.FirstDay.ShouldBe(new DateOnly(2026, 4, 1));
        period.LastDay.ShouldBe(new DateOnly(2026, 4, 30));
        period.DaysInMonth.ShouldBe(30);
    }

    [Fact]
    public void GivesLeapFebruary2028TwentyNineDays()
    {
        Period.From(2028, 2).DaysInMonth.ShouldBe(29);
        Period.From(2027, 2).DaysInMonth.ShouldBe(28);
    }
}
