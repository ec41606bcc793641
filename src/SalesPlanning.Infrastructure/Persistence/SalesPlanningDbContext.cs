using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;
using SalesPlanning.Application.Actuals;
using SalesPlanning.Application.Auditing;
using SalesPlanning.Application.Identity;
using SalesPlanning.Application.Notifications;
using SalesPlanning.Application.Persistence;
using SalesPlanning.Domain.Organisation;
using SalesPlanning.Domain.Incentives;
using SalesPlanning.Domain.Performance;
using SalesPlanning.Domain.Plans;
using SalesPlanning.Domain.Progress;
using SalesPlanning.Domain.Reviews;
using SalesPlanning.Domain.Settings;
using SalesPlanning.Domain.Targets;
using SalesPlanning.Infrastructure.Identity;

namespace SalesPlanning.Infrastructure.Persistence;

/// <summary>
/// The one database: the business tables, ASP.NET Core Identity's stores and the data-protection
/// key ring. snake_case names come from EFCore.NamingConventions, set by <see cref="Configure"/> rather than by each
/// caller, so that every context (app, tests, dotnet-ef, benchmark) builds the same model.
/// </summary>
public sealed class SalesPlanningDbContext(DbContextOptions<SalesPlanningDbContext> options)
    : IdentityDbContext<AppUser, AppRole, Guid>(options), ISalesPlanningDb, IDataProtectionKeyContext
{
    public DbSet<Region> Regions => Set<Region>();
    public DbSet<RegionMembership> RegionMemberships => Set<RegionMembership>();
    public DbSet<ProductLine> ProductLines => Set<ProductLine>();
    public DbSet<Product> Products => Set<Product>();
    public DbSet<CustomerSegment> CustomerSegments => Set<CustomerSegment>();
    public DbSet<Target> Targets => Set<Target>();
    public DbSet<TargetBreakdown> TargetBreakdowns => Set<TargetBreakdown>();
    public DbSet<Allocation> TargetAllocations => Set<Allocation>();
    public DbSet<MonthlyDistribution> MonthlyDistributions => Set<MonthlyDistribution>();
    public DbSet<MonthlyActual> MonthlyActuals => Set<MonthlyActual>();
    public DbSet<ProgressEntry> ProgressEntries => Set<ProgressEntry>();
    public DbSet<ProgressLine> ProgressLines => Set<ProgressLine>();
    public DbSet<RepMonthActual> RepMonthActuals => Set<RepMonthActual>();
    public DbSet<RegionMonthActual> RegionMonthActuals => Set<RegionMonthActual>();
    public DbSet<MonthRevision> MonthRevisions => Set<MonthRevision>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<CompanySettings> CompanySettings => Set<CompanySettings>();
    public DbSet<MonthlyPlan> MonthlyPlans => Set<MonthlyPlan>();
    public DbSet<PlanSectionEntry> PlanSections => Set<PlanSectionEntry>();
    public DbSet<PlanTransition> PlanTransitions => Set<PlanTransition>();
    public DbSet<MonthEndReview> MonthEndReviews => Set<MonthEndReview>();
    public DbSet<KpiTargetSheet> KpiTargetSheets => Set<KpiTargetSheet>();
    public DbSet<RepAssessment> RepAssessments => Set<RepAssessment>();
    public DbSet<FrozenScorecard> FrozenScorecards => Set<FrozenScorecard>();
    public DbSet<IncentivePlanVersion> IncentivePlanVersions => Set<IncentivePlanVersion>();
    public DbSet<PersonGrade> PersonGrades => Set<PersonGrade>();
    public DbSet<IncentiveRun> IncentiveRuns => Set<IncentiveRun>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<NotificationPreference> NotificationPreferences => Set<NotificationPreference>();
    public DbSet<OutboxMail> OutboxMails => Set<OutboxMail>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<SignInSession> SignInSessions => Set<SignInSession>();

    public async Task<SaveOutcome> TrySaveChangesAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await SaveChangesAsync(cancellationToken);
            return SaveOutcome.Saved;
        }
        catch (DbUpdateConcurrencyException)
        {
            return SaveOutcome.Conflict;
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            return SaveOutcome.Duplicate;
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.ForeignKeyViolation })
        {
            return SaveOutcome.InUse;
        }
    }

    /// <summary>
    /// The options every context is built with: PostgreSQL at the connection string, snake_case names, plain-text parameters
    /// and our migrations history. The one place they are set, so that every context (app, tests, dotnet-ef, benchmark) builds
    /// the same model; not in <c>OnConfiguring</c>, which a pooled context may not use.
    /// </summary>
    public static TBuilder Configure<TBuilder>(TBuilder options, string connectionString)
        where TBuilder : DbContextOptionsBuilder
    {
        ArgumentNullException.ThrowIfNull(options);
        options.UseNpgsql(connectionString)
            .UseSnakeCaseNamingConvention()
            .AddInterceptors(PlainTextParameters.Instance)
            .ReplaceService<IHistoryRepository, MigrationsHistory>();
        return options;
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        // Identity names its tables and three indexes explicitly, which the naming convention
        // leaves alone: the names below are the ones every database already has.
        builder.Entity<AppUser>().ToTable("users");
        builder.Entity<AppRole>().ToTable("roles");
        builder.Entity<IdentityUserRole<Guid>>().ToTable("user_roles");
        builder.Entity<IdentityUserClaim<Guid>>().ToTable("user_claims");
        builder.Entity<IdentityUserLogin<Guid>>().ToTable("user_logins");
        builder.Entity<IdentityUserToken<Guid>>().ToTable("user_tokens");
        builder.Entity<IdentityRoleClaim<Guid>>().ToTable("role_claims");
        builder.Entity<AppUser>().HasIndex(u => u.NormalizedEmail).HasDatabaseName("email_index");
        builder.Entity<AppUser>().HasIndex(u => u.NormalizedUserName).HasDatabaseName("user_name_index");
        builder.Entity<AppRole>().HasIndex(r => r.NormalizedName).HasDatabaseName("role_name_index");

        // Drawn by the triggers that keep month_revisions and region_month_actuals (issue 17, MonthRevision).
        builder.HasSequence<long>("month_figures_revision");
        builder.ApplyConfigurationsFromAssembly(typeof(SalesPlanningDbContext).Assembly);
    }
}
