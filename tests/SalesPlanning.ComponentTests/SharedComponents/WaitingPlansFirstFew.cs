using SalesPlanning.Application.Plans;
using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Plans;
using SalesPlanning.Web.Components.Shared.Dashboards;

namespace SalesPlanning.ComponentTests.SharedComponents;

/// <summary>The director's waiting plans: the first few as links, overdue ones marked, and how many there are.</summary>
public class WaitingPlansFirstFew
{
    [Theory]
    [InlineData("en", "The first 5 of 7 plans waiting.", "All monthly plans")]
    [InlineData("zh-CN", "前 5 份，共 7 份待审批的计划。", "全部月度销售计划")]
    public async Task ShowsTheFirstFiveAndHowManyWait(string culture, string firstOf, string allPlans)
    {
        await using var context = Components.Create(culture);
        var plans = Enumerable.Range(1, 7).Select(i => Plan($"R{i}", overdue: i == 1)).ToList();

        var cut = context.Render<WaitingPlans>(p => p.Add(x => x.Plans, plans));

        var links = cut.FindAll("[data-testid=dash-plans-waiting] li a");
        links.Select(a => a.TextContent).ShouldBe(plans.Take(5).Select(p => $"2026-12 · {p.RegionName}"));
        links[0].GetAttribute("href").ShouldBe($"plans/{plans[0].RegionId}/2026-12");
        cut.FindAll("[data-testid=dash-plans-waiting] li .sp-status").Count.ShouldBe(1);
        var more = cut.Find("[data-testid=dash-plans-waiting-more]");
        more.TextContent.ShouldContain(firstOf);
        var all = more.QuerySelector("a").ShouldNotBeNull();
        all.TextContent.Trim().ShouldBe(allPlans);
        all.GetAttribute("href").ShouldBe("plans");
    }

    [Fact]
    public async Task ShowsEveryPlanWhenFewWaitAndSaysSoWhenNoneDoes()
    {
        await using var context = Components.Create();

        var few = context.Render<WaitingPlans>(p => p.Add(x => x.Plans, [Plan("EAST"), Plan("SOUTH")]));
        var none = context.Render<WaitingPlans>(p => p.Add(x => x.Plans, []));

        few.FindAll("[data-testid=dash-plans-waiting] li").Count.ShouldBe(2);
        few.FindAll("[data-testid=dash-plans-waiting-more]").ShouldBeEmpty();
        none.Find("[data-testid=dash-no-plans-waiting]").TextContent.ShouldBe("No plan is waiting for review.");
    }

    private static PlanSummary Plan(string region, bool overdue = false) =>
        new(Guid.NewGuid(), Guid.NewGuid(), region, $"Region {region}", Period.Parse("2026-12"), PlanStatus.Submitted,
            DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, overdue, 5);
}
