using System.Net;
using SalesPlanning.IntegrationTests.Support;

namespace SalesPlanning.IntegrationTests.Notifications;

/// <summary>
/// Issue 15: the month-end review's steps tell the right people — submitted: the directors; returned (with the
/// comment) and signed off: the region's manager — and re-opening an approved plan's targets tells its manager.
/// </summary>
public class MonthEndStepsNotify(MonthEndAppFixture fixture) : IClassFixture<MonthEndAppFixture>
{
    [Fact]
    public async Task TellsTheDirectorsOfASubmittedReviewAndTheManagerOfAReturnAndTheSignOff()
    {
        const string period = "2024-11";
        var planId = await fixture.SubmittedReviewAsync(period);
        var link = $"plans/{fixture.Ids.East}/{period}/review";
        (await ToldAsync(link)).ShouldBe([(DemoUsers.Director, "MonthEndSubmitted", null)]);

        var director = await fixture.MonthEndAsAsync(DemoUsers.Director);
        await director.StepAsync(planId, "return", "Name the customers behind the gap.");
        await (await fixture.MonthEndAsAsync(DemoUsers.ManagerEast)).StepAsync(planId, "submit");
        await director.StepAsync(planId, "sign-off");

        (await ToldAsync(link)).ShouldBe(
        [
            (DemoUsers.Director, "MonthEndSubmitted", null),
            (DemoUsers.ManagerEast, "MonthEndReturned", "Name the customers behind the gap."),
            (DemoUsers.Director, "MonthEndSubmitted", null),
            (DemoUsers.ManagerEast, "MonthEndSignedOff", null),
        ]);
    }

    [Fact]
    public async Task TellsTheManagerWhenADirectorReopensTheTargetsOfAnApprovedPlan()
    {
        const string period = "2033-06";
        await fixture.SubmittedPlanAsync(period);
        await (await fixture.PlansAsAsync(DemoUsers.Director)).StepAsync(fixture.Ids.East, period, "approve", "Good.");

        var director = await fixture.AsAsync(DemoUsers.Director);
        using (var reopened = await director.PostReopenAsync(period, fixture.Ids.East, "The dealer's figures changed."))
        {
            reopened.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        (await ToldAsync($"plans/{fixture.Ids.East}/{period}")).ShouldContain((DemoUsers.ManagerEast, "TargetsReopened", "The dealer's figures changed."));
    }

    private Task<List<(string Email, string Kind, string? Comment)>> ToldAsync(string link) =>
        fixture.QuerySqlAsync(
            "SELECT u.email, n.kind, n.values->>'comment' FROM notifications n JOIN users u ON u.id = n.user_id WHERE n.link = @p0 ORDER BY n.created_at, n.id",
            r => (r.GetString(0), r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2)),
            link);
}
