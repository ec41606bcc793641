using SalesPlanning.Application.Persistence;
using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Plans;
using SalesPlanning.Domain.Progress;
using SalesPlanning.Domain.Targets;

namespace SalesPlanning.Application.Demo;

/// <summary>
/// Targets and monthly plans for the demo (run.sh), so that every screen has something to show:
/// last month's and this month's targets split to regions and reps by last month's actual shares;
/// last month's plans approved (targets locked); this month the East plan submitted four days ago
/// (overdue with the default deadline of three days), the North plan a draft, the South not started;
/// and this month's weekly entries of every rep up to today.
/// </summary>
internal static class DemoPlans
{
    private static readonly Metric[] Metrics = [Metric.SalesAmount, Metric.SalesVolume, Metric.Collections];

    public static void Seed(
        ISalesPlanningDb db,
        Period thisMonth,
        DateTimeOffset now,
        IReadOnlyList<MonthlyActual> history,
        IReadOnlyList<(Guid RegionId, string Code, Guid ManagerId)> regions,
        Guid directorId)
    {
        var lastMonth = thisMonth.Previous();
        foreach (var period in new[] { lastMonth, thisMonth })
        {
            var basis = history.Where(a => a.PeriodKey == period.Previous().Key).ToList();
            var growth = period == thisMonth ? 1.08m : 1.05m;
            foreach (var metric in Metrics)
            {
                SeedTargets(db, period, metric, basis, growth, regions, locked: period == lastMonth);
            }
        }

        foreach (var region in regions)
        {
            var approved = MonthlyPlan.Start(region.RegionId, lastMonth, region.ManagerId, Before(lastMonth, 6, now));
            Fill(approved, lastMonth, region.ManagerId, Before(lastMonth, 5, now));
            approved.Submit(Ready, region.ManagerId, Before(lastMonth, 4, now));
            approved.Approve(Ready, directorId, Before(lastMonth, 2, now), "同意。");
            db.Add(approved);
        }

        var east = regions.Single(r => r.Code == "EAST");
        var submitted = MonthlyPlan.Start(east.RegionId, thisMonth, east.ManagerId, now.AddDays(-6));
        Fill(submitted, thisMonth, east.ManagerId, now.AddDays(-5));
        submitted.Submit(Ready, east.ManagerId, now.AddDays(-4));
        db.Add(submitted);

        var north = regions.Single(r => r.Code == "NORTH");
        var draft = MonthlyPlan.Start(north.RegionId, thisMonth, north.ManagerId, now.AddDays(-2));
        draft.SaveSection(new ReviewNarrative("重点客户续约顺利，空调品类销量环比增长。", "", ""), north.ManagerId, now.AddDays(-2));
        db.Add(draft);

        SeedWeeks(db, thisMonth, now, history.Where(a => a.PeriodKey == lastMonth.Key).ToList());
    }

    /// <summary>
    /// This month's weekly entries up to today, so the dashboards' pace and month-to-date lines move:
    /// each rep sells at last month's daily rate times a pace of their own (0.75 to 1.25, so some are
    /// behind), a tenth to a quarter of it to new customers, split by product as they sold last month.
    /// </summary>
    private static void SeedWeeks(ISalesPlanningDb db, Period thisMonth, DateTimeOffset now, IReadOnlyList<MonthlyActual> lastMonth)
    {
        var today = DateOnly.FromDateTime(now.LocalDateTime);
        var reps = lastMonth.GroupBy(a => (a.RepId, a.RegionId)).OrderBy(g => g.Key.RepId).ToList();
        for (var i = 0; i < reps.Count; i++)
        {
            var (repId, regionId) = reps[i].Key;
            var (amount, volume, collections) = (reps[i].Sum(a => a.SalesAmount), reps[i].Sum(a => a.SalesVolume), reps[i].Sum(a => a.Collections));
            var pace = 0.75m + (i % 6 * 0.1m);
            foreach (var week in thisMonth.Weeks().Where(w => w.Start <= today))
            {
                var days = (week.End < today ? week.End : today).DayNumber - week.Start.DayNumber + 1;
                var share = pace * days / thisMonth.DaysInMonth;
                var sales = decimal.Round(amount * share, 2);
                var collected = decimal.Round(collections * share, 2);
                var figures = new WeeklyFigures(
                    sales, (long)decimal.Round(volume * share), collected,
                    Orders: Math.Max(1, days / 2), NewCustomers: (i + week.Number) % 3, ExistingCustomerVisits: days + (i % 4),
                    Calls: days * 3, LostCustomers: (i + week.Number) % 7 == 0 ? 1 : 0,
                    NewCustomerSales: decimal.Round(sales * (0.10m + ((i + week.Number) % 4 * 0.05m)), 2),
                    // Some reps collect old receivables some weeks (seed 003 十.3): they count less toward commission.
                    Collections3To6Months: (i + week.Number) % 3 == 0 ? decimal.Round(collected * 0.20m, 2) : 0m,
                    CollectionsOver6Months: (i + week.Number) % 5 == 0 ? decimal.Round(collected * 0.10m, 2) : 0m);
                var at = new DateTimeOffset(week.End.ToDateTime(new TimeOnly(18, 0)), now.Offset);
                db.Add(ProgressEntry.Create(thisMonth, week.Number, repId, regionId, figures, null, Split(figures, reps[i].ToList()), at < now ? at : now));
            }
        }
    }

