using System.Net;
using System.Net.Http.Json;
using System.Text;
using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Targets;
using SalesPlanning.IntegrationTests.Support;

namespace SalesPlanning.IntegrationTests.Plans;

/// <summary>
/// Saving a section over HTTP (DESIGN §4, §8): bad input is refused with each failing field named
/// and a message in the caller's language, nothing is saved, and no input gives a 500; two saves from
/// the same version: the second gets 409 and the first stays.
/// </summary>
public class PlanSectionSave(PlansAppFixture fixture) : IClassFixture<PlansAppFixture>
{
    private const string Period = "2031-03";

    [Fact]
    public async Task RefusesNarrativeTextOverFourThousandCharactersInEitherLanguage()
    {
        var (api, plan) = await DraftAsync();
        var content = new { highlights = new string('x', 4001), problems = "ok", lessons = "ok" };

        using var en = await api.PutSectionAsync(plan.PlanId!.Value, "Review", plan.Section("Review").Version, content);
        using var zh = await api.PutSectionAsync(plan.PlanId!.Value, "Review", plan.Section("Review").Version, content, "zh-CN");

        (await TargetsApi.ProblemAsync(en, HttpStatusCode.BadRequest)).Errors.ShouldNotBeNull()["Review.Highlights"].ShouldBe(["At most 4000 characters."]);
        (await TargetsApi.ProblemAsync(zh, HttpStatusCode.BadRequest)).Errors.ShouldNotBeNull()["Review.Highlights"].ShouldBe(["最多 4000 个字符。"]);
        (await api.OpenAsync(fixture.Ids.East, Period)).Section("Review").Version.ShouldBe(plan.Section("Review").Version);
    }

    [Fact]
    public async Task AcceptsNarrativeTextOfExactlyFourThousandCharacters()
    {
        var (api, plan) = await DraftAsync();
        var text = new string('字', 4000);

        using var response = await api.PutSectionAsync(plan.PlanId!.Value, "Targets", plan.Section("Targets").Version, new { basis = text });

        await api.OkAsync<VersionResponse>(response);
        (await api.OpenAsync(fixture.Ids.East, Period)).Section("Targets").Content.GetProperty("basis").GetString().ShouldBe(text);
    }

    [Fact]
    public async Task RefusesAnActivityDateOutsideThePeriodNamingTheField()
    {
        var (api, plan) = await DraftAsync();
        var first = Domain.Common.Period.Parse(Period).FirstDay;
        var content = new
        {
            items = new[]
            {
                new { theme = "Launch", type = "Event", start = first.AddDays(-1), end = first.AddDays(2), place = "", participants = "", expectedResult = "", owner = "Li" },
            },
        };

        using var response = await api.PutSectionAsync(plan.PlanId!.Value, "Activities", plan.Section("Activities").Version, content);

        var errors = (await TargetsApi.ProblemAsync(response, HttpStatusCode.BadRequest)).Errors.ShouldNotBeNull();
        errors.Keys.ShouldBe(["Activities.Items[0].Start"]);
        errors["Activities.Items[0].Start"].ShouldBe([$"The date must lie in {Period}."]);
        (await api.OpenAsync(fixture.Ids.East, Period)).Section("Activities").Version.ShouldBe(0u);
    }

    [Fact]
    public async Task ListsEveryBrokenRuleOfASectionAtOnce()
    {
        var (api, plan) = await DraftAsync();
        var content = new { items = new[] { new { category = "Market", description = "", likelihood = 9, impact = 0, response = "x" } } };

        using var response = await api.PutSectionAsync(plan.PlanId!.Value, "Risks", 0, content);

        var errors = (await TargetsApi.ProblemAsync(response, HttpStatusCode.BadRequest)).Errors.ShouldNotBeNull();
        errors["Risks.Items[0].Description"].ShouldBe(["This field is required."]);
        errors["Risks.Items[0].Likelihood"].ShouldBe(["Must be between 1 and 5."]);
        errors["Risks.Items[0].Impact"].ShouldBe(["Must be between 1 and 5."]);
    }

    [Theory]
    [InlineData("""{"version":0,"content":{"items":"not a list"}}""")]
    [InlineData("""{"version":0,"content":{}}""")]
    [InlineData("""{"version":0,"content":{"items":[{"group":"NoSuchGroup","action":"a","owner":"o","due":null}]}}""")]
    [InlineData("""{"version":0,"content":{"items":[{"group":"MarketExpansion","action":null,"owner":"o","due":null}]}}""")]
    [InlineData("""{"version":0,"content":{"items":[null]}}""")]
    [InlineData("""{"version":0,"content":{"items":[{"group":"MarketExpansion","owner":"o","due":null}]}}""")]
    [InlineData("""{"version":0,"content":"text"}""")]
    [InlineData("""{"version":0}""")]
    public async Task RefusesUnreadableContentWithAProblemNotAServerError(string body)
    {
        var (api, plan) = await DraftAsync();
        using var content = new StringContent(body, Encoding.UTF8, "application/json");

        using var response = await api.SendAsync(HttpMethod.Put, $"/{plan.PlanId}/sections/Strategies", content);

        var problem = await TargetsApi.ProblemAsync(response, HttpStatusCode.BadRequest);
        // Keyed by the JSON path of what could not be read (issue 16): "$.content", "$.content.items[0].group", …
        problem.Errors.ShouldNotBeNull().Keys.ShouldHaveSingleItem().ShouldStartWith("$.content");
        (await api.OpenAsync(fixture.Ids.East, Period)).Section("Strategies").Version.ShouldBe(0u);
    }

