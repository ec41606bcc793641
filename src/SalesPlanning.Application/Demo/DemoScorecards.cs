using SalesPlanning.Application.Persistence;
using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Performance;

namespace SalesPlanning.Application.Demo;

/// <summary>
/// Scorecard inputs of the demo company for last month and this month (issue 13): each region's count
/// targets set by its manager, and the manager's conduct and follow-up scores with a comment. Repeatable
/// (fixed seed). This month NORTH has set no calls target and one rep per region is not scored yet, so
/// the scorecards show what they do with missing targets and scores.
/// </summary>
internal static class DemoScorecards
{
    public static void Seed(
        ISalesPlanningDb db,
        Period thisMonth,
        DateTimeOffset now,
        IReadOnlyList<(Guid RegionId, string Code, Guid ManagerId, IReadOnlyList<Guid> RepIds)> regions)
    {
        var random = new Random(20261203);
        foreach (var (period, at) in new[] { (thisMonth.Previous(), now.AddDays(-35)), (thisMonth, now.AddDays(-3)) })
        {
            foreach (var region in regions)
            {
                var current = period == thisMonth;
                var sheet = KpiTargetSheet.Start(region.RegionId, period);
                sheet.Replace(
                    [.. region.RepIds.Select(rep => new RepKpiTargets(
                        rep,
                        NewCustomers: random.Next(3, 6),
                        Visits: random.Next(16, 25),
                        Calls: current && region.Code == "NORTH" ? null : random.Next(50, 81),
                        Orders: random.Next(8, 15),
                        LostCustomers: random.Next(1, 4)))],
                    region.ManagerId,
                    at);
                db.KpiTargetSheets.Add(sheet);

                for (var i = 0; i < region.RepIds.Count; i++)
                {
                    if (current && i == region.RepIds.Count - 1)
                    {
                        continue;
                    }

                    var assessment = RepAssessment.Start(region.RepIds[i], region.RegionId, period);
                    assessment.Change(
                        70m + random.Next(0, 61) / 2m,
                        65m + random.Next(0, 71) / 2m,
                        Comments[random.Next(Comments.Length)],
                        region.ManagerId,
                        at);
                    db.RepAssessments.Add(assessment);
                }
            }
        }
    }

    private static readonly string[] Comments =
    [
        "周报按时提交，客户回访及时。",
        "拜访记录完整，需加强新客户开发。",
        "客户需求回复较慢，下月改进。",
        "纪律良好，团队协作积极。",
    ];
}
