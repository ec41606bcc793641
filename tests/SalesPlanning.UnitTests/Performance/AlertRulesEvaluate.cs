using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Performance;
using SalesPlanning.Domain.Settings;

namespace SalesPlanning.UnitTests.Performance;

/// <summary>The alert rules of DESIGN §6 with seed 003's defaults over sequences of months ending 2026-10.</summary>
public class AlertRulesEvaluate
{
    private static readonly AlertThresholds Defaults = AlertThresholds.Default;

    /// <summary>Achievements of consecutive months ending 2026-10, oldest first (null: no target).</summary>
    private static List<MonthAchievement> Months(params decimal?[] achievements)
    {
        var period = Period.From(2026, 10);
        for (var i = 1; i < achievements.Length; i++)
        {
            period = period.Previous();
        }

        var months = new List<MonthAchievement>();
        foreach (var achievement in achievements)
        {
            months.Add(new MonthAchievement(period, achievement));
            period = period.Next();
        }

        return months;
    }

    [Fact]
    public void ARepBelowSixtyPercentTwoMonthsInARowGetsTheSevereAlertWithBothMonths()
    {
        var findings = AlertRules.ForRep(Months(0.90m, 0.55m, 0.59m), Defaults);

        var severe = findings.ShouldHaveSingleItem();
        severe.Kind.ShouldBe(AlertKind.RepSevere);
        severe.Rate.ShouldBe(0.60m);
        severe.Months.Select(m => m.Period).ShouldBe([Period.From(2026, 9), Period.From(2026, 10)]);
    }

    [Fact]
    public void ThreeMonthsBelowSixtyPercentNameAllThreeMonths()
    {
        var severe = AlertRules.ForRep(Months(0.90m, 0.50m, 0.40m, 0.30m), Defaults).Single(f => f.Kind == AlertKind.RepSevere);

        severe.Months.Select(m => m.Achievement).ShouldBe([0.50m, 0.40m, 0.30m]);
    }

    [Fact]
    public void OneMonthBelowSixtyPercentIsNoAlert()
    {
        AlertRules.ForRep(Months(0.90m, 0.95m, 0.30m), Defaults).ShouldBeEmpty();
    }

    [Fact]
    public void AMonthAtExactlySixtyPercentIsNotBelowIt()
    {
        AlertRules.ForRep(Months(0.95m, 0.60m, 0.59m), Defaults).ShouldBeEmpty();
    }

    [Fact]
    public void TwoLowMonthsFollowedByAGoodOneAreNoLongerAnAlert()
    {
        AlertRules.ForRep(Months(0.50m, 0.50m, 0.90m), Defaults).ShouldBeEmpty();
    }

    [Fact]
    public void FourMonthsBelowEightyPercentGiveTheWarning()
    {
        var finding = AlertRules.ForRep(Months(0.85m, 0.79m, 0.70m, 0.75m, 0.65m), Defaults).ShouldHaveSingleItem();

        finding.Kind.ShouldBe(AlertKind.RepWarning);
        finding.Rate.ShouldBe(0.80m);
        finding.Months.Count.ShouldBe(4);
    }

    [Fact]
    public void ThreeMonthsBelowEightyPercentAreNoWarningYet()
    {
        AlertRules.ForRep(Months(0.85m, 0.70m, 0.75m, 0.65m), Defaults).ShouldBeEmpty();
    }

    [Fact]
    public void FourMonthsBelowSixtyPercentGiveBothAlerts()
    {
        var findings = AlertRules.ForRep(Months(0.50m, 0.50m, 0.50m, 0.50m), Defaults);

        findings.Select(f => f.Kind).ShouldBe([AlertKind.RepSevere, AlertKind.RepWarning]);
    }

    [Fact]
    public void MonthsWithoutATargetAreSkippedNeitherBreakingNorCountingInARun()
    {
        var severe = AlertRules.ForRep(Months(0.50m, null, 0.40m, null), Defaults).ShouldHaveSingleItem();

        severe.Months.Select(m => m.Period).ShouldBe([Period.From(2026, 7), Period.From(2026, 9)]);
        AlertRules.ForRep(Months(0.90m, 0.40m, null, null), Defaults).ShouldBeEmpty();
    }

    [Fact]
    public void NoMonthsOrOnlyMonthsWithoutATargetGiveNoAlert()
    {
        AlertRules.ForRep([], Defaults).ShouldBeEmpty();
        AlertRules.ForRep(Months(null, null, null, null), Defaults).ShouldBeEmpty();
        AlertRules.ForRegion(Months(null, null), Defaults).ShouldBeNull();
    }

    [Fact]
    public void MonthsInAnyOrderAreReadInCalendarOrder()
    {
        var months = Months(0.30m, 0.30m, 0.95m);
        months.Reverse();

        AlertRules.ForRep(months, Defaults).ShouldBeEmpty();
    }

    [Fact]
    public void ARegionBelowSixtyPercentTwoMonthsInARowGetsTheRegionAlert()
    {
        var finding = AlertRules.ForRegion(Months(0.70m, 0.59m, 0.20m), Defaults).ShouldNotBeNull();

        finding.Kind.ShouldBe(AlertKind.Region);
        finding.Months.Count.ShouldBe(2);
        AlertRules.ForRegion(Months(0.59m, 0.60m), Defaults).ShouldBeNull();
    }

    [Fact]
    public void ThresholdsFromSettingsApply()
    {
        var strict = new AlertThresholds(0.90m, 3, 0.95m, 5, 0.90m, 1, midMonthPaceCheck: true);

        AlertRules.ForRep(Months(0.85m, 0.85m), strict).ShouldBeEmpty();
        AlertRules.ForRep(Months(0.85m, 0.85m, 0.85m), strict).Single().Kind.ShouldBe(AlertKind.RepSevere);
        AlertRules.ForRegion(Months(0.89m), strict).ShouldNotBeNull();
    }

    [Fact]
    public void BehindPaceOnDayFifteenIsAnAlert()
    {
        var october = Period.From(2026, 10);

        // Day 15 of 31: time progress 48.4%; 40% achieved.
        var finding = AlertRules.MidMonthBehindPace(40m, 100m, october, new DateOnly(2026, 10, 15), Defaults).ShouldNotBeNull();

        finding.Kind.ShouldBe(AlertKind.BehindPace);
        finding.Rate.ShouldBe(15m / 31m);
        finding.Months.ShouldHaveSingleItem().Achievement.ShouldBe(0.40m);
    }

    [Fact]
    public void BeforeDayFifteenThereIsNoPaceAlert()
    {
        AlertRules.MidMonthBehindPace(0m, 100m, Period.From(2026, 10), new DateOnly(2026, 10, 14), Defaults).ShouldBeNull();
    }

    [Fact]
    public void OnPaceOrWithoutATargetOrWithTheCheckOffThereIsNoPaceAlert()
    {
        var october = Period.From(2026, 10);
        var day15 = new DateOnly(2026, 10, 15);
        var off = new AlertThresholds(0.60m, 2, 0.80m, 4, 0.60m, 2, midMonthPaceCheck: false);

        AlertRules.MidMonthBehindPace(50m, 100m, october, day15, Defaults).ShouldBeNull();
        AlertRules.MidMonthBehindPace(0m, 0m, october, day15, Defaults).ShouldBeNull();
        AlertRules.MidMonthBehindPace(10m, 100m, october, day15, off).ShouldBeNull();
        AlertRules.MidMonthBehindPace(10m, 100m, october, new DateOnly(2026, 11, 20), Defaults).ShouldBeNull();
    }
}
