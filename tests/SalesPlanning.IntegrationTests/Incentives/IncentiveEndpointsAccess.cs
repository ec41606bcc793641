using System.Net;
using SalesPlanning.IntegrationTests.Support;

namespace SalesPlanning.IntegrationTests.Incentives;

/// <summary>
/// Who reads what of incentive pay (DESIGN §8, issue 14) through /api/v1/incentives: directors every statement and the
/// pool, managers their regions' reps, reps their own, admins and nobody signed in nothing; writes are directors' only.
/// </summary>
public class IncentiveEndpointsAccess(IncentiveAppFixture fixture) : IClassFixture<IncentiveAppFixture>
{
    private static string LastMonth => IncentiveAppFixture.LastMonth.ToString();

    private static string ThisMonth => IncentiveAppFixture.ThisMonth.ToString();

    [Fact]
    public async Task ShowsADirectorEveryStatementOfTheApprovedRunAndThePoolThatReconciles()
    {
        var api = await fixture.AsAsync(DemoUsers.Director);

        var run = await api.ReadAsync<RunResponse>($"incentives/runs/{LastMonth}");

        run.Status.ShouldBe("Approved");
        run.Approval.ShouldNotBeNull().ApprovedBy.ShouldNotBeEmpty();
        run.Statements.Count.ShouldBe(13);
        run.Statements[0].Statement.Grade.ShouldBe("Head");
        foreach (var statement in run.Statements.Select(s => s.Statement))
        {
            statement.Lines.Sum(l => l.Amount).ShouldBe(statement.Payable);
        }

        var pool = run.Pool.ShouldNotBeNull();
        if (pool.Met)
        {
            (pool.HeadPart + pool.RepsPart + pool.NonSalesPart + pool.QuarterReserve).ShouldBe(pool.Pool);
            (pool.HeadPaid + pool.RepsPaid + pool.NonSalesPaid + pool.QuarterReserve + pool.Fund).ShouldBe(pool.Pool);
            run.Statements.Sum(s => s.Statement.Lines.Where(l => l.Kind == "PoolShare").Sum(l => l.Amount)).ShouldBe(pool.HeadPaid + pool.RepsPaid + pool.NonSalesPaid);
        }
    }

    [Theory]
    [InlineData(DemoUsers.ManagerEast, "rep01@demo.local,rep02@demo.local,rep03@demo.local,rep04@demo.local")]
    [InlineData(DemoUsers.ManagerNorth, "rep09@demo.local,rep10@demo.local,rep11@demo.local,rep12@demo.local")]
    [InlineData("rep06@demo.local", "rep06@demo.local")]
    public async Task ShowsAManagerTheirRegionsRepsAndARepTheirOwnWithoutThePool(string user, string expected)
    {
        var api = await fixture.AsAsync(user);
        var ids = new List<Guid>();
        foreach (var email in expected.Split(','))
        {
            ids.Add(await fixture.UserIdAsync(email));
        }

        foreach (var period in new[] { LastMonth, ThisMonth })
        {
            var run = await api.ReadAsync<RunResponse>($"incentives/runs/{period}");

            run.Statements.Select(s => s.Statement.PersonId).ShouldBe(ids, ignoreOrder: true);
            run.Pool.ShouldBeNull();
            run.CanApprove.ShouldBeFalse();
        }
    }

