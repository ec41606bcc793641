using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SalesPlanning.Application.Identity;
using SalesPlanning.Application.Persistence;
using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Organisation;

namespace SalesPlanning.Application.Demo;

/// <summary>
/// Loads the demo company into an empty database: a director, an admin, three regions with a
/// manager and four reps each, ten products in three lines, three customer segments, the company's settings, and
/// thirteen months of actuals per rep and product; with plans also scorecard targets and manual scores, last
/// month's month-end reviews signed off and its incentive run approved (DemoIncentives).
/// Only <c>./run.sh</c> (or <c>SalesPlanning__DemoData=true</c>) turns it on.
/// </summary>
public sealed class DemoDataSeeder(
    ISalesPlanningDb db,
    UserManager<AppUser> userManager,
    DemoIncentives incentives,
    TimeProvider time,
    ILogger<DemoDataSeeder> logger)
{
    public const string Password = "Demo#2026";
    private const long LockKey = 0x53616c6544656d6f; // "SaleDemo"

    /// <summary>
    /// Loads the demo company into an empty database; with <paramref name="withPlans"/> also this and
    /// last month's targets and monthly plans (DemoPlans), for a demo where every screen shows something.
    /// </summary>
    public async Task<IReadOnlyList<DemoSignIn>> SeedIfEmptyAsync(bool withPlans = false, CancellationToken cancellationToken = default)
    {
        (Period ThisMonth, Period FirstMonth) months;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            // Instances starting at once take turns. The lock ends with the transaction, so it can never stay behind on a
            // pooled connection (the pool does not reset connections, DependencyInjection.WithPoolSettings).
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({LockKey})", cancellationToken);
            if (await db.Users.AnyAsync(cancellationToken) || await db.Regions.AnyAsync(cancellationToken))
            {
                logger.LogInformation("Demo data skipped: the database already holds data");
                return DemoCompany.SignIns;
            }

            months = await SeedAsync(withPlans, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        if (withPlans)
        {
            // Through the services, on what was just committed: last month signed off and its incentive run approved.
            await incentives.SeedAsync(months.ThisMonth, months.FirstMonth, cancellationToken);
        }

        logger.LogInformation("Demo company loaded");
        return DemoCompany.SignIns;
    }

    /// <summary>Adds the demo company in the caller's transaction; answers this month and the first month of its history.</summary>
    private async Task<(Period ThisMonth, Period FirstMonth)> SeedAsync(bool withPlans, CancellationToken cancellationToken)
    {
        foreach (var person in DemoCompany.People)
        {
            var user = new AppUser
            {
                UserName = person.Email,
                Email = person.Email,
                EmailConfirmed = true,
                DisplayName = person.DisplayName,
            };
            Ensure(await userManager.CreateAsync(user, Password), person.Email);
            Ensure(await userManager.AddToRoleAsync(user, person.Role), person.Email);
        }

        var idsByEmail = await db.Users.ToDictionaryAsync(u => u.Email!, u => u.Id, cancellationToken);
        foreach (var regionSeed in DemoCompany.Regions)
        {
            var region = Region.Create(regionSeed.Code, regionSeed.Name);
            region.AssignManager(idsByEmail[regionSeed.ManagerEmail]);
            foreach (var rep in regionSeed.RepEmails)
            {
                region.AddRep(idsByEmail[rep]);
            }

            db.Regions.Add(region);
        }

        var pricedProducts = new List<(Guid ProductId, decimal UnitPrice)>();
        foreach (var lineSeed in DemoCompany.ProductLines)
        {
            var line = ProductLine.Create(lineSeed.Code, lineSeed.NameZh, lineSeed.NameEn);
            db.ProductLines.Add(line);
            foreach (var p in lineSeed.Products)
            {
                var product = Product.Create(p.Code, p.NameZh, p.NameEn, p.Unit, line);
                db.Products.Add(product);
                pricedProducts.Add((product.Id, p.UnitPrice));
            }
        }

        foreach (var s in DemoCompany.Segments)
        {
            db.CustomerSegments.Add(CustomerSegment.Create(s.Code, s.NameZh, s.NameEn, s.Kind));
        }

        var settings = Domain.Settings.CompanySettings.Default();
        Settings.SettingsService.Apply(settings, Settings.SettingsView.From(settings) with { CompanyName = DemoCompany.Name });
        db.CompanySettings.Add(settings);

        var reps = db.ChangeTracker.Entries<Region>()
            .SelectMany(e => e.Entity.Members.Where(m => m.Role == MemberRole.Rep).Select(m => (e.Entity.Id, m.UserId)))
            .ToList();
        var thisMonth = Period.Containing(DateOnly.FromDateTime(time.GetLocalNow().DateTime));
        var history = DemoHistory.For(thisMonth, reps, pricedProducts).ToList();
        db.MonthlyActuals.AddRange(history);
        if (withPlans)
        {
            var regions = db.ChangeTracker.Entries<Region>().Select(e => (e.Entity.Id, e.Entity.Code, e.Entity.ManagerId!.Value)).ToList();
            DemoPlans.Seed(db, thisMonth, time.GetUtcNow(), history, regions, idsByEmail[DemoCompany.People.First(p => p.Role == Roles.Director).Email]);
            var teams = db.ChangeTracker.Entries<Region>()
                .Select(e => (e.Entity.Id, e.Entity.Code, e.Entity.ManagerId!.Value,
                    (IReadOnlyList<Guid>)[.. e.Entity.Members.Where(m => m.Role == MemberRole.Rep).Select(m => m.UserId).Order()]))
                .ToList();
            DemoScorecards.Seed(db, thisMonth, time.GetUtcNow(), teams);
        }

        await db.SaveChangesAsync(cancellationToken);
        return (thisMonth, Period.FromKey(history.Min(a => a.PeriodKey)));
    }

    private static void Ensure(IdentityResult result, string who)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                $"Demo user {who} could not be created: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }
}

public sealed record DemoSignIn(string Role, string Email, string Password, string DisplayName);