    /// <summary>Nine in the morning <paramref name="days"/> days before the month starts.</summary>
    /// <summary>The week split by product in the proportions of the rep's sales of each product last month; sums exact.</summary>
    private static List<ProductFigures> Split(WeeklyFigures week, IReadOnlyList<MonthlyActual> lastMonth)
    {
        var amounts = Splitter.ByWeights(week.SalesAmount, lastMonth.ToDictionary(a => a.ProductId, a => a.SalesAmount), 2);
        var volumes = Splitter.ByWeights(week.SalesVolume, lastMonth.ToDictionary(a => a.ProductId, a => (decimal)a.SalesVolume), 0);
        var collections = Splitter.ByWeights(week.Collections, lastMonth.ToDictionary(a => a.ProductId, a => a.Collections), 2);
        return [.. lastMonth
            .Select(a => new ProductFigures(a.ProductId, amounts[a.ProductId], (long)volumes[a.ProductId], collections[a.ProductId]))
            .Where(l => l.SalesAmount != 0m || l.SalesVolume != 0 || l.Collections != 0m)];
    }

    private static DateTimeOffset Before(Period month, int days, DateTimeOffset now) =>
        new(month.FirstDay.AddDays(-days).ToDateTime(new TimeOnly(9, 0)), now.Offset);

    private static TargetsReadiness Ready { get; } =
        new([.. Metrics.Select(m => new MetricReadiness(m, true, true, []))]);

    private static void SeedTargets(
        ISalesPlanningDb db, Period period, Metric metric, IReadOnlyList<MonthlyActual> basis, decimal growth,
        IReadOnlyList<(Guid RegionId, string Code, Guid ManagerId)> regions, bool locked)
    {
        var decimals = MetricRules.Decimals(metric);
        // Round figures, as a director would set them: money to the thousand, volume to ten units.
        var unit = MetricRules.IsMoney(metric) ? 1000m : 10m;
        var total = decimal.Round(basis.Sum(a => Of(a, metric)) * growth / unit, 0) * unit;
        var company = Target.Create(period, metric, TargetScope.Company, total);
        var regionIds = regions.Select(r => r.RegionId).ToList();
        var regionAmounts = Splitter.ByWeights(total, regionIds.ToDictionary(id => id, id => basis.Where(a => a.RegionId == id).Sum(a => Of(a, metric))), decimals);
        company.SetAllocations(Dimension.Region, regionAmounts, regionIds.ToHashSet());
        db.Add(company);

        foreach (var region in regions)
        {
            var regionTarget = Target.Create(period, metric, TargetScope.ForRegion(region.RegionId), regionAmounts[region.RegionId]);
            var reps = basis.Where(a => a.RegionId == region.RegionId).Select(a => a.RepId).Distinct().ToList();
            var repAmounts = Splitter.ByWeights(regionTarget.Amount, reps.ToDictionary(id => id, id => basis.Where(a => a.RepId == id).Sum(a => Of(a, metric))), decimals);
            regionTarget.SetAllocations(Dimension.Rep, repAmounts, reps.ToHashSet());
            db.Add(regionTarget);
            foreach (var (rep, amount) in repAmounts)
            {
                var repTarget = Target.Create(period, metric, TargetScope.ForRep(rep), amount);
                Lock(repTarget, locked);
                db.Add(repTarget);
            }

            Lock(regionTarget, locked);
        }
    }

