using System.Net;
using System.Net.Http.Json;
using SalesPlanning.IntegrationTests.Support;

namespace SalesPlanning.IntegrationTests.Notifications;

/// <summary>
/// Issue 15: each step of a plan tells exactly the right people, in the same transaction as the step —
/// a notification per recipient with its link and values, and a mail in the outbox for those who want it,
/// written in the recipient's language. A refused or rolled-back step tells nobody.
/// </summary>
public class PlanStepsNotify(PlansAppFixture fixture) : IClassFixture<PlansAppFixture>
{
    [Fact]
    public async Task TellsTheDirectorsOfASubmissionAndTheManagerOfAReturnAndAnApproval()
    {
        const string period = "2033-01";
        var link = $"plans/{fixture.Ids.East}/{period}";
        await fixture.ExecuteSqlAsync("UPDATE users SET preferred_culture = 'en' WHERE email = @p0", DemoUsers.ManagerEast);
        // The manager wants approvals in the app only.
        var manager = await fixture.TokenAsync(DemoUsers.ManagerEast);
        using var client = fixture.App.CreateRawClient();
        using (var saved = await client.SendAsync(Put("api/v1/notifications/preferences", manager,
            new { choices = new[] { new { kind = "PlanApproved", email = false } } })))
        {
            saved.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        await fixture.SubmittedPlanAsync(period);
        (await SentAsync(link)).ShouldBe([(DemoUsers.Director, "PlanSubmitted", null, DemoUsers.Director, "zh-CN")]);

        var director = await fixture.PlansAsAsync(DemoUsers.Director);
        await director.StepAsync(fixture.Ids.East, period, "return", "  Add the dealer plan.  ");
        (await SentAsync(link)).Skip(1).ShouldBe([(DemoUsers.ManagerEast, "PlanReturned", "Add the dealer plan.", DemoUsers.ManagerEast, "en")]);

        await (await fixture.PlansAsAsync(DemoUsers.ManagerEast)).StepAsync(fixture.Ids.East, period, "submit");
        await director.StepAsync(fixture.Ids.East, period, "approve", "Good.");
        (await SentAsync(link)).Skip(2).ShouldBe(
        [
            (DemoUsers.Director, "PlanSubmitted", null, DemoUsers.Director, "zh-CN"),
            (DemoUsers.ManagerEast, "PlanApproved", "Good.", null, null),
        ]);
        var values = (await fixture.QuerySqlAsync(
            "SELECT values->>'region', values->>'period', values->>'actor' FROM notifications WHERE link = @p0 AND kind = 'PlanApproved'",
            r => (r.GetString(0), r.GetString(1), r.GetString(2)), link)).Single();
        values.ShouldBe(("华东区 East", period, "王志远 Wang Zhiyuan"));
    }

    [Fact]
    public async Task TellsNobodyOfARefusedStepOrOfOneRolledBackAtCommit()
    {
        const string period = "2033-04";
        var link = $"plans/{fixture.Ids.East}/{period}";
        var planId = await fixture.SubmittedPlanAsync(period);
        var before = (await SentAsync(link)).Count;
        var director = await fixture.PlansAsAsync(DemoUsers.Director);

        // A step the plan's status does not allow.
        using (var refused = await (await fixture.PlansAsAsync(DemoUsers.ManagerEast)).PostAsync(planId, "submit",
            (await director.OpenAsync(fixture.Ids.East, period)).Version))
        {
            refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        }

        // An approval whose last row cannot be stored: the whole step rolls back.
        await fixture.ExecuteSqlAsync(
            $$"""
            CREATE FUNCTION refuse_approval_audit() RETURNS trigger LANGUAGE plpgsql AS $f$
            BEGIN
                IF NEW.action = 'Approved' AND NEW.entity_key = '{{period}}/EAST' THEN
                    RAISE EXCEPTION 'audit store refused the row';
                END IF;
                RETURN NEW;
            END $f$;
            CREATE TRIGGER refuse_approval_audit BEFORE INSERT ON audit_entries FOR EACH ROW EXECUTE FUNCTION refuse_approval_audit();
            """);
        try
        {
            var plan = await director.OpenAsync(fixture.Ids.East, period);
            using var failed = await director.PostAsync(planId, "approve", plan.Version, "Fine.");
            failed.StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        }
        finally
        {
            await fixture.ExecuteSqlAsync("DROP TRIGGER refuse_approval_audit ON audit_entries; DROP FUNCTION refuse_approval_audit();");
        }

        (await SentAsync(link)).Count.ShouldBe(before);
        (await fixture.StoredStatusAsync(planId)).ShouldBe("Submitted");
    }

    [Fact]
    public async Task RefusesPreferencesOfAKindTheRoleNeverReceivesAndSavesNothing()
    {
        var rep = await fixture.TokenAsync(DemoUsers.Rep(2));
        using var client = fixture.App.CreateRawClient();
        using var response = await client.SendAsync(Put("api/v1/notifications/preferences", rep,
            new { choices = new[] { new { kind = "WeekNotEntered", email = false }, new { kind = "PlanSubmitted", email = false } } }));

        var problem = await TargetsApi.ProblemAsync(response, HttpStatusCode.BadRequest);
        problem.Errors.ShouldNotBeNull()["Choices[1].Kind"].ShouldBe(["Your role does not receive this notification."]);
        (await fixture.QuerySqlAsync("SELECT count(*) FROM notification_preferences WHERE user_id = @p0", r => r.GetInt64(0),
            fixture.Ids.Rep(2))).Single().ShouldBe(0);
    }

    private static HttpRequestMessage Put(string path, string token, object body) => new(HttpMethod.Put, path)
    {
        Headers = { Authorization = new("Bearer", token), AcceptLanguage = { new("en") } },
        Content = JsonContent.Create(body),
    };

    // Who was told what about the link, oldest first: (recipient, kind, comment, mail to, mail language).
    private Task<List<(string Email, string Kind, string? Comment, string? MailTo, string? Culture)>> SentAsync(string link) =>
        fixture.QuerySqlAsync(
            """
            SELECT u.email, n.kind, n.values->>'comment', o.to_address, o.culture
            FROM notifications n JOIN users u ON u.id = n.user_id LEFT JOIN outbox_mails o ON o.notification_id = n.id
            WHERE n.link = @p0 ORDER BY n.created_at, n.id
            """,
            r => (r.GetString(0), r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3),
                r.IsDBNull(4) ? null : r.GetString(4)),
            link);
}
