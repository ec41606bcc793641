using System.Net;
using SalesPlanning.Application.Common;
using SalesPlanning.Application.Reviews;
using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Targets;
using SalesPlanning.IntegrationTests.Support;

namespace SalesPlanning.IntegrationTests.Reviews;

/// <summary>
/// Opening a region's month-end review (the page at /plans/{region}/{month}/review and GET
/// /api/v1/month-end/{planId}): only an approved (or closed) plan has one — a draft, submitted or
/// returned plan, or none, is refused and nothing is started; the figures shown are those of the
/// plan's own month, computed from its targets and the history.
/// </summary>
public class MonthEndReviewOpen(MonthEndAppFixture fixture) : IClassFixture<MonthEndAppFixture>
{
    private const string NotApproved = "Only an approved plan has a month-end review; this month's plan is not approved.";

    [Theory]
    [InlineData("2023-07", "Draft")]
    [InlineData("2023-08", "Submitted")]
    [InlineData("2023-09", "Returned")]
    public async Task RefusesAPlanThatIsNotApproved(string period, string status)
    {
        var planId = status == "Draft" ? await fixture.ReadyPlanAsync(period) : await fixture.SubmittedPlanAsync(period);
        if (status == "Returned")
        {
            await (await fixture.PlansAsAsync(DemoUsers.Director)).StepAsync(fixture.Ids.East, period, "return", "Redo the forecast.");
        }

        (await fixture.StoredStatusAsync(planId)).ShouldBe(status);
        var manager = await fixture.MonthEndAsAsync(DemoUsers.ManagerEast);
        var director = await fixture.MonthEndAsAsync(DemoUsers.Director);

        using var managerRead = await manager.GetRawAsync(planId);
        using var directorRead = await director.GetRawAsync(planId);
        using var save = await manager.PutAsync(planId, ReviewContent.Written, 0);
        using var submit = await manager.PostAsync(planId, "submit", 0);
        using var signOff = await director.PostAsync(planId, "sign-off", 0);

        foreach (var response in new[] { managerRead, directorRead, save, submit, signOff })
        {
            (await TargetsApi.ProblemAsync(response, HttpStatusCode.BadRequest)).Messages().ShouldBe([NotApproved]);
        }

        (await fixture.StoredReviewAsync(planId)).ShouldBeNull();
        (await fixture.StoredStatusAsync(planId)).ShouldBe(status);
        (await fixture.MonthAuditAsync(period)).ShouldNotContain(a => a.EntityType == "MonthEndReview");
    }

    [Fact]
    public async Task RefusesAMonthWithoutAPlanAndAnswersThePageAsTheApiDoes()
    {
        var service = fixture.CreateMonthEndService();
        var manager = await fixture.ActorAsync(DemoUsers.ManagerEast);

        var none = await service.OpenAsync(manager, fixture.Ids.East, Period.Parse("2023-10"));

        none.Status.ShouldBe(ResultStatus.Invalid);
        none.Errors[""].ShouldBe([MonthEndMessages.PlanNotApproved]);

        const string period = "2023-11";
        await fixture.WrittenReviewAsync(period);
        var month = Period.Parse(period);
        (await service.OpenAsync(manager, fixture.Ids.East, month)).Status.ShouldBe(ResultStatus.Ok);
        (await service.OpenAsync(await fixture.ActorAsync(DemoUsers.Director), fixture.Ids.East, month)).Status.ShouldBe(ResultStatus.Ok);
        (await service.OpenAsync(await fixture.ActorAsync(DemoUsers.ManagerSouth), fixture.Ids.East, month)).Status.ShouldBe(ResultStatus.Forbidden);
        (await service.OpenAsync(await fixture.ActorAsync(DemoUsers.Rep(1)), fixture.Ids.East, month)).Status.ShouldBe(ResultStatus.Forbidden);
        (await service.OpenAsync(await fixture.ActorAsync(DemoUsers.Admin), fixture.Ids.East, month)).Status.ShouldBe(ResultStatus.Forbidden);
        (await service.OpenAsync(manager, Guid.NewGuid(), month)).Status.ShouldBe(ResultStatus.NotFound);
    }

    [Fact]
    public async Task ShowsTheFiguresOfThePlansOwnMonth()
    {
        // The demo history ends last month.
        var month = Period.Containing(DateOnly.FromDateTime(DateTime.UtcNow)).Previous();
        var planId = await fixture.ApprovedPlanAsync(month.ToString());

        var review = await (await fixture.MonthEndAsAsync(DemoUsers.ManagerEast)).GetAsync(planId);

        review.Period.ShouldBe(month.ToString());
        review.RegionCode.ShouldBe("EAST");
        review.PlanStatus.ShouldBe("Approved");
        review.Figures.Month.ShouldBe(month.ToString());
        var actual = (await fixture.QuerySqlAsync(
            "SELECT coalesce(sum(sales_amount), 0) FROM monthly_actuals WHERE period_key = @p0 AND region_id = @p1",
            r => r.GetDecimal(0), month.Key, fixture.Ids.East)).Single();
        actual.ShouldBeGreaterThan(0m);
        var amount = review.Figures.Region.Single(r => r.Metric == Metric.SalesAmount);
        amount.Target.ShouldBe(1_280_000m);
        amount.Actual.ShouldBe(actual);
        amount.Achievement.ShouldBe(actual / 1_280_000m);
        review.Figures.Region.Single(r => r.Metric == Metric.SalesVolume).Target.ShouldBe(PlansAppFixture.EastVolume);
        foreach (var rep in Enumerable.Range(1, 4))
        {
            review.Figures.ByRep.Single(l => l.Id == fixture.Ids.Rep(rep)).Metrics.Single(m => m.Metric == Metric.SalesAmount).Target.ShouldBe(320_000m);
        }

        review.Figures.ByRep.Select(l => l.Id).ShouldNotContain(fixture.Ids.Rep(5));
        review.Figures.ByProduct.Single(l => l.Id == fixture.Ids.Product("AC-100")).Metrics.Single(m => m.Metric == Metric.SalesVolume).Target.ShouldBe(600m);
    }
}