    private static void Lock(Target target, bool locked)
    {
        if (locked)
        {
            target.Lock();
        }
    }

    private static decimal Of(MonthlyActual actual, Metric metric) => metric switch
    {
        Metric.SalesAmount => actual.SalesAmount,
        Metric.SalesVolume => actual.SalesVolume,
        _ => actual.Collections,
    };

    /// <summary>Every section filled in as a manager would, in the templates' words.</summary>
    private static void Fill(MonthlyPlan plan, Period period, Guid by, DateTimeOffset at)
    {
        var first = period.FirstDay;
        plan.SaveSection(new ReviewNarrative(
            "重点客户续约顺利；变频空调新品上市首月销量超出预期。",
            "回款进度落后：部分客户预算审批延迟（客观原因）；新客户拜访次数不足（主观原因）。",
            "交货前与客户确认付款日期；每周跟踪新客户拜访计划。"), by, at);
        plan.SaveSection(new TargetBasis("参考去年同期及上月实际，结合旺季备货需求，目标较上月增长约 8%。"), by, at);
        plan.SaveSection(new StrategiesContent(
        [
            new StrategyItem(StrategyGroup.MarketExpansion, "开拓两个新的地级市经销商", "销售经理", first.AddDays(20)),
            new StrategyItem(StrategyGroup.CustomerDevelopment, "重点客户季度业务回顾", "销售经理", first.AddDays(14)),
            new StrategyItem(StrategyGroup.ProductPromotion, "变频空调以旧换新促销", "市场专员", first.AddDays(10)),
            new StrategyItem(StrategyGroup.TeamTraining, "新品知识培训与销售竞赛", "销售经理", first.AddDays(5)),
        ]), by, at);
        plan.SaveSection(new ActivitiesContent(
        [
            new ActivityItem("新品推介会", "推介会", first.AddDays(6), first.AddDays(7), "区域办事处", "全体销售代表", "签约 5 家新客户", "销售经理"),
            new ActivityItem("以旧换新周末促销", "促销活动", first.AddDays(12), first.AddDays(14), "重点门店", "门店导购", "销量提升 15%", "市场专员"),
            new ActivityItem("重点客户拜访周", "客户拜访", first.AddDays(18), first.AddDays(22), "客户现场", "销售经理、销售代表", "完成 10 家重点客户拜访", "销售经理"),
        ]), by, at);
        plan.SaveSection(new ResourcesContent(
        [
            new ResourceNeed(ResourceKind.Marketing, "促销物料与宣传单页", 18_000m, first.AddDays(8), "市场部"),
            new ResourceNeed(ResourceKind.Technical, "推介会技术演示支持", 6_500m, first.AddDays(5), "技术部"),
        ]), by, at);
        plan.SaveSection(new ForecastContent(
            [.. period.Weeks().Select(w => new WeeklyForecast(w.Number, decimal.Round(1_200_000m * w.Days / 7, 2), 90L * w.Days / 7 * 10, decimal.Round(1_000_000m * w.Days / 7, 2)))],
            []), by, at);
        plan.SaveSection(new RisksContent(
        [
            new RiskItem(RiskCategory.Market, "竞争对手降价促销", 3, 4, "突出能效与服务优势，必要时申请专项折扣"),
            new RiskItem(RiskCategory.Customer, "大客户回款延迟", 2, 5, "提前确认付款计划，每周跟进"),
        ]), by, at);
        plan.SaveSection(new TrackingContent(
            [first.AddDays(6), first.AddDays(13), first.AddDays(20), first.AddDays(27)],
            [
                new KpiWeight("销售额达成率", 40m), new KpiWeight("回款额达成率", 30m),
                new KpiWeight("新客户开发数量", 15m), new KpiWeight("现有客户拜访数量", 15m),
            ]), by, at);
    }
}
