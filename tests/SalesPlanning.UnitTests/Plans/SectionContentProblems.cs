using SalesPlanning.Domain.Plans;
using static SalesPlanning.UnitTests.Plans.PlanFixtures;

namespace SalesPlanning.UnitTests.Plans;

public class SectionContentProblems
{
    private static IReadOnlyList<(string Field, string Code)> Problems(SectionContent content) =>
        [.. content.ProblemsIn(December).Select(p => (p.Field, p.Code))];

    [Fact]
    public void ActivityDatesLieInThePeriodAndInOrder()
    {
        var content = new ActivitiesContent(
        [
            new ActivityItem("Launch", "Event", new DateOnly(2026, 12, 10), new DateOnly(2026, 12, 12), "", "", "", "Li"),
            new ActivityItem("Fair", "Trade fair", new DateOnly(2026, 11, 30), new DateOnly(2027, 1, 2), "", "", "", "Li"),
            new ActivityItem("Visit", "Visit", new DateOnly(2026, 12, 20), new DateOnly(2026, 12, 18), "", "", "", "Li"),
        ]);

        Problems(content).ShouldBe(
        [
            ("Items[1].Start", PlanRules.OutsidePeriod),
            ("Items[1].End", PlanRules.OutsidePeriod),
            ("Items[2].End", PlanRules.EndBeforeStart),
        ]);
    }

    [Fact]
    public void NarrativeIsLimitedTo4000Characters()
    {
        Problems(new ReviewNarrative(new string('好', 4000), "", "")).ShouldBeEmpty();
        Problems(new ReviewNarrative(new string('好', 4001), "", "")).ShouldBe([("Highlights", PlanRules.TooLong)]);
    }

    [Fact]
    public void StrategyNeedsAnActionAnOwnerAndADueDate()
    {
        Problems(new StrategiesContent([new StrategyItem(StrategyGroup.MarketExpansion, " ", "", null)])).ShouldBe(
        [
            ("Items[0].Action", PlanRules.Required),
            ("Items[0].Owner", PlanRules.Required),
            ("Items[0].Due", PlanRules.Required),
        ]);
    }

    [Fact]
    public void UnknownOptionIsRefused()
    {
        Problems(new RisksContent([new RiskItem((RiskCategory)9, "Price war", 3, 4, "Hold prices")]))
            .ShouldBe([("Items[0].Category", PlanRules.UnknownOption)]);
    }

    [Fact]
    public void BudgetIsMoneyToTheCent()
    {
        Problems(new ResourcesContent(
        [
            new ResourceNeed(ResourceKind.Marketing, "Leaflets", 1200.5m, null, ""),
            new ResourceNeed(ResourceKind.Technical, "Demo kit", -1m, null, ""),
            new ResourceNeed(ResourceKind.Other, "Booth", 10.005m, null, ""),
        ])).ShouldBe([("Items[1].Budget", PlanRules.Negative), ("Items[2].Budget", PlanRules.MoneyDecimals)]);
    }

    [Fact]
    public void RiskScoresAreOneToFive()
    {
        Problems(new RisksContent([new RiskItem(RiskCategory.Market, "Price war", 0, 6, "Hold prices")])).ShouldBe(
        [
            ("Items[0].Likelihood", PlanRules.OutOfRange),
            ("Items[0].Impact", PlanRules.OutOfRange),
        ]);
        new RiskItem(RiskCategory.Market, "Price war", 4, 5, "Hold prices").Score.ShouldBe(20);
    }

    [Fact]
    public void ForecastWeeksBelongToThePeriodOnce()
    {
        Problems(new ForecastContent(
        [
            new WeeklyForecast(1, 1m, 1, 1m),
            new WeeklyForecast(1, 1m, 1, 1m),
            new WeeklyForecast(6, 1m, 1, 1m),
            new WeeklyForecast(2, 1.001m, -1, null),
        ], [])).ShouldBe(
        [
            ("Weeks[1].Week", PlanRules.Duplicate),
            ("Weeks[2].Week", PlanRules.UnknownWeek),
            ("Weeks[3].SalesAmount", PlanRules.MoneyDecimals),
            ("Weeks[3].SalesVolume", PlanRules.Negative),
        ]);
    }

    [Fact]
    public void ReviewMeetingsLieInThePeriodAndKpiNamesAreUnique()
    {
        Problems(new TrackingContent(
            [new DateOnly(2027, 1, 4)],
            [new KpiWeight("Sales", 50m), new KpiWeight(" sales ", 50m), new KpiWeight("Visits", 120m)])).ShouldBe(
        [
            ("ReviewMeetings[0]", PlanRules.OutsidePeriod),
            ("Kpis[1].Name", PlanRules.Duplicate),
            ("Kpis[2].Weight", PlanRules.OutOfRange),
        ]);
    }

    [Fact]
    public void SavingBadContentChangesNothing()
    {
        var plan = Draft();

        Should.Throw<PlanRulesException>(() => plan.SaveSection(new TrackingContent([new DateOnly(2027, 1, 4)], []), Manager, Now));

        plan.Sections.ShouldBeEmpty();
        plan.ContentOf(PlanSection.Tracking).ShouldBe(SectionContent.Empty(PlanSection.Tracking), new TrackingComparer());
    }

    [Fact]
    public void CompletenessFollowsTheContent()
    {
        new ResourcesContent([]).IsComplete(December).ShouldBeTrue();
        new StrategiesContent([]).IsComplete(December).ShouldBeFalse();
        FullForecast().IsComplete(December).ShouldBeTrue();
        new TrackingContent([December.FirstDay], [new KpiWeight("Sales", 100m)]).IsComplete(December).ShouldBeTrue();
        new TrackingContent([], [new KpiWeight("Sales", 100m)]).IsComplete(December).ShouldBeFalse();
    }

    private sealed class TrackingComparer : IEqualityComparer<SectionContent>
    {
        public bool Equals(SectionContent? x, SectionContent? y) =>
            x is TrackingContent a && y is TrackingContent b && a.Kpis.Count == b.Kpis.Count && a.ReviewMeetings.Count == b.ReviewMeetings.Count;

        public int GetHashCode(SectionContent obj) => 0;
    }
}
