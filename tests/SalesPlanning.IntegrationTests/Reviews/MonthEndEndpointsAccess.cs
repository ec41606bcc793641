using System.Globalization;
using System.Net;
using SalesPlanning.IntegrationTests.Support;

namespace SalesPlanning.IntegrationTests.Reviews;

/// <summary>
/// Who may read and move EAST's month-end review over HTTP (DESIGN §7, §8): each step by each role,
/// each on a plan of its own past month. Only EAST's manager writes and submits; only a director
/// returns or signs off (a manager cannot sign off); EAST's review is none of SOUTH's manager's
/// business; reps and admins neither read nor write; nobody signed in gets 401. A refused step
/// changes nothing and writes no audit row.
/// </summary>
public class MonthEndEndpointsAccess(MonthEndAppFixture fixture) : IClassFixture<MonthEndAppFixture>
{
    private const string Anonymous = "anonymous";
    private static int _nextMonth;

    public static TheoryData<string, string, int> Matrix()
    {
        var expected = new Dictionary<string, (int ManagerEast, int ManagerSouth, int Rep, int Admin, int Director)>
        {
            ["save"] = (200, 403, 403, 403, 403),
            ["submit"] = (200, 403, 403, 403, 403),
            ["return"] = (403, 403, 403, 403, 200),
            ["sign-off"] = (403, 403, 403, 403, 200),
        };
        var data = new TheoryData<string, string, int>();
        foreach (var (step, e) in expected)
        {
            data.Add(DemoUsers.ManagerEast, step, e.ManagerEast);
            data.Add(DemoUsers.ManagerSouth, step, e.ManagerSouth);
            data.Add(DemoUsers.Rep(1), step, e.Rep);
            data.Add(DemoUsers.Admin, step, e.Admin);
            data.Add(DemoUsers.Director, step, e.Director);
            data.Add(Anonymous, step, 401);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task AnswersEachRoleAsTheWorkflowSays(string user, string step, int expected)
    {
        var period = NextPeriod();
        var planId = step switch
        {
            "save" => await fixture.ApprovedPlanAsync(period),
            "submit" => await fixture.WrittenReviewAsync(period),
            _ => await fixture.SubmittedReviewAsync(period),
        };
        var before = await fixture.StoredReviewAsync(planId);
        var auditBefore = await fixture.MonthAuditAsync(period);
        var version = (await (await fixture.MonthEndAsAsync(DemoUsers.Director)).GetAsync(planId)).Version;
        var api = user == Anonymous ? fixture.MonthEndAnonymous : await fixture.MonthEndAsAsync(user);

        using var response = step == "save"
            ? await api.PutAsync(planId, ReviewContent.Written, version)
            : await api.PostAsync(planId, step, version, "Add the collections plan for key account A.");

        ((int)response.StatusCode).ShouldBe(expected, $"{user}: {step} answered {await response.Content.ReadAsStringAsync()}");
        var after = await fixture.StoredReviewAsync(planId);
        var audit = await fixture.MonthAuditAsync(period);
        var planStatus = await fixture.StoredStatusAsync(planId);
        if (expected == 200)
        {
            after.ShouldNotBeNull().Status.ShouldBe(step switch { "save" => "Draft", "submit" => "Submitted", "return" => "Returned", _ => "SignedOff" });
            var added = audit.Skip(auditBefore.Count).ToList();
            added.First().Action.ShouldBe(step switch { "save" => "NarrativeSaved", "submit" => "Submitted", "return" => "Returned", _ => "SignedOff" });
            added.ShouldAllBe(a => a.UserId == fixture.Ids.User(user));
            added.Count.ShouldBe(step == "sign-off" ? 2 : 1);
            planStatus.ShouldBe(step == "sign-off" ? "Closed" : "Approved");
        }
        else
        {
            after.ShouldBe(before);
            audit.Count.ShouldBe(auditBefore.Count);
            planStatus.ShouldBe("Approved");
        }
    }

    [Theory]
    [InlineData(DemoUsers.ManagerEast, 200)]
    [InlineData(DemoUsers.Director, 200)]
    [InlineData(DemoUsers.ManagerSouth, 403)]
    [InlineData("rep01@demo.local", 403)]
    [InlineData(DemoUsers.Admin, 403)]
    [InlineData(Anonymous, 401)]
    public async Task ReadsAReviewOnlyForThoseWhoMayReadThePlan(string user, int expected)
    {
        var period = NextPeriod();
        var planId = await fixture.WrittenReviewAsync(period);
        var api = user == Anonymous ? fixture.MonthEndAnonymous : await fixture.MonthEndAsAsync(user);

        using var response = await api.GetRawAsync(planId);

        var text = await response.Content.ReadAsStringAsync();
        ((int)response.StatusCode).ShouldBe(expected, $"{user}: GET answered {text}");
        if (expected == 200)
        {
            var review = await api.OkAsync<MonthEndResponse>(response);
            review.Narrative.ShouldBe(ReviewContent.Written);
            review.CanEdit.ShouldBe(user == DemoUsers.ManagerEast);
            review.CanSignOff.ShouldBeFalse();
        }
        else
        {
            text.ShouldNotContain(ReviewContent.Written.WhatWorked!);
        }
    }

    [Fact]
    public async Task ShowsTheDirectorTheSignOffOnlyOnceTheReviewIsSubmitted()
    {
        var period = NextPeriod();
        var planId = await fixture.SubmittedReviewAsync(period);

        var director = await (await fixture.MonthEndAsAsync(DemoUsers.Director)).GetAsync(planId);
        var manager = await (await fixture.MonthEndAsAsync(DemoUsers.ManagerEast)).GetAsync(planId);

        director.Status.ShouldBe("Submitted");
        director.CanSignOff.ShouldBeTrue();
        director.CanEdit.ShouldBeFalse();
        manager.CanSignOff.ShouldBeFalse();
        manager.CanEdit.ShouldBeFalse();
    }

    [Fact]
    public async Task AnswersNotFoundForAnUnknownPlan()
    {
        var director = await fixture.MonthEndAsAsync(DemoUsers.Director);
        var manager = await fixture.MonthEndAsAsync(DemoUsers.ManagerEast);
        var unknown = Guid.NewGuid();

        using var read = await director.GetRawAsync(unknown);
        using var save = await manager.PutAsync(unknown, ReviewContent.Written, 0);
        using var signOff = await director.PostAsync(unknown, "sign-off", 0);

        read.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        save.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        signOff.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    // Each test gets EAST's plan of a past month of its own, before the demo history.
    private static string NextPeriod()
    {
        var n = Interlocked.Increment(ref _nextMonth);
        return new DateOnly(2022, 1, 1).AddMonths(n).ToString("yyyy-MM", CultureInfo.InvariantCulture);
    }
}
