using SalesPlanning.Domain.Performance;

namespace SalesPlanning.UnitTests.Performance;

/// <summary>
/// The scorecard rule (DESIGN §9, issue 13): Σ weight × min(achievement, cap), a KPI without a target
/// left out and the others' weights scaled to 100. The first test is docs/scorecards.md's worked example.
/// </summary>
public class ScorecardScore
{
    private const decimal Cap = 1.20m;

    /// <summary>docs/scorecards.md, "Worked example": 王芳's month, calls without a target.</summary>
    public static IReadOnlyList<KpiInput> WorkedExample { get; } =
    [
        new(Kpi.SalesAmount, 30m, 200_000m, 260_000m),
        new(Kpi.Collections, 0m, 180_000m, 150_000m),
        new(Kpi.NewCustomers, 10m, 4m, 3m),
        new(Kpi.Visits, 10m, 20m, 22m),
        new(Kpi.Calls, 5m, null, 40m),
        new(Kpi.Orders, 10m, 10m, 8m),
        new(Kpi.Growth, 10m, 250_000m, 260_000m),
        new(Kpi.LostCustomers, 5m, 2m, 4m),
        new(Kpi.WeeklyReports, 10m, 5m, 4m),
        new(Kpi.Conduct, 5m, 100m, 90m),
        new(Kpi.RequestFollowUp, 5m, 100m, 85m),
    ];

    [Fact]
    public void ScoresTheWorkedExampleOfTheDocs()
    {
        var sheet = Scoring.Score(WorkedExample, Cap);

        sheet.Lines.Select(l => (l.Kpi, l.Achievement, l.AppliedWeight, l.Points)).ShouldBe(
        [
            (Kpi.SalesAmount, 1.30m, 31.58m, 37.89m),
            (Kpi.Collections, 150_000m / 180_000m, 0m, 0m),
            (Kpi.NewCustomers, 0.75m, 10.53m, 7.89m),
            (Kpi.Visits, 1.10m, 10.53m, 11.58m),
            (Kpi.Calls, null, 0m, 0m),
            (Kpi.Orders, 0.80m, 10.53m, 8.42m),
            (Kpi.Growth, 1.04m, 10.53m, 10.95m),
            (Kpi.LostCustomers, 0.50m, 5.26m, 2.63m),
            (Kpi.WeeklyReports, 0.80m, 10.53m, 8.42m),
            (Kpi.Conduct, 0.90m, 5.26m, 4.74m),
            (Kpi.RequestFollowUp, 0.85m, 5.26m, 4.47m),
        ]);
        sheet.Total.ShouldBe(96.99m);
        sheet.WeightsScaled.ShouldBeTrue();
        sheet.LeftOut.Select(l => (l.Kpi, l.LeftOut)).ShouldBe([(Kpi.Calls, (LeftOutReason?)LeftOutReason.NoTarget)]);
    }

    [Fact]
    public void KeepsTheWeightsAsSetWhenEveryWeightedKpiHasATarget()
    {
        var sheet = Scoring.Score([new(Kpi.SalesAmount, 60m, 100m, 90m), new(Kpi.Orders, 40m, 10m, 10m)], Cap);

        sheet.WeightsScaled.ShouldBeFalse();
        sheet.LeftOut.ShouldBeEmpty();
        sheet.Lines.Select(l => l.AppliedWeight).ShouldBe([60m, 40m]);
        // 60 × 0.90 + 40 × 1.00
        sheet.Total.ShouldBe(94m);
    }

    [Fact]
    public void CapsEachAchievementAtTheCap()
    {
        // 50 × min(1.50, 1.20) + 50 × min(3.00, 1.20) = 60 + 60
        Scoring.Score([new(Kpi.SalesAmount, 50m, 100m, 150m), new(Kpi.Visits, 50m, 10m, 30m)], Cap).Total.ShouldBe(120m);
        // The same with a cap of 100 %.
        Scoring.Score([new(Kpi.SalesAmount, 50m, 100m, 150m), new(Kpi.Visits, 50m, 10m, 30m)], 1m).Total.ShouldBe(100m);
    }

    [Fact]
    public void ScoresFewerLostCustomersThanAllowedAsTargetOverActual()
    {
        Scoring.Achievement(Kpi.LostCustomers, 3m, 2m, Cap).Achievement.ShouldBe(1.5m);
        Scoring.Achievement(Kpi.LostCustomers, 2m, 4m, Cap).Achievement.ShouldBe(0.5m);
    }

    [Fact]
    public void ScoresNoLostCustomersAgainstNoneAllowedAsOneHundredPercent() =>
        Scoring.Achievement(Kpi.LostCustomers, 0m, 0m, Cap).ShouldBe((1m, null));

    [Fact]
    public void ScoresNoLostCustomersAgainstAnAllowanceAsTheCap() =>
        Scoring.Achievement(Kpi.LostCustomers, 2m, 0m, Cap).ShouldBe((Cap, null));

