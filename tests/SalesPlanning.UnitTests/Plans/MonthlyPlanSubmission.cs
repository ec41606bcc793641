using SalesPlanning.Domain.Plans;
using SalesPlanning.Domain.Targets;
using static SalesPlanning.UnitTests.Plans.PlanFixtures;

namespace SalesPlanning.UnitTests.Plans;

public class MonthlyPlanSubmission
{
    [Fact]
    public void ListsEveryUnmetRuleOfAnEmptyDraftAtOnce()
    {
        var noTargets = new TargetsReadiness([.. Enum.GetValues<Metric>().Select(m => new MetricReadiness(m, false, false, []))]);

        var refused = Should.Throw<PlanRulesException>(() => Draft().Submit(noTargets, Manager, Now));

        refused.Problems.Select(p => (p.Section, p.Field, p.Code)).ShouldBe(
        [
            (PlanSection.Review, "Highlights", PlanRules.NarrativeMissing),
            (PlanSection.Review, "Problems", PlanRules.NarrativeMissing),
            (PlanSection.Review, "Lessons", PlanRules.NarrativeMissing),
            (PlanSection.Targets, "Basis", PlanRules.NarrativeMissing),
            (PlanSection.Targets, "SalesAmount", PlanRules.TargetMissing),
            (PlanSection.Targets, "SalesVolume", PlanRules.TargetMissing),
            (PlanSection.Targets, "Collections", PlanRules.TargetMissing),
            (PlanSection.Forecast, "SalesAmount", PlanRules.ForecastWeekMissing),
            (PlanSection.Forecast, "SalesVolume", PlanRules.ForecastWeekMissing),
            (PlanSection.Forecast, "Collections", PlanRules.ForecastWeekMissing),
            (PlanSection.Tracking, "Kpis", PlanRules.WeightsMustSumTo100),
        ]);
    }

    [Fact]
    public void NamesTheWeeksWithoutAForecast()
    {
        var plan = Complete();
        var weeks = FullForecast().Weeks.ToList();
        weeks[1] = weeks[1] with { SalesVolume = null };
        weeks[4] = weeks[4] with { SalesVolume = null };
        plan.SaveSection(new ForecastContent(weeks, []), Manager, Now);

        var problem = plan.SubmissionProblems(Ready).ShouldHaveSingleItem();

        problem.Code.ShouldBe(PlanRules.ForecastWeekMissing);
        problem.Args.ShouldBe(["SalesVolume", "2, 5"]);
    }

    [Fact]
    public void NeedsKpiWeightsOfExactly100()
    {
        var plan = Complete();
        plan.SaveSection(new TrackingContent([], [new KpiWeight("Sales", 60m), new KpiWeight("Collections", 39.5m)]), Manager, Now);

        var problem = plan.SubmissionProblems(Ready).ShouldHaveSingleItem();

        problem.Code.ShouldBe(PlanRules.WeightsMustSumTo100);
        problem.Args.ShouldBe(["99.5"]);
    }

    [Fact]
    public void NeedsTargetsSplitToRepsAndBalanced()
    {
        var targets = new TargetsReadiness(
        [
            new MetricReadiness(Metric.SalesAmount, true, false, []),
            new MetricReadiness(Metric.SalesVolume, true, true, [Dimension.Rep, Dimension.Product]),
            new MetricReadiness(Metric.Collections, true, true, []),
        ]);

        var problems = Complete().SubmissionProblems(targets);

        problems.Select(p => (p.Code, string.Join("/", p.Args))).ShouldBe(
        [
            (PlanRules.RepBreakdownMissing, "SalesAmount"),
            (PlanRules.TargetNotAllocated, "SalesVolume/Rep"),
            (PlanRules.TargetNotAllocated, "SalesVolume/Product"),
        ]);
    }

    [Fact]
    public void BlankNarrativeCountsAsMissing()
    {
        var plan = Complete();
        plan.SaveSection(new ReviewNarrative("ok", "  \n ", "ok"), Manager, Now);

        var problem = plan.SubmissionProblems(Ready).ShouldHaveSingleItem();

        (problem.Section, problem.Field).ShouldBe((PlanSection.Review, "Problems"));
    }

    [Fact]
    public void CompletePlanHasNoProblems()
    {
        Complete().SubmissionProblems(Ready).ShouldBeEmpty();
    }
}
