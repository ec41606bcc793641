using System.Net;
using System.Text.Json;
using SalesPlanning.IntegrationTests.Hardening;
using SalesPlanning.IntegrationTests.Support;

namespace SalesPlanning.IntegrationTests.Targets;

/// <summary>
/// Issue 16, item 12: seed 003's seasonal scheme — 36,000,000.00 a year, 2.8 million a month April–September
/// and 3.2 million October–March — entered as weights (or as the months' amounts) spreads to the cent, which
/// two-decimal percentages cannot (they give 3,193,200.00 for December). Bad weights are refused at the field,
/// in the caller's language, and nothing is stored.
/// </summary>
public class AnnualTargetByWeightsApply(HardeningAppFixture fixture) : IClassFixture<HardeningAppFixture>
{
    private static readonly decimal[] Seasonal = [3.2m, 3.2m, 3.2m, 2.8m, 2.8m, 2.8m, 2.8m, 2.8m, 2.8m, 3.2m, 3.2m, 3.2m];

    [Theory]
    [InlineData(2041, 1)]
    [InlineData(2042, 1_000_000)]
    public async Task SpreadsTheSeedsSeasonalSchemeExactlyAndStoresIt(int year, int scale)
    {
        var weights = Seasonal.Select(w => w * scale).ToArray();

        using var response = await fixture.SendAsync(DemoUsers.Director, HttpMethod.Put, $"annual-targets/{year}/SalesAmount",
            HardeningAppFixture.Json(new { amount = 36_000_000.00m, weights }));

        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, text);
        var months = JsonSerializer.Deserialize<Dictionary<string, decimal>>(text)!;
        months[$"{year}-12"].ShouldBe(3_200_000.00m);
        months[$"{year}-04"].ShouldBe(2_800_000.00m);
        months.Values.Sum().ShouldBe(36_000_000.00m);
        var stored = await fixture.ScalarAsync<decimal>(
            "SELECT amount FROM targets WHERE scope_kind = 'Company' AND metric = 'SalesAmount' AND period_key = @p0", (year * 100) + 12);
        stored.ShouldBe(3_200_000.00m);
    }

    [Theory]
    [InlineData("""{"amount":1000,"weights":[1,1,1]}""", "Weights", "en", "Twelve weights, each zero or more with at most two decimals, not all zero.")]
    [InlineData("""{"amount":1000,"weights":[0,0,0,0,0,0,0,0,0,0,0,0]}""", "Weights", "zh-CN", "需要 12 个月的权重，每个不小于 0、最多两位小数，且不能全为 0。")]
    [InlineData("""{"amount":1000,"weights":[1.005,1,1,1,1,1,1,1,1,1,1,1]}""", "Weights", "en", "Twelve weights, each zero or more with at most two decimals, not all zero.")]
    [InlineData("""{"amount":1000,"weights":[-1,1,1,1,1,1,1,1,1,1,1,1]}""", "Weights", "en", "Twelve weights, each zero or more with at most two decimals, not all zero.")]
    [InlineData("""{"amount":1000,"percentages":[10,10,10,10,10,10,10,10,10,10,0,0],"weights":[1,1,1,1,1,1,1,1,1,1,1,1]}""", "Percentages", "en", "Give percentages or weights, not both.")]
    public async Task RefusesWeightsThatCannotSpreadAYear(string body, string field, string language, string message)
    {
        var before = await fixture.ScalarAsync<long>("SELECT count(*) FROM targets");

        using var response = await fixture.SendAsync(DemoUsers.Director, HttpMethod.Put, "annual-targets/2043/SalesAmount", HardeningAppFixture.RawJson(body), language);

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Errors(field).ShouldBe([message]);
        (await fixture.ScalarAsync<long>("SELECT count(*) FROM targets")).ShouldBe(before);
    }
}
