using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Performance;

namespace SalesPlanning.UnitTests.Performance;

/// <summary>Time progress 时间进度 = elapsed days / days in month, the day itself counting as elapsed.</summary>
public class FiguresTimeProgress
{
    private static readonly Period November = Period.From(2026, 11); // 30 days

    [Fact]
    public void IsOneDayOfThirtyOnTheFirst() =>
        Figures.TimeProgress(November, new DateOnly(2026, 11, 1)).ShouldBe(1m / 30m);

    [Fact]
    public void IsHalfOnTheFifteenthOfAThirtyDayMonth() =>
        Figures.TimeProgress(November, new DateOnly(2026, 11, 15)).ShouldBe(0.5m);

    [Fact]
    public void IsOneOnTheLastDay() =>
        Figures.TimeProgress(November, new DateOnly(2026, 11, 30)).ShouldBe(1m);

    [Fact]
    public void IsOneOnTheLastDayOfALeapFebruary() =>
        Figures.TimeProgress(Period.From(2028, 2), new DateOnly(2028, 2, 29)).ShouldBe(1m);

    [Fact]
    public void IsZeroBeforeTheMonthAndOneAfterIt()
    {
        Figures.TimeProgress(November, new DateOnly(2026, 10, 31)).ShouldBe(0m);
        Figures.TimeProgress(November, new DateOnly(2026, 12, 1)).ShouldBe(1m);
    }
}

/// <summary>On pace when achievement ≥ time progress.</summary>
public class FiguresIsOnPace
{
    private static readonly Period November = Period.From(2026, 11);

    [Fact]
    public void OnTheFirstAFewPercentAreEnough()
    {
        // 1/30 = 3.33 %: 4 of 100 is on pace, 3 of 100 is not.
        Figures.IsOnPace(4m, 100m, November, new DateOnly(2026, 11, 1)).ShouldBe(true);
        Figures.IsOnPace(3m, 100m, November, new DateOnly(2026, 11, 1)).ShouldBe(false);
    }

    [Fact]
    public void OnTheFifteenthHalfTheTargetIsExactlyOnPace()
    {
        Figures.IsOnPace(50m, 100m, November, new DateOnly(2026, 11, 15)).ShouldBe(true);
        Figures.IsOnPace(49.99m, 100m, November, new DateOnly(2026, 11, 15)).ShouldBe(false);
    }

    [Fact]
    public void OnTheLastDayOnlyTheWholeTargetIsOnPace()
    {
        Figures.IsOnPace(100m, 100m, November, new DateOnly(2026, 11, 30)).ShouldBe(true);
        Figures.IsOnPace(99.99m, 100m, November, new DateOnly(2026, 11, 30)).ShouldBe(false);
    }

    [Fact]
    public void HasNoPaceWithoutATarget() =>
        Figures.IsOnPace(10m, 0m, November, new DateOnly(2026, 11, 15)).ShouldBeNull();
}

public class FiguresAchievement
{
    [Fact]
    public void IsActualOverTarget() => Figures.Achievement(85m, 100m).ShouldBe(0.85m);

    [Fact]
    public void CanExceedOne() => Figures.Achievement(1_250_000m, 1_000_000m).ShouldBe(1.25m);

    [Fact]
    public void HasNoValueWithAZeroTarget() => Figures.Achievement(500m, 0m).ShouldBeNull();
}

/// <summary>MoM 环比 and YoY 同比 = (this − base) / base.</summary>
public class FiguresChange
{
    [Fact]
    public void MonthOverMonthGrowth() => Figures.Change(120m, 100m).ShouldBe(0.2m);

    [Fact]
    public void MonthOverMonthDecline() => Figures.Change(75m, 100m).ShouldBe(-0.25m);

    [Fact]
    public void MonthOverMonthHasNoValueWhenLastMonthWasZero() => Figures.Change(50m, 0m).ShouldBeNull();

    [Fact]
    public void YearOverYearHasNoValueWithoutHistory() => Figures.Change(3_000m, 0m).ShouldBeNull();

    [Fact]
    public void YearOverYearAgainstTheSameMonthLastYear() => Figures.Change(3_300m, 3_000m).ShouldBe(0.1m);
}

public class FiguresAverageOrderValue
{
    [Fact]
    public void IsSalesOverOrders() => Figures.AverageOrderValue(1_000m, 4).ShouldBe(250m);

    [Fact]
    public void HasNoValueWithoutOrders() => Figures.AverageOrderValue(1_000m, 0).ShouldBeNull();
}