    [Theory]
    [InlineData(DemoUsers.Admin, "GET", "incentives/runs/{0}", HttpStatusCode.Forbidden)]
    [InlineData(DemoUsers.Admin, "GET", "incentives/runs/{0}/export.xlsx", HttpStatusCode.Forbidden)]
    [InlineData(DemoUsers.Admin, "GET", "incentives/grades/{0}", HttpStatusCode.Forbidden)]
    [InlineData(DemoUsers.ManagerEast, "GET", "incentives/grades/{0}", HttpStatusCode.Forbidden)]
    [InlineData(DemoUsers.ManagerEast, "POST", "incentives/runs/{0}/approve", HttpStatusCode.Forbidden)]
    [InlineData("rep01@demo.local", "POST", "incentives/runs/{0}/approve", HttpStatusCode.Forbidden)]
    [InlineData("rep01@demo.local", "POST", "incentives/runs/{1}/reopen", HttpStatusCode.Forbidden)]
    [InlineData(DemoUsers.ManagerEast, "POST", "incentives/plan", HttpStatusCode.Forbidden)]
    [InlineData(null, "GET", "incentives/runs/{0}", HttpStatusCode.Unauthorized)]
    [InlineData(null, "GET", "incentives/plan/{0}", HttpStatusCode.Unauthorized)]
    [InlineData("rep01@demo.local", "GET", "incentives/plan/{0}", HttpStatusCode.OK)]
    public async Task RefusesWhatTheRoleMayNotDo(string? user, string method, string path, HttpStatusCode expected)
    {
        var api = user is null ? fixture.Anonymous : await fixture.AsAsync(user);
        var body = path.EndsWith("reopen", StringComparison.Ordinal) ? new { reason = "test" }
            : path.EndsWith("plan", StringComparison.Ordinal) ? (object)new { effectiveFrom = ThisMonth, terms = (object?)null, number = 1 } : null;
        var runsBefore = await fixture.ScalarAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.IncentiveRuns));

        using var response = await api.SendAsync(new HttpMethod(method), string.Format(System.Globalization.CultureInfo.InvariantCulture, path, ThisMonth, LastMonth), body);

        response.StatusCode.ShouldBe(expected, await response.Content.ReadAsStringAsync());
        (await fixture.ScalarAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.IncentiveRuns))).ShouldBe(runsBefore);
    }

    [Theory]
    [InlineData(DemoUsers.ManagerEast, "rep02@demo.local", HttpStatusCode.OK)]
    [InlineData(DemoUsers.ManagerEast, "rep06@demo.local", HttpStatusCode.Forbidden)]
    [InlineData("rep01@demo.local", "rep01@demo.local", HttpStatusCode.OK)]
    [InlineData("rep01@demo.local", "rep02@demo.local", HttpStatusCode.Forbidden)]
    [InlineData(DemoUsers.Director, "rep12@demo.local", HttpStatusCode.OK)]
    public async Task ShowsAPersonsApprovedMonthsAndWhatIfToWhoMayReadThem(string user, string person, HttpStatusCode expected)
    {
        var api = await fixture.AsAsync(user);
        var id = await fixture.UserIdAsync(person);

        using var history = await api.GetAsync($"incentives/people/{id}/{IncentiveAppFixture.LastMonth.Year}");
        using var whatIf = await api.GetAsync($"incentives/runs/{ThisMonth}/what-if?amount=1000&personId={id}");

        history.StatusCode.ShouldBe(expected, await history.Content.ReadAsStringAsync());
        whatIf.StatusCode.ShouldBe(expected, await whatIf.Content.ReadAsStringAsync());
        if (expected == HttpStatusCode.OK)
        {
            var months = await api.OkAsync<HistoryResponse>(history);
            months.Months.Select(m => m.Period).ShouldBe([LastMonth]);
        }
    }

    [Fact]
    public async Task TellsARepWhatMoreCollectionsWouldEarnByTheSameRules()
    {
        var api = await fixture.AsAsync("rep01@demo.local");

        var whatIf = await api.ReadAsync<WhatIfResponse>($"incentives/runs/{ThisMonth}/what-if?amount=10000");

        var rate = whatIf.RateNow.ShouldNotBeNull();
        whatIf.MoreEarned.ShouldBe(decimal.Round(10_000m * rate / 100m, 2, MidpointRounding.AwayFromZero));
        whatIf.MoreHeld.ShouldBe(whatIf.MoreEarned - whatIf.MorePayable);
        // 10 % of it held until December; a December run releases it at once.
        var held = decimal.Round(whatIf.MoreEarned / 10m, 2, MidpointRounding.AwayFromZero);
        whatIf.MorePayable.ShouldBe(IncentiveAppFixture.ThisMonth.Month == 12 ? whatIf.MoreEarned : whatIf.MoreEarned - held);
    }

    [Theory]
    [InlineData("-1", "en", "Enter an amount from 0 to")]
    [InlineData("0.001", "zh-CN", "请输入 0 至")]
    public async Task RefusesAWhatIfAmountThatIsNotMoney(string amount, string language, string message)
    {
        var api = await fixture.AsAsync("rep01@demo.local");

        using var response = await api.SendAsync(HttpMethod.Get, $"incentives/runs/{ThisMonth}/what-if?amount={amount}", acceptLanguage: language);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain(message);
    }

    [Theory]
    [InlineData("en", "Payable")]
    [InlineData("zh-CN", "应发金额")]
    public async Task ExportsTheRunForPayrollAsCsvAndExcelInTheCallersLanguage(string language, string header)
    {
        var api = await fixture.AsAsync(DemoUsers.Director);

        using var csv = await api.SendAsync(HttpMethod.Get, $"incentives/runs/{LastMonth}/export.csv", acceptLanguage: language);
        using var xlsx = await api.SendAsync(HttpMethod.Get, $"incentives/runs/{ThisMonth}/export.xlsx", acceptLanguage: language);

        csv.StatusCode.ShouldBe(HttpStatusCode.OK);
        csv.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe($"incentives-{LastMonth}.csv");
        var lines = (await csv.Content.ReadAsStringAsync()).TrimEnd().Split('\n');
        lines[0].ShouldContain(header);
        lines.Length.ShouldBe(1 + 13);
        xlsx.StatusCode.ShouldBe(HttpStatusCode.OK);
        xlsx.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        xlsx.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe($"incentives-{ThisMonth}-draft.xlsx");
    }
}
