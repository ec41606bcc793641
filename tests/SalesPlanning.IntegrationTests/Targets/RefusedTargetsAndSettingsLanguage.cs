using System.Net;
using System.Text.Json.Nodes;
using SalesPlanning.IntegrationTests.Hardening;
using SalesPlanning.IntegrationTests.Support;

namespace SalesPlanning.IntegrationTests.Targets;

/// <summary>
/// Issue 12, item 1: a distribution, an annual target or the settings refused by a domain rule reach the caller in
/// the caller's language at the refused field (the domain's code, translated), where they used to come as the
/// domain's English sentence at a field guessed from its words (or at none). Nothing is stored.
/// </summary>
public class RefusedTargetsAndSettingsLanguage(HardeningAppFixture fixture) : IClassFixture<HardeningAppFixture>
{
    private static readonly decimal[] Tenths = [10m, 10m, 10m, 10m, 10m, 10m, 10m, 10m, 10m, 10m, 0m, 0m];

    [Theory]
    [InlineData("zh-CN", "名称最多 100 个字符。")]
    [InlineData("en", "A name has at most 100 characters.")]
    public async Task RefusesATooLongDistributionNameAtTheName(string language, string message)
    {
        var before = await fixture.ScalarAsync<long>("SELECT count(*) FROM monthly_distributions");

        using var response = await fixture.SendAsync(DemoUsers.Director, HttpMethod.Put, "distributions",
            HardeningAppFixture.Json(new { name = new string('长', 101), percentages = Tenths }), language);

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Errors("Name").ShouldBe([message]);
        (await fixture.ScalarAsync<long>("SELECT count(*) FROM monthly_distributions")).ShouldBe(before);
    }

    [Fact]
    public async Task RefusesPercentagesWithTooManyDecimalsInChinese()
    {
        decimal[] percentages = [10.005m, 9.995m, 10m, 10m, 10m, 10m, 10m, 10m, 10m, 10m, 0m, 0m];

        using var response = await fixture.SendAsync(DemoUsers.Director, HttpMethod.Put, "distributions",
            HardeningAppFixture.Json(new { name = "三位小数", percentages }), "zh-CN");

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Errors("Percentages").ShouldBe(["最多两位小数。"]);
    }

    [Theory]
    [InlineData("annual-targets/1999/SalesAmount", "Year", "请选择 2000 至 2100 年之间的年份。")]
    [InlineData("annual-targets/2045/7", "Metric", "请选择销售额、销售量或回款额。")]
    public async Task RefusesAnAnnualTargetOfAYearOrMetricThatDoesNotExistAtItsFieldInChinese(string path, string field, string message)
    {
        var before = await fixture.ScalarAsync<long>("SELECT count(*) FROM targets");

        using var response = await fixture.SendAsync(DemoUsers.Director, HttpMethod.Put, path,
            HardeningAppFixture.Json(new { amount = 1_200m, percentages = Tenths }), "zh-CN");

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Errors(field).ShouldBe([message]);
        (await fixture.ScalarAsync<long>("SELECT count(*) FROM targets")).ShouldBe(before);
    }

    [Theory]
    [InlineData("regionRatePercent", "60.001", "RegionRatePercent", "请输入大于 0 且不超过 100 的百分比，最多两位小数。")]
    [InlineData("kpiScoreCapPercent", "120.5", "KpiScoreCapPercent", "请输入 100 到 200 之间的整数百分比。")]
    [InlineData("reviewDeadlineDays", "61", "ReviewDeadlineDays", "请输入 1 到 60 天。")]
    public async Task RefusesASettingAtItsFieldInChinese(string member, string value, string field, string message)
    {
        using var get = await fixture.SendAsync(DemoUsers.Admin, HttpMethod.Get, "settings");
        var settings = JsonNode.Parse(await get.Content.ReadAsStringAsync())!.AsObject();
        var before = settings.DeepClone();
        settings[member] = JsonNode.Parse(value);

        using var response = await fixture.SendAsync(DemoUsers.Admin, HttpMethod.Put, "settings", HardeningAppFixture.RawJson(settings.ToJsonString()), "zh-CN");

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Errors(field).ShouldBe([message]);
        using var after = await fixture.SendAsync(DemoUsers.Admin, HttpMethod.Get, "settings");
        JsonNode.DeepEquals(JsonNode.Parse(await after.Content.ReadAsStringAsync()), before).ShouldBeTrue();
    }
}
