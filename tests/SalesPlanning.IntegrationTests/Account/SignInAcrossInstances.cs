using System.Diagnostics.CodeAnalysis;
using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using SalesPlanning.IntegrationTests.Support;
using SalesPlanning.TestSupport;

namespace SalesPlanning.IntegrationTests.Account;

/// <summary>Two app instances on one database, as behind a load balancer.</summary>
[SuppressMessage("Design", "CA1001", Justification = "xunit disposes fixtures through IAsyncLifetime.DisposeAsync.")]
public sealed class TwoInstancesFixture : IAsyncLifetime
{
    private SalesPlanningApp? _first;
    private SalesPlanningApp? _second;

    public SalesPlanningApp First => _first ?? throw new InvalidOperationException("Not started.");

    public SalesPlanningApp Second => _second ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync()
    {
        _first = await SalesPlanningApp.StartAsync(demoData: true);
        _second = new SalesPlanningApp(_first.ConnectionString, demoData: true);
        _second.StartServer();
    }

    public async Task DisposeAsync()
    {
        if (_second is not null)
        {
            await _second.DisposeAsync();
        }

        if (_first is not null)
        {
            await _first.DisposeAsync();
        }
    }
}

/// <summary>A sign-in made on one instance is honoured by another: the key ring lives in PostgreSQL.</summary>
public class SignInAcrossInstances(TwoInstancesFixture instances) : IClassFixture<TwoInstancesFixture>
{
    [Fact]
    public async Task AcceptsACookieIssuedByTheOtherInstance()
    {
        var cookie = await HttpSignIn.SignInWithFormAsync(instances.First, DemoUsers.ManagerSouth);
        using var other = instances.Second.CreateRawClient();

        using var response = await HttpSignIn.GetWithCookieAsync(other, "api/v1/me", cookie);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadFromJsonAsync<MeResponse>()).ShouldNotBeNull().Email.ShouldBe(DemoUsers.ManagerSouth);
    }

    [Fact]
    public async Task AcceptsABearerTokenIssuedByTheOtherInstance()
    {
        using var first = instances.First.CreateRawClient();
        var tokens = await HttpSignIn.LoginAsync(first, DemoUsers.ManagerNorth);
        using var other = instances.Second.CreateRawClient();

        using var response = await HttpSignIn.GetMeWithBearerAsync(other, tokens.AccessToken);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadFromJsonAsync<MeResponse>()).ShouldNotBeNull().Email.ShouldBe(DemoUsers.ManagerNorth);
    }

    [Fact]
    public async Task KeepsTheKeyRingInTheDatabase()
    {
        await HttpSignIn.SignInWithFormAsync(instances.Second, DemoUsers.Director);

        await using var db = TestDatabases.CreateContext(instances.First.ConnectionString);
        var keys = await db.DataProtectionKeys.AsNoTracking().ToListAsync();
        keys.ShouldNotBeEmpty();
        keys.ShouldAllBe(k => k.Xml != null && k.Xml.StartsWith("<key ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ReadsOnOneInstanceAWeekSavedOnTheOther()
    {
        using var first = instances.First.CreateRawClient();
        using var second = instances.Second.CreateRawClient();
        var token = (await HttpSignIn.LoginAsync(first, DemoUsers.Rep(5))).AccessToken;

        using var saved = await new ProgressApi(first, token).PutWeekAsync("2036-03", 2, ProgressApi.Week(4_321.09m, 7, 1_234.56m, note: "saved on the first"));
        saved.StatusCode.ShouldBe(HttpStatusCode.OK, await saved.Content.ReadAsStringAsync());
        using var read = await new ProgressApi(second, token).GetMonthAsync("2036-03");

        var month = await read.Content.ReadAsStringAsync();
        read.StatusCode.ShouldBe(HttpStatusCode.OK, month);
        month.ShouldContain("4321.09");
        month.ShouldContain("saved on the first");
    }
}
