using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using SalesPlanning.Application.Actuals;
using SalesPlanning.Application.Common;
using SalesPlanning.Application.Organisation;
using SalesPlanning.Infrastructure.Persistence;
using SalesPlanning.Application.Targets;
using SalesPlanning.TestSupport;

namespace SalesPlanning.IntegrationTests.Support;

/// <summary>
/// The app on Kestrel with the demo company on a database of its own (one per test class), the
/// demo company's ids, signed-in API clients and the target service on the same database.
/// </summary>
public class TargetsAppFixture : IAsyncLifetime
{
    private readonly ConcurrentDictionary<string, Lazy<Task<string>>> _tokens = new(StringComparer.Ordinal);
    private SalesPlanningApp? _app;
    private HttpClient? _client;
    private DemoIds? _ids;
    private NpgsqlDataSource? _dataSource;

    public SalesPlanningApp App => _app ?? throw new InvalidOperationException("The app has not started.");

    public DemoIds Ids => _ids ?? throw new InvalidOperationException("The app has not started.");

    public string ConnectionString => App.ConnectionString;

    /// <summary>Callers without a token.</summary>
    public TargetsApi Anonymous => new(Client, null, "anonymous");

    private HttpClient Client => _client ?? throw new InvalidOperationException("The app has not started.");

    public virtual async Task InitializeAsync()
    {
        _app = await StartAppAsync();
        _client = _app.CreateRawClient();
        _ids = await DemoIds.LoadAsync(_app.ConnectionString);
        _dataSource = NpgsqlDataSource.Create(_app.ConnectionString);
    }

    /// <summary>Starts the app with the demo company on a database of its own; a fixture may start it otherwise (another environment, extra services).</summary>
    protected virtual Task<SalesPlanningApp> StartAppAsync() => SalesPlanningApp.StartAsync(demoData: true);

    public virtual async Task DisposeAsync()
    {
        _client?.Dispose();
        if (_dataSource is not null)
        {
            await _dataSource.DisposeAsync();
        }

        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    /// <summary>The API as <paramref name="email"/>; the user signs in once per fixture.</summary>
    public async Task<TargetsApi> AsAsync(string email) => new(Client, await TokenAsync(email), email);

    /// <summary>The bearer token of <paramref name="email"/>; the user signs in once per fixture.</summary>
    public Task<string> TokenAsync(string email) => _tokens.GetOrAdd(email, e => new Lazy<Task<string>>(() => SignInAsync(e))).Value;

    /// <summary>The client all of this fixture's API helpers share (it keeps no cookies).</summary>
    protected HttpClient SharedClient => Client;

    /// <summary>The API as <paramref name="email"/> in a session of its own (a sign-in of its own).</summary>
    public async Task<TargetsApi> NewSessionAsync(string email) => new(Client, await SignInAsync(email), email);

    /// <summary>The service the endpoints call, on this fixture's database (for what the API does not offer, such as locking).</summary>
    public TargetService CreateService()
    {
        var contexts = TestDatabases.CreateFactory(ConnectionString);
        return new TargetService(contexts, new ActualsQuery(contexts), TimeProvider.System, NullLogger<TargetService>.Instance);
    }

    /// <summary>The master data service (regions, product lines, products, segments) on this database, as an admin uses it.</summary>
    public MasterDataService MasterData() =>
        new(TestDatabases.CreateFactory(ConnectionString), TimeProvider.System, NullLogger<MasterDataService>.Instance);

    /// <summary>The actor a demo user is, with the roles this database gives them and their e-mail as name.</summary>
    public async Task<Actor> ActorAsync(string email)
    {
        await using var db = CreateDbContext();
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Email == email);
        var roles = await db.UserRoles.Where(ur => ur.UserId == user.Id)
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!)
            .ToListAsync();
        return new Actor(user.Id, roles.ToHashSet(StringComparer.Ordinal), email);
    }

    public SalesPlanningDbContext CreateDbContext() => TestDatabases.CreateContext(ConnectionString);

    /// <summary>Runs SQL straight on the database (parameters @p0, @p1, …).</summary>
    public async Task<int> ExecuteSqlAsync(string sql, params object[] parameters)
    {
        await using var command = Command(sql, parameters);
        return await command.ExecuteNonQueryAsync();
    }

    /// <summary>Reads rows straight from the database (parameters @p0, @p1, …).</summary>
    public async Task<List<T>> QuerySqlAsync<T>(string sql, Func<NpgsqlDataReader, T> read, params object[] parameters)
    {
        ArgumentNullException.ThrowIfNull(read);
        await using var command = Command(sql, parameters);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync())
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    private NpgsqlCommand Command(string sql, object[] parameters)
    {
        // A data source's command opens a connection for each execution and closes it after.
        var dataSource = _dataSource ?? throw new InvalidOperationException("The app has not started.");
#pragma warning disable CA2100 // Test SQL is written in the tests; values travel as parameters.
        var command = dataSource.CreateCommand(sql);
#pragma warning restore CA2100
        for (var i = 0; i < parameters.Length; i++)
        {
            command.Parameters.AddWithValue($"p{i}", parameters[i]);
        }

        return command;
    }

    private async Task<string> SignInAsync(string email) => (await HttpSignIn.LoginAsync(Client, email)).AccessToken;
}

/// <summary>The ids the demo company got in one database (they differ between databases).</summary>
public sealed class DemoIds
{
    private readonly IReadOnlyDictionary<string, Guid> _regions;
    private readonly IReadOnlyDictionary<string, Guid> _users;
    private readonly IReadOnlyDictionary<string, Guid> _products;

    private DemoIds(IReadOnlyDictionary<string, Guid> regions, IReadOnlyDictionary<string, Guid> users, IReadOnlyDictionary<string, Guid> products)
    {
        _regions = regions;
        _users = users;
        _products = products;
    }

    public Guid East => Region("EAST");

    public Guid South => Region("SOUTH");

    public Guid North => Region("NORTH");

    /// <summary>The product codes in code order, as breakdowns list them.</summary>
    public IReadOnlyList<string> ProductCodes => [.. _products.Keys.Order(StringComparer.Ordinal)];

    public static async Task<DemoIds> LoadAsync(string connectionString)
    {
        await using var db = TestDatabases.CreateContext(connectionString);
        return new DemoIds(
            await db.Regions.AsNoTracking().ToDictionaryAsync(r => r.Code, r => r.Id),
            await db.Users.AsNoTracking().ToDictionaryAsync(u => u.Email!, u => u.Id),
            await db.Products.AsNoTracking().ToDictionaryAsync(p => p.Code, p => p.Id));
    }

    public Guid Region(string code) => _regions[code];

    public Guid User(string email) => _users[email];

    /// <summary>rep01..rep12.</summary>
    public Guid Rep(int number) => User(DemoUsers.Rep(number));

    public Guid Product(string code) => _products[code];
}