    [Fact]
    public void ScoresLostCustomersWhenNoneWereAllowedAsZero() =>
        Scoring.Achievement(Kpi.LostCustomers, 0m, 3m, Cap).ShouldBe((0m, null));

    [Fact]
    public void LeavesOutAMoreIsBetterKpiWithAZeroTarget() =>
        Scoring.Achievement(Kpi.Calls, 0m, 12m, Cap).ShouldBe((null, LeftOutReason.NoTarget));

    [Fact]
    public void LeavesOutGrowthWithoutLastMonthsSales() =>
        Scoring.Achievement(Kpi.Growth, 0m, 12m, Cap).ShouldBe((null, LeftOutReason.NoBase));

    [Fact]
    public void LeavesOutAManualKpiNotScoredYetAndScalesTheRest()
    {
        var sheet = Scoring.Score([new(Kpi.SalesAmount, 80m, 100m, 100m), new(Kpi.Conduct, 20m, 100m, null)], Cap);

        sheet.LeftOut.Single().LeftOut.ShouldBe(LeftOutReason.NotScored);
        sheet.Lines[0].AppliedWeight.ShouldBe(100m);
        sheet.Total.ShouldBe(100m);
    }

    [Fact]
    public void HasNoTotalWhenNothingCanBeScored()
    {
        var sheet = Scoring.Score([new(Kpi.SalesAmount, 50m, null, 100m), new(Kpi.Orders, 50m, null, 3m)], Cap);

        sheet.Total.ShouldBeNull();
        sheet.LeftOut.Count.ShouldBe(2);
    }

    [Fact]
    public void DoesNotCallAKpiWeightedZeroLeftOut()
    {
        var sheet = Scoring.Score([new(Kpi.SalesAmount, 100m, 100m, 100m), new(Kpi.Calls, 0m, null, 3m)], Cap);

        sheet.WeightsScaled.ShouldBeFalse();
        sheet.LeftOut.ShouldBeEmpty();
    }

    [Fact]
    public void ListsEveryProblemOfBadInputAtOnce()
    {
        var ex = Should.Throw<ScorecardRulesException>(() => Scoring.Score(
            [new(Kpi.SalesAmount, 70m, -1m, 10m), new(Kpi.SalesAmount, 20.555m, 10m, -2m), new(Kpi.Conduct, 5m, 100m, 100.5m)], 2.5m));

        ex.Problems.Select(p => (p.Field, p.Code)).ShouldBe(
        [
            ("Kpis[1].Kpi", ScorecardRules.Duplicate),
            ("Kpis[1].Weight", ScorecardRules.WeightOutOfRange),
            ("Kpis", ScorecardRules.WeightsMustSumTo100),
            ("Cap", ScorecardRules.CapOutOfRange),
            ("Kpis[0].Target", ScorecardRules.TargetNotWholeNumber),
            ("Kpis[1].Actual", ScorecardRules.Negative),
            ("Kpis[2].Actual", ScorecardRules.ScoreOutOfRange),
        ]);
    }

    [Fact]
    public void LeavesOutAPlansWeightOnKpisTheScorecardDoesNotKnow()
    {
        // A plan weighs sales 60, orders 20 and "customer satisfaction" 20: the last is left out, the others scaled by 100 / 80.
        var sheet = Scoring.Score([new(Kpi.SalesAmount, 60m, 100m, 100m), new(Kpi.Orders, 20m, 10m, 5m)], Cap, unscoredWeight: 20m);

        sheet.WeightsScaled.ShouldBeTrue();
        sheet.Lines.Select(l => (l.AppliedWeight, l.Points)).ShouldBe([(75m, 75m), (25m, 12.5m)]);
        sheet.Total.ShouldBe(87.5m);
    }

    [Fact]
    public void RefusesWeightsThatDoNotSumToHundredWithThePlansUnknownKpis() =>
        Should.Throw<ScorecardRulesException>(() => Scoring.Score([new(Kpi.SalesAmount, 60m, 100m, 100m)], Cap, unscoredWeight: 30m))
            .Problems.Single().Code.ShouldBe(ScorecardRules.WeightsMustSumTo100);
}

/// <summary>The KPI a plan's free-text KPI weight names (DESIGN §4.8).</summary>
public class ScorecardKpiFromName
{
    [Theory]
    [InlineData("销售额达成率", Kpi.SalesAmount)]
    [InlineData("Sales achievement", Kpi.SalesAmount)]
    [InlineData("回款额达成率", Kpi.Collections)]
    [InlineData(" new customers ", Kpi.NewCustomers)]
    [InlineData("现有客户拜访数量", Kpi.Visits)]
    [InlineData("流失客户数量", Kpi.LostCustomers)]
    [InlineData("WeeklyReports", Kpi.WeeklyReports)]
    [InlineData("行为纪律", Kpi.Conduct)]
    public void KnowsTheNamesThePlanEditorOffers(string name, Kpi kpi) => KpiCatalog.FromName(name).ShouldBe(kpi);

    [Fact]
    public void KnowsNoOtherName() => KpiCatalog.FromName("客户满意度").ShouldBeNull();
}

