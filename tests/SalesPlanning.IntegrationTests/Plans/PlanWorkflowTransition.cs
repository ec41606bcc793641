using System.Net;
using SalesPlanning.Domain.Targets;
using SalesPlanning.IntegrationTests.Support;

namespace SalesPlanning.IntegrationTests.Plans;

/// <summary>
/// The whole workflow of DESIGN §5 over HTTP — submit, return with a comment, resubmit, approve —
/// kept in the audit trail and the plan's history; approval locks the region's targets, and an
/// approval that fails midway leaves nothing half-saved.
/// </summary>
public class PlanWorkflowTransition(PlansAppFixture fixture) : IClassFixture<PlansAppFixture>
{
    [Fact]
    public async Task AuditsEveryStepAndLocksTheTargetsOnApproval()
    {
        const string period = "2032-02";
        var planId = await fixture.SubmittedPlanAsync(period);
        var manager = await fixture.PlansAsAsync(DemoUsers.ManagerEast);
        var director = await fixture.PlansAsAsync(DemoUsers.Director);

        (await director.StepAsync(fixture.Ids.East, period, "return", "  Add the dealer plan.  ")).ShouldBe("Returned");
        var returned = await manager.OpenAsync(fixture.Ids.East, period);
        returned.CanEdit.ShouldBeTrue();
        await manager.SaveSectionAsync(fixture.Ids.East, period, "Targets", new { basis = "加上经销商计划 \"dealer\"." });
        (await manager.StepAsync(fixture.Ids.East, period, "submit")).ShouldBe("Submitted");
        (await director.StepAsync(fixture.Ids.East, period, "approve", "Good.")).ShouldBe("Approved");

        var audit = await fixture.PlanAuditAsync(period);
        var steps = audit.Where(a => a.Field == "Status").Select(a => (a.Action, a.OldValue, a.NewValue, a.Comment, a.UserId)).ToList();
        steps.ShouldBe(
        [
            ("Started", null, "Draft", null, fixture.Ids.User(DemoUsers.ManagerEast)),
            ("Submitted", "Draft", "Submitted", null, fixture.Ids.User(DemoUsers.ManagerEast)),
            ("Returned", "Submitted", "Returned", "Add the dealer plan.", fixture.Ids.User(DemoUsers.Director)),
            ("Submitted", "Returned", "Submitted", null, fixture.Ids.User(DemoUsers.ManagerEast)),
            ("Approved", "Submitted", "Approved", "Good.", fixture.Ids.User(DemoUsers.Director)),
        ]);
        var basisChange = audit.Last(a => a.Action == "SectionSaved" && a.Field == "Targets");
        basisChange.OldValue.ShouldNotBeNull().ShouldContain(PlanContent.Basis);
        basisChange.NewValue.ShouldNotBeNull().ShouldContain("加上经销商计划 \\\"dealer\\\".");

        var transitions = await fixture.QuerySqlAsync(
            """SELECT "to", comment FROM plan_transitions WHERE plan_id = @p0 ORDER BY at, id""",
            r => (r.GetString(0), r.IsDBNull(1) ? null : r.GetString(1)), planId);
        transitions.ShouldBe([("Draft", null), ("Submitted", null), ("Returned", "Add the dealer plan."), ("Submitted", null), ("Approved", "Good.")]);

        foreach (var metric in new[] { Metric.SalesAmount, Metric.SalesVolume, Metric.Collections })
        {
            (await fixture.TargetAsync(period, metric, ScopeKind.Region, fixture.Ids.East)).ShouldNotBeNull().IsLocked.ShouldBeTrue();
            (await fixture.TargetAsync(period, metric, ScopeKind.Rep, fixture.Ids.Rep(1))).ShouldNotBeNull().IsLocked.ShouldBeTrue();
        }

        var approved = await manager.OpenAsync(fixture.Ids.East, period);
        approved.CanEdit.ShouldBeFalse();
        using var again = await director.PostAsync(planId, "approve", approved.Version);
        (await TargetsApi.ProblemAsync(again, HttpStatusCode.BadRequest)).Messages()
            .ShouldBe(["The plan's status does not allow this step."]);
    }

    [Fact]
    public async Task LeavesStatusAndTargetLocksUnchangedWhenApprovalIsRefusedForAnUnbalancedBreakdown()
    {
        const string period = "2032-05";
        var planId = await fixture.SubmittedPlanAsync(period);
        // After submission the manager starts a product split of the sales amount and leaves it half done.
        var targets = await fixture.AsAsync(DemoUsers.ManagerEast);
        await targets.SaveBreakdownAsync(period, ScopeKind.Region, fixture.Ids.East, Metric.SalesAmount, Dimension.Product,
            new Dictionary<Guid, decimal> { [fixture.Ids.Product("AC-100")] = 100_000m });
        var auditBefore = await fixture.PlanAuditAsync(period);
        var director = await fixture.PlansAsAsync(DemoUsers.Director);
        var plan = await director.OpenAsync(fixture.Ids.East, period);

        using var response = await director.PostAsync(planId, "approve", plan.Version, "Fine.");

        var errors = (await TargetsApi.ProblemAsync(response, HttpStatusCode.BadRequest)).Errors.ShouldNotBeNull();
        errors["Targets.SalesAmount"].ShouldBe(["Sales amount: the breakdown by Products is not fully allocated."]);
        (await fixture.StoredStatusAsync(planId)).ShouldBe("Submitted");
        foreach (var metric in new[] { Metric.SalesAmount, Metric.SalesVolume, Metric.Collections })
        {
            (await fixture.TargetsAsync(period, metric)).ShouldAllBe(t => !t.IsLocked);
        }

        (await fixture.PlanAuditAsync(period)).Count.ShouldBe(auditBefore.Count);
        (await fixture.QuerySqlAsync("SELECT count(*) FROM audit_entries WHERE entity_type = 'Target' AND action = 'Locked' AND entity_key LIKE @p0",
            r => r.GetInt64(0), period + "/%")).Single().ShouldBe(0);
    }

    [Fact]
    public async Task RefusesAStepFromAStaleVersion()
    {
        const string period = "2032-08";
        var planId = await fixture.SubmittedPlanAsync(period);
        var director = await fixture.PlansAsAsync(DemoUsers.Director);
        var stale = (await director.OpenAsync(fixture.Ids.East, period)).Version;
        (await director.StepAsync(fixture.Ids.East, period, "return", "Redo the forecast.")).ShouldBe("Returned");
        await (await fixture.PlansAsAsync(DemoUsers.ManagerEast)).StepAsync(fixture.Ids.East, period, "submit");

        using var response = await director.PostAsync(planId, "approve", stale);

        await TargetsApi.ProblemAsync(response, HttpStatusCode.Conflict);
        (await fixture.StoredStatusAsync(planId)).ShouldBe("Submitted");
    }
}
