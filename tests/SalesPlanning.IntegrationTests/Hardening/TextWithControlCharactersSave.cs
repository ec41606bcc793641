using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using SalesPlanning.IntegrationTests.Support;

namespace SalesPlanning.IntegrationTests.Hardening;

/// <summary>
/// Issue 16, item 1 (ADR 0007): text with a NUL or another control character, in any field the API
/// stores or searches by, is saved without those characters; it never reaches PostgreSQL, which
/// refused it with a 500.
/// </summary>
public class TextWithControlCharactersSave(HardeningAppFixture fixture) : IClassFixture<HardeningAppFixture>
{
    /// <summary>What a hostile caller sends, and what is stored of it.</summary>
    public static TheoryData<string, string> Texts => new()
    {
        { "[a\u0000b]", "[ab]" },
        { "[\u0000\u0000]", "[]" },
        { "[x\u0001\u0007\u001by]", "[xy]" },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public async Task StoresAWeekNoteWithoutThem(string sent, string stored)
    {
        var rep = fixture.Ids.Rep(5);
        var week = Interlocked.Increment(ref weeks) % 4 + 1;
        using var response = await fixture.SendAsync(DemoUsers.Rep(5), HttpMethod.Put, $"progress/2030-07/weeks/{week}",
            HardeningAppFixture.Json(ProgressApi.Week(10m, 1, 10m, note: "note " + sent)));

        await OkAsync(response);
        (await fixture.ScalarAsync<string>("SELECT note FROM progress_entries WHERE rep_id = @p0 AND period_key = 203007 AND week_number = @p1", rep, week))
            .ShouldBe("note " + stored);
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public async Task StoresAPlanSectionWithoutThem(string sent, string stored)
    {
        var manager = await fixture.PlansAsAsync(DemoUsers.ManagerSouth);
        var plan = await manager.StartAsync(fixture.Ids.South, "2030-08");

        using var response = await manager.PutSectionAsync(plan.PlanId!.Value, "Review", plan.Section("Review").Version,
            new { highlights = "h " + sent, problems = sent + "p", lessons = "l" });

        await OkAsync(response);
        var content = JsonNode.Parse(await fixture.ScalarAsync<string>(
            "SELECT content::text FROM plan_sections WHERE plan_id = @p0 AND section = 'Review'", plan.PlanId!.Value))!;
        content["highlights"]!.GetValue<string>().ShouldBe("h " + stored);
        content["problems"]!.GetValue<string>().ShouldBe(stored + "p");
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public async Task StoresMasterDataSettingsAndDistributionsWithoutThem(string sent, string stored)
    {
        var code = $"N{Interlocked.Increment(ref codes)}";
        using (var region = await fixture.SendAsync(DemoUsers.Admin, HttpMethod.Post, "regions", HardeningAppFixture.Json(new { code, name = "R " + sent })))
        {
            await OkAsync(region);
        }

        (await fixture.ScalarAsync<string>("SELECT name FROM regions WHERE code = @p0", code)).ShouldBe("R " + stored);

        using (var line = await fixture.SendAsync(DemoUsers.Admin, HttpMethod.Post, "product-lines",
            HardeningAppFixture.Json(new { code, nameZh = "线 " + sent, nameEn = "Line " + sent })))
        {
            await OkAsync(line);
        }

        (await fixture.ScalarAsync<string>("SELECT name_en FROM product_lines WHERE code = @p0", code)).ShouldBe("Line " + stored);

        using var get = await fixture.SendAsync(DemoUsers.Admin, HttpMethod.Get, "settings");
        var settings = JsonNode.Parse(await get.Content.ReadAsStringAsync())!.AsObject();
        settings["companyName"] = "Co " + sent;
        using (var put = await fixture.SendAsync(DemoUsers.Admin, HttpMethod.Put, "settings", HardeningAppFixture.RawJson(settings.ToJsonString())))
        {
            await OkAsync(put);
        }

        (await fixture.ScalarAsync<string>("SELECT company_name FROM company_settings")).ShouldBe("Co " + stored);

        var name = $"D{code} {sent}";
        decimal[] percentages = [.. Enumerable.Repeat(8.33m, 11), 8.37m];
        using (var distribution = await fixture.SendAsync(DemoUsers.Director, HttpMethod.Put, "distributions",
            HardeningAppFixture.Json(new { name, percentages })))
        {
            await OkAsync(distribution);
        }

        (await fixture.ScalarAsync<long>("SELECT count(*) FROM monthly_distributions WHERE name = @p0", $"D{code} {stored}")).ShouldBe(1);
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public async Task StoresAUsersNameWithoutThem(string sent, string stored)
    {
        var email = $"nul{Interlocked.Increment(ref codes)}@demo.local";
        using (var create = await fixture.SendAsync(DemoUsers.Admin, HttpMethod.Post, "users",
            HardeningAppFixture.Json(new { email, displayName = "U " + sent, roles = DirectorRole })))
        {
            await OkAsync(create);
        }

        var id = await fixture.ScalarAsync<Guid>("SELECT id FROM users WHERE email = @p0", email);
        using var get = await fixture.SendAsync(DemoUsers.Admin, HttpMethod.Get, $"users/{id}");
        var user = JsonNode.Parse(await get.Content.ReadAsStringAsync())!;
        using (var update = await fixture.SendAsync(DemoUsers.Admin, HttpMethod.Put, $"users/{id}", HardeningAppFixture.Json(new
        {
            email, displayName = "V " + sent, roles = DirectorRole, version = user["version"]!.GetValue<string>(),
        })))
        {
            await OkAsync(update);
        }

        (await fixture.ScalarAsync<string>("SELECT display_name FROM users WHERE id = @p0", id)).ShouldBe("V " + stored);
    }

    [Theory]
    [InlineData("users?search=%00")]
    [InlineData("users?search=a%00b")]
    [InlineData("audit?who=%00")]
    [InlineData("audit?key=x%00%01&entityType=%00&action=%00")]
    public async Task SearchesByTextWithoutThem(string path)
    {
        using var response = await fixture.SendAsync(DemoUsers.Admin, HttpMethod.Get, path);

        await OkAsync(response);
    }

    [Fact]
    public async Task StoresAReturnCommentWithoutThem()
    {
        const string period = "2030-09";
        var planId = await fixture.SubmittedPlanAsync(period);
        var director = await fixture.PlansAsAsync(DemoUsers.Director);
        var plan = await director.OpenAsync(fixture.Ids.East, period);

        using var response = await director.PostAsync(planId, "return", plan.Version, "Redo \u0000the forecast");

        await OkAsync(response);
        (await fixture.ScalarAsync<string>("SELECT return_comment FROM monthly_plans WHERE id = @p0", planId)).ShouldBe("Redo the forecast");
    }

    [Fact]
    public async Task StoresTheMonthEndNarrativeWithoutThem()
    {
        var planId = await fixture.ApprovedPlanAsync("2030-10");
        var manager = await fixture.MonthEndAsAsync(DemoUsers.ManagerEast);

        await manager.SaveAsync(planId, new ReviewContent("Worked\u0000 well", "Did \u0007not", null, null, "Improve\u001b"));

        (await fixture.ScalarAsync<string>("SELECT what_worked FROM month_end_reviews WHERE plan_id = @p0", planId)).ShouldBe("Worked well");
        (await fixture.ScalarAsync<string>("SELECT what_did_not FROM month_end_reviews WHERE plan_id = @p0", planId)).ShouldBe("Did not");
        (await fixture.ScalarAsync<string>("SELECT improvements FROM month_end_reviews WHERE plan_id = @p0", planId)).ShouldBe("Improve");
    }

    private static readonly string[] DirectorRole = ["Director"];
    private static int weeks;
    private static int codes;

    private static async Task OkAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: {text}");
        _ = JsonDocument.Parse(text.Length == 0 ? "null" : text);
    }
}
