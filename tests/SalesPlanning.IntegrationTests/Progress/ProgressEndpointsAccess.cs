using System.Net;
using Microsoft.EntityFrameworkCore;
using SalesPlanning.IntegrationTests.Support;

namespace SalesPlanning.IntegrationTests.Progress;

/// <summary>
/// Who may do what with weekly progress (DESIGN §8): a rep writes and reads only their own weeks;
/// a manager reads their regions' reps only; a director reads everyone; nobody else writes.
/// </summary>
public class ProgressEndpointsAccess(ProgressAppFixture fixture) : IClassFixture<ProgressAppFixture>
{
    private const string Period = "2030-09";

    [Fact]
    public async Task ARepWritesOnlyTheirOwnWeek()
    {
        var rep01 = await fixture.ApiAsync(DemoUsers.Rep(1));
        var rep02 = await fixture.ApiAsync(DemoUsers.Rep(2));
        using var own = await rep02.PutWeekAsync(Period, 1, ProgressApi.Week(50m, 1, 10m));
        own.StatusCode.ShouldBe(HttpStatusCode.OK);

        // The same week from rep01 is rep01's own entry: rep02's stays as it was.
        using var other = await rep01.PutWeekAsync(Period, 1, ProgressApi.Week(999m, 9, 99m));
        other.StatusCode.ShouldBe(HttpStatusCode.OK);

        await using var db = fixture.CreateDbContext();
        var rep02Id = fixture.Ids.Rep(2);
        (await db.ProgressEntries.SingleAsync(e => e.RepId == rep02Id && e.PeriodKey == 203009)).Figures.SalesAmount.ShouldBe(50m);
    }

    [Theory]
    [InlineData(DemoUsers.ManagerEast)]
    [InlineData(DemoUsers.Director)]
    [InlineData(DemoUsers.Admin)]
    public async Task NobodyButARepWritesProgress(string email)
    {
        var api = await fixture.ApiAsync(email);

        using var response = await api.PutWeekAsync(Period, 2, ProgressApi.Week(1m, 1, 1m));

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task NobodySignedInGets401()
    {
        var api = await fixture.ApiAsync(null);

        using var put = await api.PutWeekAsync(Period, 2, ProgressApi.Week(1m, 1, 1m));
        using var get = await api.GetMonthAsync(Period);

        put.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        get.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("rep01", 1, HttpStatusCode.OK)]
    [InlineData("rep01", 2, HttpStatusCode.Forbidden)]
    [InlineData("rep01", 5, HttpStatusCode.Forbidden)]
    [InlineData("managerEast", 1, HttpStatusCode.OK)]
    [InlineData("managerEast", 4, HttpStatusCode.OK)]
    [InlineData("managerEast", 5, HttpStatusCode.Forbidden)]
    [InlineData("managerEast", 12, HttpStatusCode.Forbidden)]
    [InlineData("director", 5, HttpStatusCode.OK)]
    [InlineData("director", 12, HttpStatusCode.OK)]
    [InlineData("admin", 1, HttpStatusCode.Forbidden)]
    public async Task ReadsARepsMonthAsTheAccessRulesSay(string who, int rep, HttpStatusCode expected)
    {
        var api = await fixture.ApiAsync(Email(who));

        using var response = await api.GetMonthAsync(Period, fixture.Ids.Rep(rep));

        response.StatusCode.ShouldBe(expected, await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("rep01", "rep", "rep01", HttpStatusCode.OK)]
    [InlineData("rep01", "rep", "rep02", HttpStatusCode.Forbidden)]
    [InlineData("rep01", "region", "EAST", HttpStatusCode.Forbidden)]
    [InlineData("managerEast", "region", "EAST", HttpStatusCode.OK)]
    [InlineData("managerEast", "region", "SOUTH", HttpStatusCode.Forbidden)]
    [InlineData("managerEast", "rep", "rep02", HttpStatusCode.OK)]
    [InlineData("managerEast", "rep", "rep05", HttpStatusCode.Forbidden)]
    [InlineData("managerEast", "company", null, HttpStatusCode.Forbidden)]
    [InlineData("director", "company", null, HttpStatusCode.OK)]
    [InlineData("director", "region", "SOUTH", HttpStatusCode.OK)]
    [InlineData("admin", "company", null, HttpStatusCode.Forbidden)]
    public async Task ReadsAchievementAsTheAccessRulesSay(string who, string scope, string? id, HttpStatusCode expected)
    {
        var api = await fixture.ApiAsync(Email(who));
        Guid? scopeId = id switch
        {
            null => null,
            "EAST" or "SOUTH" => fixture.Ids.Region(id),
            _ => fixture.Ids.Rep(int.Parse(id[3..], System.Globalization.CultureInfo.InvariantCulture)),
        };

        using var response = await api.GetAchievementAsync(Period, scope, scopeId);

        response.StatusCode.ShouldBe(expected, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AchievementAnswersTargetActualAchievementTimeProgressAndPacePerMetric()
    {
        var director = await fixture.ApiAsync(DemoUsers.Director);

        using var response = await director.GetAchievementAsync(Period, "company");

        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, text);
        foreach (var name in new[] { "metrics", "target", "actual", "achievement", "timeProgress", "onPace", "SalesAmount", "SalesVolume", "Collections" })
        {
            text.ShouldContain($"{name}", Case.Sensitive);
        }
    }

    private static string Email(string who) => who switch
    {
        "managerEast" => DemoUsers.ManagerEast,
        "director" => DemoUsers.Director,
        "admin" => DemoUsers.Admin,
        _ => DemoUsers.Rep(int.Parse(who[3..], System.Globalization.CultureInfo.InvariantCulture)),
    };
}
