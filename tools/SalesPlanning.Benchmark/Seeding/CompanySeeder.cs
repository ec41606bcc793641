using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using SalesPlanning.Application.Identity;
using SalesPlanning.Infrastructure.Persistence;
using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Organisation;
using SalesPlanning.Domain.Plans;
using SalesPlanning.Domain.Settings;
using SalesPlanning.Domain.Targets;

namespace SalesPlanning.Benchmark.Seeding;

/// <summary>
/// Loads a synthetic company of <see cref="CompanyScale"/> into an empty, migrated database:
/// people and organisation, then monthly actuals and weekly entries month by month, then targets and
/// plans. The big tables go in with PostgreSQL's binary COPY; the organisation and the plans through
/// the domain objects and EF Core, as the app writes them. Numbers are pseudo-random from fixed seeds
/// (ids are not: they are version-7 GUIDs as the app makes them).
/// </summary>
/// <remarks>
/// Every month before the current one has both imported monthly actuals and weekly entries, and the
/// app adds the two: twice the rows per month that a real company of this size would have (history
/// before go-live, weekly entries after), so the reads that sum a month see their worst case.
/// Targets are set on what each rep actually sold in the month (history plus weeks; for the current
/// month, which has no history, last month's weeks), so achievements sit around 100% and about one
/// rep in twenty falls far short.
/// </remarks>
public sealed class CompanySeeder(
    NpgsqlDataSource dataSource, IDbContextFactory<SalesPlanningDbContext> contexts, CompanyScale scale, TimeProvider time, TextWriter log)
{
    /// <summary>Every seeded user's password (one hash, computed once).</summary>
    public const string Password = "Bench#2026";

    public const string DirectorEmail = "director@bench.local";

    private const int Seed = 20261129;
    private static readonly Metric[] Metrics = [Metric.SalesAmount, Metric.SalesVolume, Metric.Collections];
    private static readonly string[] Notes =
        ["拜访重点客户，跟进报价。", "新品推介反馈良好。", "客户预算审批延迟，回款推迟到下周。", "完成两家新客户签约。"];

    private readonly List<SeedStep> _steps = [];

    // Product lines; products by index.
    private List<ProductLine> _lines = [];
    private readonly List<Product> _products = [];
    private decimal[] _price = [];
    private int[] _baseVolume = [];

    // Regions and reps, by index.
    private readonly List<Region> _regions = [];
    private Guid[] _managerIds = [];
    private Guid[] _repIds = [];
    private int[] _repRegion = [];
    private int[][] _portfolio = [];
    private double[] _repLevel = [];
    private double[] _repStretch = [];
    private int[] _planStatus = [];
    private Guid _directorId;
    private Guid _adminId;

    // Months: 0 … HistoryMonths-1 are history, HistoryMonths is the current month.
    private Period[] _months = [];

    // What each rep sold per month (history plus weeks), what each product sold per month (history
    // plus split lines) and what each region sold of each product over the last twelve months.
    private decimal[] _repAmount = [];
    private long[] _repVolume = [];
    private decimal[] _repCollections = [];
    private decimal[] _repWeeklyAmount = [];
    private long[] _repWeeklyVolume = [];
    private decimal[] _repWeeklyCollections = [];
    private decimal[] _productAmount = [];
    private long[] _productVolume = [];
    private decimal[] _regionProductAmount = [];

    public IReadOnlyList<SeedStep> Steps => _steps;

    public async Task<SeededCompany> SeedAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var today = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
        var current = Period.Containing(today);
        Plan(current);

        await StepAsync("people and organisation", () => SeedOrganisationAsync(now, cancellationToken));
        await StepAsync("monthly actuals and weekly entries", () => SeedActualsAsync(today, now, cancellationToken));
        await StepAsync("targets with breakdowns", () => SeedTargetsAsync(cancellationToken));
        await StepAsync("monthly plans", () => SeedPlansAsync(now, cancellationToken));
        await StepAsync("VACUUM ANALYZE", async () =>
        {
            await using var command = dataSource.CreateCommand("VACUUM (ANALYZE)");
            command.CommandTimeout = 0;
            await command.ExecuteNonQueryAsync(cancellationToken);
            return "statistics and visibility maps, as autovacuum would leave them";
        });

        return new SeededCompany(
            current,
            _directorId,
            DirectorEmail,
            [.. _regions.Select((r, g) => new SeededRegion(r.Id, r.Code, _managerIds[g], ManagerEmail(r), [.. RepsOf(g).Select(i => _repIds[i])]))],
            [.. _repIds.Select((id, i) => new SeededRep(id, RepEmail(i), _regions[_repRegion[i]].Id, [.. _portfolio[i].Select(p => _products[p].Id)]))],
            [.. _products.Select(p => p.Id)]);
    }

    /// <summary>Rows and size of every table the seeder fills, and of the database.</summary>
    public async Task<(IReadOnlyList<TableVolume> Tables, long DatabaseBytes)> VolumesAsync(CancellationToken cancellationToken)
    {
        string[] tables =
        [
            "users", "user_roles", "regions", "region_memberships", "product_lines", "products", "monthly_actuals",
            "progress_entries", "progress_lines", "targets", "target_breakdowns", "target_allocations",
            "monthly_plans", "plan_sections", "plan_transitions", "audit_entries",
        ];
        var volumes = new List<TableVolume>();
        foreach (var table in tables)
        {
#pragma warning disable CA2100 // Table names from the list above.
            await using var command = dataSource.CreateCommand($"SELECT count(*), pg_total_relation_size('{table}') FROM {table}");
#pragma warning restore CA2100
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            volumes.Add(new TableVolume(table, reader.GetInt64(0), reader.GetInt64(1)));
        }

        await using var size = dataSource.CreateCommand("SELECT pg_database_size(current_database())");
        return (volumes, (long)(await size.ExecuteScalarAsync(cancellationToken))!);
    }

    private async Task StepAsync(string name, Func<Task<string>> step)
    {
        log.Write($"  {name} … ");
        await log.FlushAsync();
        var watch = Stopwatch.StartNew();
        var detail = await step();
        watch.Stop();
        log.WriteLine($"{watch.Elapsed.TotalSeconds:0.0} s ({detail})");
        _steps.Add(new SeedStep(name, watch.Elapsed, detail));
    }

    private static string ManagerEmail(Region region) => $"manager.{region.Code.ToLowerInvariant()}@bench.local";

    private static string RepEmail(int rep) => string.Create(CultureInfo.InvariantCulture, $"rep{rep + 1:0000}@bench.local");

    private IEnumerable<int> RepsOf(int region) => Enumerable.Range(region * scale.RepsPerRegion, scale.RepsPerRegion);

    // ------------------------------------------------------------------ the plan of the company

    private void Plan(Period current)
    {
        var random = new Random(Seed);
        var lines = Enumerable.Range(1, scale.ProductLines)
            .Select(l => ProductLine.Create(Code("L", l, 2), $"产品线 {l:00}", $"Product line {l:00}"))
            .ToList();
        _price = new decimal[scale.Products];
        _baseVolume = new int[scale.Products];
        for (var p = 0; p < scale.Products; p++)
        {
            var line = lines[p / scale.ProductsPerLine];
            _products.Add(Product.Create(Code("P", p + 1, 4), $"产品 {p + 1:0000}", $"Product {p + 1:0000}", "台", line));
            _price[p] = (50m * random.Next(1, 101)) - 0.10m;
            _baseVolume[p] = random.Next(2, 21);
        }

        _directorId = Guid.CreateVersion7();
        _adminId = Guid.CreateVersion7();
        _managerIds = new Guid[scale.Regions];
        _repIds = new Guid[scale.Reps];
        _repRegion = new int[scale.Reps];
        _portfolio = new int[scale.Reps][];
        _repLevel = new double[scale.Reps];
        _repStretch = new double[scale.Reps];
        _planStatus = new int[scale.Regions];
        var preferredLines = Math.Max(1, scale.ProductLines * 3 / 10);
        for (var g = 0; g < scale.Regions; g++)
        {
            var region = Region.Create(Code("R", g + 1, 3), $"区域 {g + 1:000}");
            _managerIds[g] = Guid.CreateVersion7();
            region.AssignManager(_managerIds[g]);
            // Each region leans on a few product lines; its reps sell mostly those.
            var preferred = Shuffled(random, Enumerable.Range(0, scale.ProductLines)).Take(preferredLines)
                .SelectMany(l => Enumerable.Range(l * scale.ProductsPerLine, scale.ProductsPerLine)).ToList();
            foreach (var r in RepsOf(g))
            {
                _repIds[r] = Guid.CreateVersion7();
                _repRegion[r] = g;
                region.AddRep(_repIds[r]);
                var mine = Shuffled(random, preferred).Take(Math.Min(scale.ProductsPerRep * 3 / 4, preferred.Count)).ToList();
                mine.AddRange(Shuffled(random, Enumerable.Range(0, scale.Products).Except(mine)).Take(scale.ProductsPerRep - mine.Count));
                _portfolio[r] = [.. mine];
                _repLevel[r] = 0.6 + (0.8 * random.NextDouble());
                // About one rep in twenty is set targets far above what they sell (alerts find them).
                _repStretch[r] = random.NextDouble() < 0.05 ? 1.45 + (0.35 * random.NextDouble()) : 0.95 + (0.17 * random.NextDouble());
            }

            _regions.Add(region);
            _planStatus[g] = g % 10;
        }

        _months = new Period[scale.HistoryMonths + 1];
        _months[scale.HistoryMonths] = current;
        for (var m = scale.HistoryMonths - 1; m >= 0; m--)
        {
            _months[m] = _months[m + 1].Previous();
        }

        var cells = scale.Reps * _months.Length;
        _repAmount = new decimal[cells];
        _repVolume = new long[cells];
        _repCollections = new decimal[cells];
        _repWeeklyAmount = new decimal[cells];
        _repWeeklyVolume = new long[cells];
        _repWeeklyCollections = new decimal[cells];
        _productAmount = new decimal[_months.Length * scale.Products];
        _productVolume = new long[_months.Length * scale.Products];
        _regionProductAmount = new decimal[scale.Regions * scale.Products];
        _lines = lines;
    }

    private static string Code(string prefix, int number, int digits) =>
        prefix + number.ToString(new string('0', digits), CultureInfo.InvariantCulture);

    private static List<int> Shuffled(Random random, IEnumerable<int> items)
    {
        var list = items.ToList();
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }

        return list;
    }

    // ------------------------------------------------------------------ people and organisation

    private async Task<string> SeedOrganisationAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var roles = new Dictionary<string, Guid>(StringComparer.Ordinal);
        await using (var command = dataSource.CreateCommand("SELECT name, id FROM roles"))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                roles[reader.GetString(0)] = reader.GetGuid(1);
            }
        }

        var people = new List<(Guid Id, string Email, string Name, string Role)>
        {
            (_directorId, DirectorEmail, "销售总监", Roles.Director),
            (_adminId, "admin@bench.local", "系统管理员", Roles.Admin),
        };
        people.AddRange(_managerIds.Select((id, g) => (id, ManagerEmail(_regions[g]), $"{_regions[g].Name} 经理", Roles.Manager)));
        people.AddRange(_repIds.Select((id, r) => (id, RepEmail(r), $"销售代表 {r + 1:0000}", Roles.Rep)));

        var hash = new PasswordHasher<AppUser>().HashPassword(new AppUser(), Password);
        await using (var connection = await dataSource.OpenConnectionAsync(cancellationToken))
        {
            await using (var users = await connection.BeginBinaryImportAsync(
                "COPY users (id, display_name, preferred_culture, is_active, user_name, normalized_user_name, email, normalized_email, "
                + "email_confirmed, password_hash, security_stamp, concurrency_stamp, phone_number, phone_number_confirmed, "
                + "two_factor_enabled, lockout_end, lockout_enabled, access_failed_count, must_change_password, last_sign_in_at) FROM STDIN (FORMAT BINARY)",
                cancellationToken))
            {
                foreach (var person in people)
                {
                    users.StartRow();
                    users.Write(person.Id, NpgsqlDbType.Uuid);
                    users.Write(person.Name, NpgsqlDbType.Varchar);
                    users.WriteNull();
                    users.Write(true, NpgsqlDbType.Boolean);
                    users.Write(person.Email, NpgsqlDbType.Varchar);
                    users.Write(person.Email.ToUpperInvariant(), NpgsqlDbType.Varchar);
                    users.Write(person.Email, NpgsqlDbType.Varchar);
                    users.Write(person.Email.ToUpperInvariant(), NpgsqlDbType.Varchar);
                    users.Write(true, NpgsqlDbType.Boolean);
                    users.Write(hash, NpgsqlDbType.Text);
                    users.Write(Guid.NewGuid().ToString(), NpgsqlDbType.Text);
                    users.Write(Guid.NewGuid().ToString(), NpgsqlDbType.Text);
                    users.WriteNull();
                    users.Write(false, NpgsqlDbType.Boolean);
                    users.Write(false, NpgsqlDbType.Boolean);
                    users.WriteNull();
                    users.Write(true, NpgsqlDbType.Boolean);
                    users.Write(0, NpgsqlDbType.Integer);
                    users.Write(false, NpgsqlDbType.Boolean);
                    users.Write(now.UtcDateTime.AddDays(-1), NpgsqlDbType.TimestampTz);
                }

                await users.CompleteAsync(cancellationToken);
            }

            await using var userRoles = await connection.BeginBinaryImportAsync("COPY user_roles (user_id, role_id) FROM STDIN (FORMAT BINARY)", cancellationToken);
            foreach (var person in people)
            {
                userRoles.StartRow();
                userRoles.Write(person.Id, NpgsqlDbType.Uuid);
                userRoles.Write(roles[person.Role], NpgsqlDbType.Uuid);
            }

            await userRoles.CompleteAsync(cancellationToken);
        }

        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            db.ProductLines.AddRange(_lines);
            db.Products.AddRange(_products);
            db.Regions.AddRange(_regions);
            db.CustomerSegments.AddRange(
                CustomerSegment.Create("NEW", "新客户", "New customers", SegmentKind.New),
                CustomerSegment.Create("EXISTING", "老客户", "Existing customers", SegmentKind.Existing),
                CustomerSegment.Create("KEY", "重点客户", "Key accounts", SegmentKind.KeyAccount));
            db.CompanySettings.Add(CompanySettings.Default("基准测试公司"));
            await db.SaveChangesAsync(cancellationToken);
        }

        return $"{people.Count:N0} users, {_regions.Count} regions, {_products.Count} products in {_lines.Count} lines";
    }

    // ------------------------------------------------------------------ actuals

    private readonly record struct LineRow(Guid Id, Guid EntryId, int PeriodKey, Guid ProductId, decimal Amount, long Volume, decimal Collections);

    private async Task<string> SeedActualsAsync(DateOnly today, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var history = 0L;
        var entries = 0L;
        var lines = new List<LineRow>();
        var randoms = Enumerable.Range(0, scale.Reps).Select(r => new Random(Seed + 1000 + r)).ToArray();
        var nowUtc = now.UtcDateTime;
        var lastYearFrom = scale.HistoryMonths - 12;

        await using (var historyConnection = await dataSource.OpenConnectionAsync(cancellationToken))
        await using (var entryConnection = await dataSource.OpenConnectionAsync(cancellationToken))
        {
            await using var historyCopy = await historyConnection.BeginBinaryImportAsync(
                "COPY monthly_actuals (id, period_key, region_id, rep_id, product_id, sales_amount, sales_volume, collections) FROM STDIN (FORMAT BINARY)",
                cancellationToken);
            await using var entryCopy = await entryConnection.BeginBinaryImportAsync(
                "COPY progress_entries (id, period_key, week_number, rep_id, region_id, sales_amount, sales_volume, collections, orders, "
                + "new_customers, existing_customer_visits, calls, lost_customers, note, updated_at, entered_at, new_customer_sales) FROM STDIN (FORMAT BINARY)",
                cancellationToken);

            // Month by month, so that the (period_key, …) indexes fill in order as they would over time.
            for (var m = 0; m < _months.Length; m++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var month = _months[m];
                var season = month.Month is >= 4 and <= 9 ? 0.93 : 1.07;
                var weeks = m < scale.HistoryMonths ? month.Weeks() : [.. month.Weeks().Where(w => w.Start <= today)];
                for (var r = 0; r < scale.Reps; r++)
                {
                    var random = randoms[r];
                    var cell = (r * _months.Length) + m;
                    var region = _repRegion[r];
                    var regionId = _regions[region].Id;
                    if (m < scale.HistoryMonths)
                    {
                        foreach (var p in _portfolio[r])
                        {
                            if (random.NextDouble() >= scale.MonthlySellChance)
                            {
                                continue;
                            }

                            var (amount, volume, collections) = Sale(random, p, _repLevel[r] * season, 0.85, 0.30, 0.80);
                            historyCopy.StartRow();
                            historyCopy.Write(Guid.CreateVersion7(), NpgsqlDbType.Uuid);
                            historyCopy.Write(month.Key, NpgsqlDbType.Integer);
                            historyCopy.Write(regionId, NpgsqlDbType.Uuid);
                            historyCopy.Write(_repIds[r], NpgsqlDbType.Uuid);
                            historyCopy.Write(_products[p].Id, NpgsqlDbType.Uuid);
                            historyCopy.Write(amount, NpgsqlDbType.Numeric);
                            historyCopy.Write(volume, NpgsqlDbType.Bigint);
                            historyCopy.Write(collections, NpgsqlDbType.Numeric);
                            history++;
                            Count(cell, m, region, p, amount, volume, collections, lastYearFrom);
                        }
                    }

                    foreach (var week in weeks)
                    {
                        var id = Guid.CreateVersion7();
                        var split = random.NextDouble() < scale.SplitShare;
                        var basket = Shuffled(random, _portfolio[r]).Take(split ? random.Next(2, 5) : random.Next(3, 7));
                        var fraction = (double)week.Days / month.DaysInMonth;
                        var (amount, volume, collections) = (0m, 0L, 0m);
                        foreach (var p in basket)
                        {
                            var sale = Sale(random, p, _repLevel[r] * season * fraction * 5, 0.70, 0.60, 0.75);
                            amount += sale.Amount;
                            volume += sale.Volume;
                            collections += sale.Collections;
                            if (split)
                            {
                                lines.Add(new LineRow(Guid.CreateVersion7(), id, month.Key, _products[p].Id, sale.Amount, sale.Volume, sale.Collections));
                                Count(-1, m, region, p, sale.Amount, sale.Volume, sale.Collections, lastYearFrom);
                            }
                        }

                        Count(cell, -1, -1, -1, amount, volume, collections, lastYearFrom);
                        _repWeeklyAmount[cell] += amount;
                        _repWeeklyVolume[cell] += volume;
                        _repWeeklyCollections[cell] += collections;
                        var newCustomers = random.Next(0, 4);
                        var updated = week.End.ToDateTime(new TimeOnly(18, 0), DateTimeKind.Utc).AddHours(random.Next(0, 48));
                        entryCopy.StartRow();
                        entryCopy.Write(id, NpgsqlDbType.Uuid);
                        entryCopy.Write(month.Key, NpgsqlDbType.Integer);
                        entryCopy.Write(week.Number, NpgsqlDbType.Integer);
                        entryCopy.Write(_repIds[r], NpgsqlDbType.Uuid);
                        entryCopy.Write(regionId, NpgsqlDbType.Uuid);
                        entryCopy.Write(amount, NpgsqlDbType.Numeric);
                        entryCopy.Write(volume, NpgsqlDbType.Bigint);
                        entryCopy.Write(collections, NpgsqlDbType.Numeric);
                        entryCopy.Write(random.Next(1, 12), NpgsqlDbType.Integer);
                        entryCopy.Write(newCustomers, NpgsqlDbType.Integer);
                        entryCopy.Write(random.Next(2, 21), NpgsqlDbType.Integer);
                        entryCopy.Write(random.Next(5, 61), NpgsqlDbType.Integer);
                        entryCopy.Write(random.Next(0, 10) == 0 ? 1 : 0, NpgsqlDbType.Integer);
                        if (random.Next(0, 10) == 0)
                        {
                            entryCopy.Write(Notes[random.Next(Notes.Length)], NpgsqlDbType.Varchar);
                        }
                        else
                        {
                            entryCopy.WriteNull();
                        }

                        // Entered when last saved: the benchmark's weeks are saved once.
                        entryCopy.Write(updated < nowUtc ? updated : nowUtc, NpgsqlDbType.TimestampTz);
                        entryCopy.Write(updated < nowUtc ? updated : nowUtc, NpgsqlDbType.TimestampTz);
                        entryCopy.Write(newCustomers == 0 ? 0m : decimal.Round(amount * (decimal)(0.05 + (0.25 * random.NextDouble())), 2), NpgsqlDbType.Numeric);
                        entries++;
                    }
                }
            }

            await historyCopy.CompleteAsync(cancellationToken);
            await entryCopy.CompleteAsync(cancellationToken);
        }

        await using (var connection = await dataSource.OpenConnectionAsync(cancellationToken))
        await using (var lineCopy = await connection.BeginBinaryImportAsync(
            "COPY progress_lines (id, entry_id, period_key, product_id, sales_amount, sales_volume, collections) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            foreach (var line in lines)
            {
                lineCopy.StartRow();
                lineCopy.Write(line.Id, NpgsqlDbType.Uuid);
                lineCopy.Write(line.EntryId, NpgsqlDbType.Uuid);
                lineCopy.Write(line.PeriodKey, NpgsqlDbType.Integer);
                lineCopy.Write(line.ProductId, NpgsqlDbType.Uuid);
                lineCopy.Write(line.Amount, NpgsqlDbType.Numeric);
                lineCopy.Write(line.Volume, NpgsqlDbType.Bigint);
                lineCopy.Write(line.Collections, NpgsqlDbType.Numeric);
            }

            await lineCopy.CompleteAsync(cancellationToken);
        }

        return $"{history:N0} monthly actuals, {entries:N0} weekly entries, {lines.Count:N0} product lines";
    }

    /// <summary>One sale of a product: whole units at the product's price, part of it collected.</summary>
    private (decimal Amount, long Volume, decimal Collections) Sale(Random random, int product, double level, double noiseFrom, double noiseSpread, double collectedFrom)
    {
        var noise = noiseFrom + (noiseSpread * random.NextDouble());
        var volume = Math.Max(1L, (long)Math.Round(_baseVolume[product] * level * noise));
        var amount = volume * _price[product];
        var collections = decimal.Round(amount * (decimal)(collectedFrom + ((0.98 - collectedFrom) * random.NextDouble())), 2);
        return (amount, volume, collections);
    }

    /// <summary>Adds a sale to the rep's month (cell ≥ 0), the product's month and the region's last year (product ≥ 0).</summary>
    private void Count(int cell, int month, int region, int product, decimal amount, long volume, decimal collections, int lastYearFrom)
    {
        if (cell >= 0)
        {
            _repAmount[cell] += amount;
            _repVolume[cell] += volume;
            _repCollections[cell] += collections;
        }

        if (product >= 0)
        {
            _productAmount[(month * scale.Products) + product] += amount;
            _productVolume[(month * scale.Products) + product] += volume;
            if (month >= lastYearFrom && month < scale.HistoryMonths)
            {
                _regionProductAmount[(region * scale.Products) + product] += amount;
            }
        }
    }

    // ------------------------------------------------------------------ targets

    private async Task<string> SeedTargetsAsync(CancellationToken cancellationToken)
    {
        var random = new Random(Seed + 1);
        var targets = new List<Target>();
        var current = scale.HistoryMonths;
        var topProducts = Enumerable.Range(0, scale.Regions)
            .Select(g => Enumerable.Range(0, scale.Products)
                .OrderByDescending(p => _regionProductAmount[(g * scale.Products) + p])
                .Take(scale.RegionProductBreakdown)
                .ToList())
            .ToList();

        for (var m = current - scale.TargetMonths + 1; m <= current; m++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var period = _months[m];
            var basis = m < current ? m : m - 1;
            var noise = Enumerable.Range(0, scale.Reps).Select(_ => 0.97 + (0.09 * random.NextDouble())).ToArray();
            foreach (var metric in Metrics)
            {
                var decimals = MetricRules.Decimals(metric);
                var unit = MetricRules.IsMoney(metric) ? 100m : 1m;
                var regionAmounts = new Dictionary<Guid, decimal>();
                for (var g = 0; g < scale.Regions; g++)
                {
                    var locked = m < current || _planStatus[g] is 7 or 8;
                    var repAmounts = new Dictionary<Guid, decimal>();
                    foreach (var r in RepsOf(g))
                    {
                        // A past month's actual is its history plus its weeks; the current month has weeks only,
                        // so its target follows last month's weeks.
                        var cell = (r * _months.Length) + basis;
                        var sold = (metric, m < current) switch
                        {
                            (Metric.SalesAmount, true) => _repAmount[cell],
                            (Metric.SalesVolume, true) => _repVolume[cell],
                            (_, true) => _repCollections[cell],
                            (Metric.SalesAmount, false) => _repWeeklyAmount[cell],
                            (Metric.SalesVolume, false) => _repWeeklyVolume[cell],
                            _ => _repWeeklyCollections[cell],
                        };
                        var amount = Math.Max(unit, decimal.Round(sold * (decimal)(_repStretch[r] * noise[r]) / unit, 0) * unit);
                        repAmounts[_repIds[r]] = amount;
                        var repTarget = Target.Create(period, metric, TargetScope.ForRep(_repIds[r]), amount);
                        if (locked)
                        {
                            repTarget.Lock();
                        }

                        targets.Add(repTarget);
                    }

                    var regionTarget = Target.Create(period, metric, TargetScope.ForRegion(_regions[g].Id), repAmounts.Values.Sum());
                    regionTarget.SetAllocations(Dimension.Rep, repAmounts, repAmounts.Keys.ToHashSet());
                    var weights = topProducts[g].ToDictionary(p => _products[p].Id, p => _regionProductAmount[(g * scale.Products) + p]);
                    regionTarget.SetAllocations(Dimension.Product, Splitter.ByWeights(regionTarget.Amount, weights, decimals), weights.Keys.ToHashSet());
                    if (locked)
                    {
                        regionTarget.Lock();
                    }

                    targets.Add(regionTarget);
                    regionAmounts[_regions[g].Id] = regionTarget.Amount;
                }

                var company = Target.Create(period, metric, TargetScope.Company, regionAmounts.Values.Sum());
                company.SetAllocations(Dimension.Region, regionAmounts, regionAmounts.Keys.ToHashSet());
                var productWeights = Enumerable.Range(0, scale.Products)
                    .Select(p => (Id: _products[p].Id, Weight: metric == Metric.SalesVolume
                        ? _productVolume[(basis * scale.Products) + p]
                        : _productAmount[(basis * scale.Products) + p]))
                    .Where(p => p.Weight > 0)
                    .ToDictionary(p => p.Id, p => p.Weight);
                company.SetAllocations(Dimension.Product, Splitter.ByWeights(company.Amount, productWeights, decimals), productWeights.Keys.ToHashSet());
                targets.Add(company);
            }
        }

        var breakdowns = 0;
        var allocations = 0;
        await using (var connection = await dataSource.OpenConnectionAsync(cancellationToken))
        {
            await using (var copy = await connection.BeginBinaryImportAsync(
                "COPY targets (id, period_key, metric, scope_kind, scope_id, amount, is_locked) FROM STDIN (FORMAT BINARY)", cancellationToken))
            {
                foreach (var target in targets)
                {
                    copy.StartRow();
                    copy.Write(target.Id, NpgsqlDbType.Uuid);
                    copy.Write(target.PeriodKey, NpgsqlDbType.Integer);
                    copy.Write(target.Metric.ToString(), NpgsqlDbType.Varchar);
                    copy.Write(target.ScopeKind.ToString(), NpgsqlDbType.Varchar);
                    if (target.ScopeId is { } scopeId)
                    {
                        copy.Write(scopeId, NpgsqlDbType.Uuid);
                    }
                    else
                    {
                        copy.WriteNull();
                    }

                    copy.Write(target.Amount, NpgsqlDbType.Numeric);
                    copy.Write(target.IsLocked, NpgsqlDbType.Boolean);
                }

                await copy.CompleteAsync(cancellationToken);
            }

            await using (var copy = await connection.BeginBinaryImportAsync(
                "COPY target_breakdowns (id, target_id, dimension) FROM STDIN (FORMAT BINARY)", cancellationToken))
            {
                foreach (var breakdown in targets.SelectMany(t => t.Breakdowns))
                {
                    copy.StartRow();
                    copy.Write(breakdown.Id, NpgsqlDbType.Uuid);
                    copy.Write(breakdown.TargetId, NpgsqlDbType.Uuid);
                    copy.Write(breakdown.Dimension.ToString(), NpgsqlDbType.Varchar);
                    breakdowns++;
                }

                await copy.CompleteAsync(cancellationToken);
            }

            await using (var copy = await connection.BeginBinaryImportAsync(
                "COPY target_allocations (breakdown_id, member_id, amount) FROM STDIN (FORMAT BINARY)", cancellationToken))
            {
                foreach (var allocation in targets.SelectMany(t => t.Breakdowns).SelectMany(b => b.Allocations))
                {
                    copy.StartRow();
                    copy.Write(allocation.BreakdownId, NpgsqlDbType.Uuid);
                    copy.Write(allocation.MemberId, NpgsqlDbType.Uuid);
                    copy.Write(allocation.Amount, NpgsqlDbType.Numeric);
                    allocations++;
                }

                await copy.CompleteAsync(cancellationToken);
            }
        }

        return $"{targets.Count:N0} targets, {breakdowns:N0} breakdowns, {allocations:N0} allocations over {scale.TargetMonths} months";
    }

    // ------------------------------------------------------------------ plans

    private async Task<string> SeedPlansAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var current = scale.HistoryMonths;
        var topProducts = Enumerable.Range(0, scale.Regions)
            .Select(g => Enumerable.Range(0, scale.Products)
                .OrderByDescending(p => _regionProductAmount[(g * scale.Products) + p])
                .Take(20)
                .Select(p => _products[p].Id)
                .ToList())
            .ToList();
        var plans = new List<MonthlyPlan>();

        // The months before: every region's plan approved.
        for (var m = current - scale.TargetMonths + 1; m < current; m++)
        {
            var period = _months[m];
            for (var g = 0; g < scale.Regions; g++)
            {
                var plan = MonthlyPlan.Start(_regions[g].Id, period, _managerIds[g], Before(period, 6, now));
                PlanContent.Fill(plan, period, _managerIds[g], Before(period, 5, now), topProducts[g]);
                plan.Submit(PlanContent.Ready, _managerIds[g], Before(period, 4, now));
                plan.Approve(PlanContent.Ready, _directorId, Before(period, 2, now), "同意。");
                plans.Add(plan);
            }
        }

        // This month: four in ten submitted (some past the review deadline), three drafts, two approved, one not started.
        var month = _months[current];
        for (var g = 0; g < scale.Regions; g++)
        {
            var manager = _managerIds[g];
            var status = _planStatus[g];
            if (status == 9)
            {
                continue;
            }

            var plan = MonthlyPlan.Start(_regions[g].Id, month, manager, now.AddDays(-8));
            if (status is >= 4 and <= 6)
            {
                plan.SaveSection(new ReviewNarrative("重点客户续约顺利，空调品类销量环比增长。", "", ""), manager, now.AddDays(-2));
                plan.SaveSection(new TargetBasis("参考上月实际，目标增长约 5%。"), manager, now.AddDays(-2));
            }
            else
            {
                PlanContent.Fill(plan, month, manager, now.AddDays(-7), topProducts[g]);
                plan.Submit(PlanContent.Ready, manager, now.AddDays(-(1 + (g % 6))));
                if (status is 7 or 8)
                {
                    plan.Approve(PlanContent.Ready, _directorId, now.AddHours(-12), null);
                }
            }

            plans.Add(plan);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.MonthlyPlans.AddRange(plans);
        await db.SaveChangesAsync(cancellationToken);
        return $"{plans.Count:N0} plans, {plans.Sum(p => p.Sections.Count):N0} sections, {plans.Sum(p => p.Transitions.Count):N0} transitions";
    }

    /// <summary>Nine in the morning <paramref name="days"/> days before the month starts.</summary>
    private static DateTimeOffset Before(Period month, int days, DateTimeOffset now) =>
        new(month.FirstDay.AddDays(-days).ToDateTime(new TimeOnly(9, 0)), now.Offset);
}