    [Theory]
    [InlineData("NoSuchSection")]
    [InlineData("99")]
    public async Task AnswersNotFoundForAnUnknownSection(string section)
    {
        var (api, plan) = await DraftAsync();
        using var response = await api.PutSectionAsync(plan.PlanId!.Value, section, 0, new { basis = "x" });
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task RefusesTheSecondOfTwoSavesFromTheSameVersion()
    {
        var (api, plan) = await DraftAsync();
        var other = new PlansApi(fixture.App.CreateRawClient(), (await HttpSignIn.LoginAsync(fixture.App.CreateRawClient(), DemoUsers.ManagerEast)).AccessToken, "second session");
        var version = plan.Section("Targets").Version;

        using var first = await api.PutSectionAsync(plan.PlanId!.Value, "Targets", version, new { basis = "First basis" });
        using var second = await other.PutSectionAsync(plan.PlanId!.Value, "Targets", version, new { basis = "Second basis" });

        await api.OkAsync<VersionResponse>(first);
        (await TargetsApi.ProblemAsync(second, HttpStatusCode.Conflict)).Detail.ShouldNotBeNull().ShouldContain("changed");
        (await api.OpenAsync(fixture.Ids.East, Period)).Section("Targets").Content.GetProperty("basis").GetString().ShouldBe("First basis");
    }

    [Fact]
    public async Task RefusesConcurrentSavesOfTheSameVersionExceptOne()
    {
        var (api, plan) = await DraftAsync();
        var version = plan.Section("Resources").Version;
        var saves = Enumerable.Range(1, 4).Select(async i =>
        {
            var content = new { items = new[] { new { kind = "Technical", description = $"Engineer {i}", budget = 1000m * i, neededBy = (DateOnly?)null, coordinator = "" } } };
            using var response = await api.PutSectionAsync(plan.PlanId!.Value, "Resources", version, content);
            return response.StatusCode;
        });

        var statuses = await Task.WhenAll(saves);

        statuses.Count(s => s == HttpStatusCode.OK).ShouldBe(1, string.Join(", ", statuses));
        statuses.Count(s => s == HttpStatusCode.Conflict).ShouldBe(3, string.Join(", ", statuses));
    }

    [Fact]
    public async Task RefusesChangesToASubmittedPlanAndDirectorsEdits()
    {
        const string period = "2031-07";
        var planId = await fixture.SubmittedPlanAsync(period);
        var manager = await fixture.PlansAsAsync(DemoUsers.ManagerEast);
        var director = await fixture.PlansAsAsync(DemoUsers.Director);
        var plan = await manager.StartAsync(fixture.Ids.East, period);

        using var byManager = await manager.PutSectionAsync(planId, "Targets", plan.Section("Targets").Version, new { basis = "Changed" });
        using var byDirector = await director.PutSectionAsync(planId, "Targets", plan.Section("Targets").Version, new { basis = "Changed" });

        (await TargetsApi.ProblemAsync(byManager, HttpStatusCode.BadRequest)).Errors.ShouldNotBeNull()["Targets"]
            .ShouldBe(["The plan cannot be changed in its current status."]);
        byDirector.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await manager.OpenAsync(fixture.Ids.East, period)).Section("Targets").Content.GetProperty("basis").GetString().ShouldBe(PlanContent.Basis);
    }

    [Fact]
    public async Task ListsEverySubmissionRuleInTheCallersLanguage()
    {
        const string period = "2031-09";
        var manager = await fixture.PlansAsAsync(DemoUsers.ManagerEast);
        var plan = await manager.StartAsync(fixture.Ids.East, period);

        using var en = await manager.PostAsync(plan.PlanId!.Value, "submit", plan.Version);
        using var zh = await manager.PostAsync(plan.PlanId!.Value, "submit", plan.Version, acceptLanguage: "zh-CN");

        var errors = (await TargetsApi.ProblemAsync(en, HttpStatusCode.BadRequest)).Errors.ShouldNotBeNull();
        errors["Review.Highlights"].ShouldBe(["Highlights is not written yet."]);
        errors["Targets.SalesAmount"].ShouldBe(["Sales amount: the region has no target yet."]);
        errors["Tracking.Kpis"].ShouldBe(["KPI weights add up to 0%; they must add up to 100%."]);
        errors["Forecast.SalesVolume"].Single().ShouldStartWith("Sales volume: weeks 1, 2");
        var chinese = (await TargetsApi.ProblemAsync(zh, HttpStatusCode.BadRequest)).Errors.ShouldNotBeNull();
        chinese["Targets.SalesAmount"].ShouldBe(["销售额：本区域尚未设定目标。"]);
        chinese["Review.Highlights"].Single().ShouldEndWith("尚未填写。");
        (await fixture.StoredStatusAsync(plan.PlanId!.Value)).ShouldBe("Draft");

        var opened = await manager.StartAsync(fixture.Ids.East, period);
        opened.CanSubmit.ShouldBeFalse();
        opened.Problems.ShouldContain(p => p.Code == "TargetMissing" && p.Message == "Collections: the region has no target yet.");
    }

    [Fact]
    public async Task RefusesAReturnWithoutAComment()
    {
        const string period = "2031-11";
        var planId = await fixture.SubmittedPlanAsync(period);
        var director = await fixture.PlansAsAsync(DemoUsers.Director);
        var plan = await director.OpenAsync(fixture.Ids.East, period);

        using var response = await director.PostAsync(planId, "return", plan.Version, "   ");

        (await TargetsApi.ProblemAsync(response, HttpStatusCode.BadRequest)).Messages().ShouldBe(["This field is required."]);
        (await fixture.StoredStatusAsync(planId)).ShouldBe("Submitted");
    }

    private async Task<(PlansApi Api, PlanResponse Plan)> DraftAsync()
    {
        var api = await fixture.PlansAsAsync(DemoUsers.ManagerEast);
        return (api, await api.StartAsync(fixture.Ids.East, Period));
    }
}
