using Microsoft.EntityFrameworkCore;
using SalesPlanning.Domain.Plans;
using SalesPlanning.Domain.Targets;
using SalesPlanning.TestSupport;

namespace SalesPlanning.IntegrationTests.Hosting;

/// <summary>The demo's targets and plans (<c>SalesPlanning:DemoPlans</c>, on in run.sh).</summary>
public class DemoPlansLoad
{
    [Fact]
    public async Task LoadsBalancedTargetsSignedOffPlansLastMonthAndASubmittedAndADraftPlanThisMonth()
    {
        var connectionString = await TestDatabases.CreateMigratedAsync();
        await using (var app = new SalesPlanningApp(connectionString, demoData: true, new Dictionary<string, string?> { ["SalesPlanning:DemoPlans"] = "true" }))
        {
            app.StartServer();
        }

        await using var db = TestDatabases.CreateContext(connectionString);
        var thisMonth = Domain.Common.Period.Containing(DateOnly.FromDateTime(DateTime.Now));
        var lastMonth = thisMonth.Previous();
        var targets = await db.Targets.Include(t => t.Breakdowns).ThenInclude(b => b.Allocations).AsSplitQuery().ToListAsync();

        targets.Select(t => t.PeriodKey).Distinct().ShouldBe([lastMonth.Key, thisMonth.Key], ignoreOrder: true);
        // Per month and metric: the company, three regions and twelve reps; every breakdown balances.
        targets.Count.ShouldBe(2 * 3 * (1 + 3 + 12));
        targets.ShouldAllBe(t => t.AllBreakdownsBalanced);
        targets.Where(t => t.PeriodKey == lastMonth.Key && t.ScopeKind != ScopeKind.Company).ShouldAllBe(t => t.IsLocked);
        targets.Where(t => t.PeriodKey == thisMonth.Key).ShouldAllBe(t => !t.IsLocked);

        var plans = await db.MonthlyPlans.Join(db.Regions, p => p.RegionId, r => r.Id, (p, r) => new { p.PeriodKey, r.Code, p.Status }).ToListAsync();
        // Last month approved, its month-end reviews signed off (closed) and its scorecards frozen.
        plans.Where(p => p.PeriodKey == lastMonth.Key).ShouldAllBe(p => p.Status == PlanStatus.Closed);
        (await db.FrozenScorecards.CountAsync(f => f.PeriodKey == lastMonth.Key)).ShouldBe(12);
        plans.Count(p => p.PeriodKey == lastMonth.Key).ShouldBe(3);
        plans.Where(p => p.PeriodKey == thisMonth.Key).Select(p => (p.Code, p.Status))
            .ShouldBe([("EAST", PlanStatus.Submitted), ("NORTH", PlanStatus.Draft)], ignoreOrder: true);

        // This month's weeks up to today for each of the twelve reps, valid and dated no later than now.
        var today = DateOnly.FromDateTime(DateTime.Now);
        var weeksSoFar = thisMonth.Weeks().Count(w => w.Start <= today);
        var entries = await db.ProgressEntries.ToListAsync();
        entries.Count.ShouldBe(12 * weeksSoFar);
        entries.ShouldAllBe(e => e.PeriodKey == thisMonth.Key && e.Figures.Problems().Count == 0 && e.UpdatedAt <= DateTimeOffset.Now);
        entries.ShouldContain(e => e.Figures.NewCustomerSales > 0m);
        entries.ShouldContain(e => e.Figures.Collections3To6Months > 0m);
        entries.ShouldContain(e => e.Figures.CollectionsOver6Months > 0m);
        // Split by product, the split adding up to the week (the entry's own rule).
        var lines = await db.ProgressLines.ToListAsync();

        // Incentive pay: last month's run approved with a statement for the director and every rep, this month's none (live draft).
        var runs = await db.IncentiveRuns.ToListAsync();
        runs.Select(r => r.PeriodKey).ShouldBe([lastMonth.Key]);
        runs[0].Statements.Count.ShouldBe(13);
        runs[0].Statements.ShouldContain(s => s.Grade == Domain.Incentives.Grade.Head);
        runs[0].Statements.ShouldContain(s => s.Grade == Domain.Incentives.Grade.PartTime);
        runs[0].Statements.ShouldAllBe(s => s.Payable > 0m);
        foreach (var entry in entries)
        {
            var split = lines.Where(l => l.EntryId == entry.Id).ToList();
            split.ShouldNotBeEmpty();
            split.Sum(l => l.SalesAmount).ShouldBe(entry.Figures.SalesAmount);
            split.Sum(l => l.SalesVolume).ShouldBe(entry.Figures.SalesVolume);
        }
    }
}
