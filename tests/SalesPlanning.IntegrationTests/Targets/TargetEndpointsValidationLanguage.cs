using System.Net;
using System.Text.RegularExpressions;
using SalesPlanning.Domain.Targets;
using SalesPlanning.IntegrationTests.Support;

namespace SalesPlanning.IntegrationTests.Targets;

/// <summary>
/// The language of the API's validation messages (DESIGN §1, §8): the request's Accept-Language
/// picks zh-CN or en for FluentValidation's own texts and for the app's rule messages alike.
/// </summary>
public partial class TargetEndpointsValidationLanguage(TargetsAppFixture fixture) : IClassFixture<TargetsAppFixture>
{
    private const string Period = "2027-01";
    private DemoIds Ids => fixture.Ids;

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("zh-CN,zh;q=0.9,en;q=0.8")]
    public async Task AnswersANegativeAllocationInChineseToAChineseReader(string language)
    {
        var messages = await NegativeAllocationMessagesAsync(language);

        // The row's message, in the request's language.
        messages.ShouldBe(["不能为负数。"]);
    }

    [Fact]
    public async Task AnswersANegativeAllocationInEnglishToAnEnglishReader()
    {
        var messages = await NegativeAllocationMessagesAsync("en-US");

        messages.ShouldBe(["Cannot be negative."]);
    }

    [Fact]
    public async Task AnswersANegativeCompanyTargetInChineseToAChineseReader()
    {
        var director = await fixture.AsAsync(DemoUsers.Director);

        using var response = await director.PutCompanyTargetAsync("2027-02", Metric.SalesAmount, -1m, null, acceptLanguage: "zh-CN");

        var problem = await TargetsApi.ProblemAsync(response, HttpStatusCode.BadRequest);
        var message = problem.Errors.ShouldNotBeNull().ShouldHaveSingleItem().Value.ShouldHaveSingleItem();
        Chinese().IsMatch(message).ShouldBeTrue(message);
        (await fixture.TargetsAsync("2027-02", Metric.SalesAmount)).ShouldBeEmpty();
    }

    [Fact]
    public async Task AnswersRuleMessagesInTheReadersLanguageToo()
    {
        var director = await fixture.AsAsync(DemoUsers.Director);
        await director.SetCompanyTargetAsync("2027-03", Metric.SalesVolume, 1_000m);
        var read = await director.BreakdownAsync("2027-03", ScopeKind.Company, null, Metric.SalesVolume, Dimension.Region);
        var amounts = new Dictionary<Guid, decimal> { [Ids.East] = 0.5m };

        using var chinese = await director.PutBreakdownAsync("2027-03", ScopeKind.Company, null, Metric.SalesVolume, Dimension.Region, amounts, read.Version, "zh-CN");
        using var english = await director.PutBreakdownAsync("2027-03", ScopeKind.Company, null, Metric.SalesVolume, Dimension.Region, amounts, read.Version, "en");

        (await TargetsApi.ProblemAsync(chinese, HttpStatusCode.BadRequest)).Errors.ShouldNotBeNull()[Ids.East.ToString()].ShouldBe(["只能为整数。"]);
        (await TargetsApi.ProblemAsync(english, HttpStatusCode.BadRequest)).Errors.ShouldNotBeNull()[Ids.East.ToString()].ShouldBe(["Whole units only."]);
    }

    [Fact]
    public async Task AnswersInChineseWhenTheCallerNamesNoLanguage()
    {
        var messages = await NegativeAllocationMessagesAsync(language: "");

        var message = messages.ShouldHaveSingleItem();
        Chinese().IsMatch(message).ShouldBeTrue(message);
    }

    [Fact]
    public async Task AnswersAMalformedMonthInTheReadersLanguage()
    {
        var director = await fixture.AsAsync(DemoUsers.Director);

        using var chinese = await director.SendAsync(HttpMethod.Get, "2027-13/company", acceptLanguage: "zh-CN");
        using var english = await director.SendAsync(HttpMethod.Get, "2027-13/company", acceptLanguage: "en");

        (await TargetsApi.ProblemAsync(chinese, HttpStatusCode.BadRequest)).Errors.ShouldNotBeNull()["period"].ShouldBe(["月份格式应为 2026-12。"]);
        (await TargetsApi.ProblemAsync(english, HttpStatusCode.BadRequest)).Errors.ShouldNotBeNull()["period"].ShouldBe(["A month looks like 2026-12."]);
    }

    [Theory]
    [InlineData("Region/SalesAmount/breakdowns/Rep")]
    [InlineData("Company/SalesAmount/breakdowns/Rep")]
    public async Task AnswersABreakdownOfNoSuchScopeInChineseToAChineseReader(string path)
    {
        var director = await fixture.AsAsync(DemoUsers.Director);

        // A region breakdown without ?scopeId=, and a company target split by reps.
        using var response = await director.SendAsync(HttpMethod.Put, "2027-04/" + path,
            new { amounts = new Dictionary<Guid, decimal>(), version = 0 }, acceptLanguage: "zh-CN");

        var problem = await TargetsApi.ProblemAsync(response, HttpStatusCode.BadRequest);
        var message = problem.Messages().ShouldHaveSingleItem();
        Chinese().IsMatch(message).ShouldBeTrue(message);
    }

    /// <summary>The messages of a 400 to a Company → Region breakdown with one negative row.</summary>
    private async Task<IReadOnlyList<string>> NegativeAllocationMessagesAsync(string language)
    {
        var director = await fixture.AsAsync(DemoUsers.Director);
        var current = (await director.CompanyAsync(Period)).For(Metric.SalesAmount);
        if (current.TargetId is null)
        {
            await director.SetCompanyTargetAsync(Period, Metric.SalesAmount, TargetPlans.Company);
        }

        var read = await director.BreakdownAsync(Period, ScopeKind.Company, null, Metric.SalesAmount, Dimension.Region);
        using var response = await director.PutBreakdownAsync(Period, ScopeKind.Company, null, Metric.SalesAmount, Dimension.Region,
            new Dictionary<Guid, decimal> { [Ids.East] = -1.00m, [Ids.South] = 1_000.00m }, read.Version, language);

        var problem = await TargetsApi.ProblemAsync(response, HttpStatusCode.BadRequest);
        (await fixture.AllocationsAsync(Period, Metric.SalesAmount, ScopeKind.Company, null, Dimension.Region)).ShouldBeEmpty();
        return problem.Messages();
    }

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Chinese();
}
