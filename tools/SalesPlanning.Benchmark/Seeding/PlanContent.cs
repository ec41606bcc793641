using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Plans;
using SalesPlanning.Domain.Targets;

namespace SalesPlanning.Benchmark.Seeding;

/// <summary>
/// Every section of a plan filled in as a manager would, in the templates' words (as the demo
/// company's plans, src/SalesPlanning.Application/Demo/DemoPlans.cs, which is internal to the app),
/// with a rolling volume forecast of the region's best-selling products.
/// </summary>
internal static class PlanContent
{
    public static TargetsReadiness Ready { get; } =
        new([.. new[] { Metric.SalesAmount, Metric.SalesVolume, Metric.Collections }.Select(m => new MetricReadiness(m, true, true, []))]);

    public static void Fill(MonthlyPlan plan, Period period, Guid by, DateTimeOffset at, IReadOnlyList<Guid> products)
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
            [.. products.Select((p, i) => new ProductForecast(p, 400L - (i * 10), 420L - (i * 10)))]), by, at);
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