/// <summary>The manager's count targets of a team for a month.</summary>
public class ScorecardTargetSheetReplace
{
    private static readonly Guid RepA = Guid.Parse("00000000-0000-0000-0000-00000000000a");
    private static readonly Guid RepB = Guid.Parse("00000000-0000-0000-0000-00000000000b");

    [Fact]
    public void ReportsEachChangedTargetAndKeepsOtherRepsLines()
    {
        var sheet = KpiTargetSheet.Start(Guid.NewGuid(), Domain.Common.Period.From(2026, 11));
        sheet.Replace([new(RepA, 4, 20, 40, 10, 2), new(RepB, 3, null, null, null, null)], Guid.NewGuid(), DateTimeOffset.UnixEpoch);

        var changes = sheet.Replace([new(RepA, 5, 20, 40, 10, 2)], Guid.NewGuid(), DateTimeOffset.UnixEpoch);

        changes.ShouldBe([new KpiTargetChange(RepA, Kpi.NewCustomers, 4, 5)]);
        sheet.For(RepB).NewCustomers.ShouldBe(3);
        sheet.For(RepB).Calls.ShouldBeNull();
    }

    [Fact]
    public void RefusesNegativeTargetsAndARepTwice()
    {
        var sheet = KpiTargetSheet.Start(Guid.NewGuid(), Domain.Common.Period.From(2026, 11));

        var ex = Should.Throw<ScorecardRulesException>(() =>
            sheet.Replace([new(RepA, -1, 20, 40, 10, 2), new(RepA, 1, 1, 1, 1, -3)], Guid.NewGuid(), DateTimeOffset.UnixEpoch));

        ex.Problems.Select(p => p.Field).ShouldBe(["Reps[0].NewCustomers", "Reps[1].RepId", "Reps[1].LostCustomers"]);
        sheet.Lines.ShouldBeEmpty();
    }
}

/// <summary>The manager's manual scores of a rep's month.</summary>
public class ScorecardAssessmentChange
{
    [Theory]
    [InlineData(0)]
    [InlineData(100)]
    [InlineData(87.5)]
    public void AcceptsZeroToHundredWithOneDecimal(decimal score)
    {
        var assessment = RepAssessment.Start(Guid.NewGuid(), Guid.NewGuid(), Domain.Common.Period.From(2026, 11));

        assessment.Change(score, null, " ok ", Guid.NewGuid(), DateTimeOffset.UnixEpoch);

        assessment.Conduct.ShouldBe(score);
        assessment.Comment.ShouldBe("ok");
    }

    [Fact]
    public void RefusesScoresOutOfRangeOrWithTwoDecimalsAndALongComment()
    {
        var assessment = RepAssessment.Start(Guid.NewGuid(), Guid.NewGuid(), Domain.Common.Period.From(2026, 11));

        var ex = Should.Throw<ScorecardRulesException>(() =>
            assessment.Change(100.1m, 80.25m, new string('x', 1001), Guid.NewGuid(), DateTimeOffset.UnixEpoch));

        ex.Problems.Select(p => (p.Field, p.Code)).ShouldBe(
        [
            ("Conduct", ScorecardRules.ScoreOutOfRange),
            ("RequestFollowUp", ScorecardRules.ScoreOutOfRange),
            ("Comment", ScorecardRules.CommentTooLong),
        ]);
        assessment.Conduct.ShouldBeNull();
    }
}

/// <summary>The company's default KPI weights (admins), used without an approved plan.</summary>
public class ScorecardCompanyWeightsChange
{
    [Fact]
    public void UsesTheBuiltInWeightsUntilSetAndTheSetOnesAfter()
    {
        var settings = Domain.Settings.CompanySettings.Default();
        settings.KpiWeights.Sum(w => w.Weight).ShouldBe(100m);
        settings.DefaultKpiWeights.ShouldBeNull();

        settings.ChangeKpiWeights([new(Kpi.SalesAmount, 70m), new(Kpi.Conduct, 30m)]);

        settings.KpiWeights.Count.ShouldBe(KpiCatalog.All.Count);
        settings.KpiWeights.Single(w => w.Kpi == Kpi.SalesAmount).Weight.ShouldBe(70m);
        settings.KpiWeights.Single(w => w.Kpi == Kpi.Visits).Weight.ShouldBe(0m);
    }

    [Fact]
    public void RefusesWeightsThatBreakARuleAndKeepsTheOldOnes()
    {
        var settings = Domain.Settings.CompanySettings.Default();

        var ex = Should.Throw<ScorecardRulesException>(() =>
            settings.ChangeKpiWeights([new(Kpi.SalesAmount, 70m), new(Kpi.SalesAmount, 10m), new(Kpi.Calls, -5m)]));

        ex.Problems.Select(p => p.Code).ShouldBe([ScorecardRules.Duplicate, ScorecardRules.WeightOutOfRange, ScorecardRules.WeightsMustSumTo100]);
        settings.DefaultKpiWeights.ShouldBeNull();
    }
}
