using SalesPlanning.Domain.Common;

namespace SalesPlanning.UnitTests.Common;

public class WeekOfMonthFrom
{
    [Fact]
    public void ReturnsTheNumberedWeekOfThePeriod()
    {
        var week = WeekOfMonth.From(Period.From(2026, 12), 2);

        week.Period.ShouldBe(Period.From(2026, 12));
        week.Number.ShouldBe(2);
        week.Start.ShouldBe(new DateOnly(2026, 12, 7));
        week.End.ShouldBe(new DateOnly(2026, 12, 13));
        week.Days.ShouldBe(7);
        week.ToString().ShouldBe("2026-12 W2");
    }

    [Fact]
    public void EqualsTheSameWeekBuiltAgain()
    {
        WeekOfMonth.From(Period.From(2026, 12), 3).ShouldBe(WeekOfMonth.From(Period.From(2026, 12), 3));
        WeekOfMonth.From(Period.From(2026, 12), 3).ShouldNotBe(WeekOfMonth.From(Period.From(2026, 11), 3));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(7)]
    public void RejectsNumbersNoMonthHas(int number)
    {
        Should.Throw<DomainException>(() => WeekOfMonth.From(Period.From(2026, 3), number));
    }

    [Fact]
    public void RejectsAFifthWeekInFebruary2021()
    {
        var ex = Should.Throw<DomainException>(() => WeekOfMonth.From(Period.From(2021, 2), 5));

        ex.Message.ShouldBe("Week 5 does not exist in 2021-02; that month has weeks 1 to 4.");
    }

    [Fact]
    public void AcceptsASixthWeekInMarch2026()
    {
        WeekOfMonth.From(Period.From(2026, 3), 6).Start.ShouldBe(new DateOnly(2026, 3, 30));
    }
}
