using System.Net;
using SalesPlanning.Domain.Common;
using SalesPlanning.IntegrationTests.Support;

namespace SalesPlanning.IntegrationTests.Reviews;

/// <summary>
/// The month-end review API's refusals as RFC 7807 problem details in the caller's language
/// (DESIGN §1, §8): the request's Accept-Language picks zh-CN or en for the rule messages, the
/// validator's and the conflict's alike.
/// </summary>
public class MonthEndEndpointsValidationLanguage(MonthEndAppFixture fixture) : IClassFixture<MonthEndAppFixture>
{
    [Fact]
    public async Task ListsTheSubmitProblemsInTheReadersLanguage()
    {
        var period = Period.Containing(DateOnly.FromDateTime(DateTime.UtcNow)).Next();
        var planId = await fixture.ApprovedPlanAsync(period.ToString());
        var manager = await fixture.MonthEndAsAsync(DemoUsers.ManagerEast);

        using var chinese = await manager.PostAsync(planId, "submit", 0, acceptLanguage: "zh-CN,zh;q=0.9,en;q=0.8");
        using var english = await manager.PostAsync(planId, "submit", 0, acceptLanguage: "en-US");

        var zh = (await TargetsApi.ProblemAsync(chinese, HttpStatusCode.BadRequest)).Errors.ShouldNotBeNull();
        zh[""].ShouldBe([$"{period} 尚未结束：月份结束后才能提交总结。"]);
        zh["WhatWorked"].ShouldBe(["提交前必须填写。"]);
        zh["ControllableCauses"].ShouldBe(["请填写可控因素或不可控因素（或两者）。"]);
        var en = (await TargetsApi.ProblemAsync(english, HttpStatusCode.BadRequest)).Errors.ShouldNotBeNull();
        en[""].ShouldBe([$"{period} has not ended yet: the review can be submitted once the month is over."]);
        en["WhatWorked"].ShouldBe(["Required to submit."]);
        en["ControllableCauses"].ShouldBe(["Write the controllable or the uncontrollable causes (or both)."]);
        en.Keys.ShouldBe(zh.Keys, ignoreOrder: true);
    }

    [Fact]
    public async Task AnswersATooLongFieldInTheReadersLanguage()
    {
        const string period = "2023-12";
        var planId = await fixture.ApprovedPlanAsync(period);
        var manager = await fixture.MonthEndAsAsync(DemoUsers.ManagerEast);
        var narrative = ReviewContent.Written with { Improvements = new string('改', 4_001) };

        using var chinese = await manager.PutAsync(planId, narrative, 0, "zh-CN");
        using var english = await manager.PutAsync(planId, narrative, 0, "en");

        (await TargetsApi.ProblemAsync(chinese, HttpStatusCode.BadRequest)).Errors.ShouldNotBeNull()["Improvements"].ShouldBe(["最多 4000 个字符。"]);
        (await TargetsApi.ProblemAsync(english, HttpStatusCode.BadRequest)).Errors.ShouldNotBeNull()["Improvements"].ShouldBe(["At most 4000 characters."]);
        (await fixture.StoredReviewAsync(planId)).ShouldBeNull();
    }

    [Fact]
    public async Task AnswersAReturnWithoutACommentAndAPlanNotApprovedInChinese()
    {
        var submitted = await fixture.SubmittedReviewAsync("2025-01");
        var notApproved = await fixture.SubmittedPlanAsync("2025-02");
        var director = await fixture.MonthEndAsAsync(DemoUsers.Director);
        var version = (await director.GetAsync(submitted)).Version;

        using var noComment = await director.PostAsync(submitted, "return", version, "", "zh-CN");
        using var read = await director.GetRawAsync(notApproved, "zh-CN");

        (await TargetsApi.ProblemAsync(noComment, HttpStatusCode.BadRequest)).Errors.ShouldNotBeNull()["Comment"].ShouldBe(["必须填写意见。"]);
        (await TargetsApi.ProblemAsync(read, HttpStatusCode.BadRequest)).Messages().ShouldBe(["只有已批准的计划才有月度总结；本月计划尚未批准。"]);
    }

    [Fact]
    public async Task NamesTheReviewInAConflictInTheReadersLanguage()
    {
        var planId = await fixture.ApprovedPlanAsync("2025-03");
        var manager = await fixture.MonthEndAsAsync(DemoUsers.ManagerEast);
        await manager.SaveAsync(planId, ReviewContent.Written);

        // A save from the version read before the first save.
        using var chinese = await manager.PutAsync(planId, ReviewContent.Written, 0, "zh-CN");
        using var english = await manager.PutAsync(planId, ReviewContent.Written, 0, "en");

        (await TargetsApi.ProblemAsync(chinese, HttpStatusCode.Conflict)).Detail.ShouldBe("他人已在您打开后修改了这份月度总结。未覆盖任何数据；请刷新页面后重新操作。");
        (await TargetsApi.ProblemAsync(english, HttpStatusCode.Conflict)).Detail
            .ShouldBe("Someone else changed this month-end review since you opened it. Nothing was overwritten; reload the page and apply your change again.");
    }

    [Fact]
    public async Task AnswersInChineseWhenTheCallerNamesNoLanguage()
    {
        var planId = await fixture.ApprovedPlanAsync("2025-04");
        var manager = await fixture.MonthEndAsAsync(DemoUsers.ManagerEast);

        using var response = await manager.PostAsync(planId, "submit", 0, acceptLanguage: "");

        (await TargetsApi.ProblemAsync(response, HttpStatusCode.BadRequest)).Errors.ShouldNotBeNull()["Improvements"].ShouldBe(["提交前必须填写。"]);
    }
}
