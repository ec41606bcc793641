using System.Net;
using System.Text;
using SalesPlanning.IntegrationTests.Support;

namespace SalesPlanning.IntegrationTests.Hardening;

/// <summary>Issue 16, item 10: import previews and reports show their messages in the caller's language, never as keys.</summary>
public class MessagesInTheCallersLanguage(HardeningAppFixture fixture) : IClassFixture<HardeningAppFixture>
{
    /// <summary>An import path (previewing) and a CSV with a problem; the answer may be 200 (a preview) or 400 (refused).</summary>
    public static TheoryData<string, string> BadFiles => new()
    {
        { "regions/import?dryRun=true", "code,name,surprise\nX1,Somewhere,1\n" },
        { "regions/import?dryRun=true", "not,the,header\n" },
        { "products/import?dryRun=true", "code\n" },
        { "users/import?preview=true", "email,name,roles\nbroken@import.test,\"Broken\n" },
        { "history-import/preview", "period,rep,what\n2030-01,x,y\n" },
        { "history-import/preview", "period,rep_email,region_code,product_code,sales_amount,sales_volume,collections\n2030-1,nobody,EAST,AC-100,1,1,1\n" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task ShowsImportProblemsInTheCallersLanguage(string path, string csv)
    {
        foreach (var language in new[] { "en", "zh-CN" })
        {
            using var response = await fixture.SendAsync(DemoUsers.Admin, HttpMethod.Post, path,
                new StringContent(csv, Encoding.UTF8, "text/csv"), language);

            var text = await response.Content.ReadAsStringAsync();
            response.StatusCode.ShouldBeOneOf([HttpStatusCode.OK, HttpStatusCode.BadRequest], text);
            // A key may travel as "code"; a message never is one.
            text.ShouldNotMatch("""(?<!"code"):\s*"(Csv|Progress|People|MasterData)_[A-Za-z]|[\[,]\s*"(Csv|Progress|People|MasterData)_[A-Za-z]""", text);
            Problem.IsChinese(text).ShouldBe(language == "zh-CN", text);
        }
    }

    [Fact]
    public async Task NamesThePlanOrItsSectionInAConflictNotTheTargets()
    {
        var manager = await fixture.PlansAsAsync(DemoUsers.ManagerSouth);
        var plan = await manager.StartAsync(fixture.Ids.South, "2030-11");
        var review = new { highlights = "h", problems = "p", lessons = "l" };
        using (var first = await manager.PutSectionAsync(plan.PlanId!.Value, "Review", 0, review))
        {
            first.StatusCode.ShouldBe(HttpStatusCode.OK, await first.Content.ReadAsStringAsync());
        }

        foreach (var (language, section, planWord) in new[] { ("en", "section", "plan"), ("zh-CN", "部分", "计划") })
        {
            using var stale = await manager.PutSectionAsync(plan.PlanId!.Value, "Review", 0, review, language);
            using var submit = await manager.PostAsync(plan.PlanId!.Value, "submit", plan.Version + 100, acceptLanguage: language);

            var sectionDetail = (await stale.ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("detail").GetString()!;
            var planDetail = (await submit.ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("detail").GetString()!;
            sectionDetail.ShouldContain(section);
            planDetail.ShouldContain(planWord);
            (sectionDetail + planDetail).ShouldNotContain(language == "en" ? "targets" : "目标");
        }
    }
}
