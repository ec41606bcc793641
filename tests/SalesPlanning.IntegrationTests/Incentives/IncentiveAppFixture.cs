using Microsoft.EntityFrameworkCore;
using SalesPlanning.Domain.Common;
using SalesPlanning.IntegrationTests.Support;
using SalesPlanning.TestSupport;

namespace SalesPlanning.IntegrationTests.Incentives;

/// <summary>
/// The app with the demo company as <c>./run.sh</c> loads it (DemoPlans on): last month signed off with its incentive
/// run approved, this month live. One per test class.
/// </summary>
public sealed class IncentiveAppFixture : IAsyncLifetime
{
    private SalesPlanningApp? _app;
    private HttpClient? _client;
    private readonly Dictionary<string, string> _tokens = [];

    public static Period ThisMonth => Period.Containing(DateOnly.FromDateTime(DateTime.Now));

    public static Period LastMonth => ThisMonth.Previous();

    public SalesPlanningApp App => _app ?? throw new InvalidOperationException("The app has not started.");

    public async Task InitializeAsync()
    {
        _app = await SalesPlanningApp.StartAsync(demoData: true, new Dictionary<string, string?> { ["SalesPlanning:DemoPlans"] = "true" });
        _client = _app.CreateRawClient();
    }

    public async Task DisposeAsync()
    {
        _client?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    /// <summary>/api/v1 as <paramref name="email"/> (a bearer token, one sign-in per user).</summary>
    public async Task<ScorecardApi> AsAsync(string email)
    {
        if (!_tokens.TryGetValue(email, out var token))
        {
            token = (await HttpSignIn.LoginAsync(_client!, email)).AccessToken;
            _tokens[email] = token;
        }

        return new ScorecardApi(_client!, token, email);
    }

    public ScorecardApi Anonymous => new(_client!, null, "anonymous");

    public async Task<Guid> UserIdAsync(string email)
    {
        await using var db = TestDatabases.CreateContext(App.ConnectionString);
        return await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
    }

    public async Task<T> ScalarAsync<T>(Func<Infrastructure.Persistence.SalesPlanningDbContext, Task<T>> query)
    {
        await using var db = TestDatabases.CreateContext(App.ConnectionString);
        return await query(db);
    }
}

/// <summary>A month's run as the wire carries it.</summary>
public sealed record RunResponse(
    string Period, string Status, int PlanNumber, IReadOnlyList<StatementViewResponse> Statements, PoolResponse? Pool,
    ApprovalResponse? Approval, IReadOnlyList<string> RegionsNotSignedOff, bool CanApprove, decimal Payable)
{
    public StatementResponse Of(Guid person) => Statements.Single(s => s.Statement.PersonId == person).Statement;
}

public sealed record ApprovalResponse(string ApprovedBy, DateTimeOffset ApprovedAt);

public sealed record StatementViewResponse(StatementResponse Statement, Guid? RegionId, string? RegionName);

public sealed record StatementResponse(
    Guid PersonId, string Name, string Grade, decimal? SalesTarget, decimal Sales, decimal? AchievementPercent, decimal CommissionBase,
    IReadOnlyList<LineResponse> Lines, decimal Payable)
{
    public LineResponse Line(string kind) => Lines.Single(l => l.Kind == kind);
}

public sealed record LineResponse(string Kind, decimal Amount, decimal Basis, decimal? Percent);

public sealed record PoolResponse(bool Met, decimal? Target, decimal Sales, decimal Pool, decimal HeadPart, decimal RepsPart, decimal NonSalesPart,
    decimal QuarterReserve, decimal HeadPaid, decimal RepsPaid, decimal NonSalesPaid, decimal Fund);

public sealed record PlanResponse(int Number, int Latest, string EffectiveFrom, IReadOnlyList<VersionResponse> Versions, string? LastApproved, bool CanEdit);

public sealed record VersionResponse(int Number, string EffectiveFrom);

public sealed record WhatIfResponse(string Period, decimal ExtraCollections, decimal MoreEarned, decimal MorePayable, decimal MoreHeld, decimal? RateNow);

public sealed record HistoryResponse(Guid PersonId, string Name, int Year, IReadOnlyList<HistoryMonth> Months);

public sealed record HistoryMonth(string Period, decimal Payable, decimal Held, decimal Earned);
