using Microsoft.EntityFrameworkCore;
using SalesPlanning.Application.Common;
using SalesPlanning.Application.Identity;
using SalesPlanning.Application.Incentives;
using SalesPlanning.Application.Persistence;
using SalesPlanning.Application.Reviews;
using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Incentives;
using SalesPlanning.Domain.Organisation;

namespace SalesPlanning.Application.Demo;

/// <summary>
/// The demo's incentive pay (issue 14), through the same services users call: every region's month-end
/// review of last month written, submitted and signed off (which freezes its scorecards), the director
/// graded head and the reps graded from the first month of history (a senior rep and a probationer per
/// region, one part-timer), and last month's run approved. This month's run is the live draft.
/// </summary>
public sealed class DemoIncentives(ISalesPlanningDbFactory contexts, MonthEndService monthEnd, IncentiveService incentives)
{
    /// <summary>Grades of the reps by their number (rep01…rep12); the others are sales reps.</summary>
    private static readonly Dictionary<int, Grade> RepGrades = new()
    {
        [1] = Grade.SeniorRep, [4] = Grade.Probation,
        [5] = Grade.SeniorRep, [8] = Grade.PartTime,
        [9] = Grade.SeniorRep, [12] = Grade.Probation,
    };

    public async Task SeedAsync(Period thisMonth, Period firstMonth, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(thisMonth);
        ArgumentNullException.ThrowIfNull(firstMonth);
        var lastMonth = thisMonth.Previous();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var people = await db.Users.AsNoTracking().ToDictionaryAsync(u => u.Email!, u => (u.Id, u.DisplayName), cancellationToken);
        var director = Actor(people, DemoCompany.People.First(p => p.Role == Roles.Director).Email, Roles.Director);
        var regions = await db.Regions.AsNoTracking().Include(r => r.Members).OrderBy(r => r.Code).ToListAsync(cancellationToken);

        foreach (var region in regions)
        {
            var manager = Actor(people, DemoCompany.Regions.Single(r => r.Code == region.Code).ManagerEmail, Roles.Manager);
            var review = Ok(await monthEnd.OpenAsync(manager, region.Id, lastMonth, cancellationToken));
            var version = Ok(await monthEnd.SaveAsync(manager, new SaveMonthEndNarrative(
                review.PlanId,
                "重点客户回款及时，新品在连锁渠道铺货顺利。",
                "个别代表拜访量不足，小型经销商订单下滑。",
                "拜访计划执行不到位；报价响应偏慢。",
                "竞品降价促销；部分客户资金紧张。",
                "每周复盘拜访计划；重点客户由经理陪访；账龄超过3个月的应收款专人催收。",
                review.Version), cancellationToken));
            version = Ok(await monthEnd.SubmitAsync(manager, review.PlanId, version, cancellationToken));
            Ok(await monthEnd.SignOffAsync(director, review.PlanId, version, cancellationToken));
        }

        Ok(await incentives.SetGradeAsync(director, new SetPersonGrade(director.UserId, firstMonth, Grade.Head), cancellationToken));
        for (var i = 1; i <= 12; i++)
        {
            var rep = people[DemoCompany.RepEmail(i)].Id;
            Ok(await incentives.SetGradeAsync(director, new SetPersonGrade(rep, firstMonth, RepGrades.GetValueOrDefault(i, Grade.SalesRep)), cancellationToken));
        }

        Ok(await incentives.ApproveAsync(director, lastMonth, cancellationToken));
    }

    private static Actor Actor(Dictionary<string, (Guid Id, string Name)> people, string email, string role) =>
        new(people[email].Id, new HashSet<string> { role }, people[email].Name);

    private static T Ok<T>(Result<T> result) =>
        result.IsOk ? result.Value! : throw new InvalidOperationException($"The demo's incentive pay could not be loaded: {result.Status} {string.Join("; ", result.Errors.SelectMany(e => e.Value))}");
}
