using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;
using SalesPlanning.Application.Actuals;
using SalesPlanning.Application.Auditing;
using SalesPlanning.Application.Identity;
using SalesPlanning.Application.Notifications;
using SalesPlanning.Domain.Organisation;
using SalesPlanning.Domain.Incentives;
using SalesPlanning.Domain.Performance;
using SalesPlanning.Domain.Plans;
using SalesPlanning.Domain.Progress;
using SalesPlanning.Domain.Reviews;
using SalesPlanning.Domain.Settings;
using SalesPlanning.Domain.Targets;

namespace SalesPlanning.Application.Persistence;

/// <summary>
/// What the use cases need from persistence: one unit of work over the sets they read and write.
/// Implemented by the EF Core context in SalesPlanning.Infrastructure (ADR 0006); a service takes
/// an <see cref="ISalesPlanningDbFactory"/> and opens one per operation.
/// </summary>
public interface ISalesPlanningDb : IDisposable, IAsyncDisposable
{
    DbSet<AppUser> Users { get; }
    DbSet<AppRole> Roles { get; }
    DbSet<IdentityUserRole<Guid>> UserRoles { get; }
    DbSet<Region> Regions { get; }
    DbSet<RegionMembership> RegionMemberships { get; }
    DbSet<ProductLine> ProductLines { get; }
    DbSet<Product> Products { get; }
    DbSet<CustomerSegment> CustomerSegments { get; }
    DbSet<Target> Targets { get; }
    DbSet<TargetBreakdown> TargetBreakdowns { get; }
    DbSet<Allocation> TargetAllocations { get; }
    DbSet<MonthlyDistribution> MonthlyDistributions { get; }
    DbSet<MonthlyActual> MonthlyActuals { get; }
    DbSet<ProgressEntry> ProgressEntries { get; }
    DbSet<ProgressLine> ProgressLines { get; }
    DbSet<RepMonthActual> RepMonthActuals { get; }
    DbSet<RegionMonthActual> RegionMonthActuals { get; }
    DbSet<MonthRevision> MonthRevisions { get; }
    DbSet<AuditEntry> AuditEntries { get; }
    DbSet<CompanySettings> CompanySettings { get; }
    DbSet<MonthlyPlan> MonthlyPlans { get; }
    DbSet<PlanSectionEntry> PlanSections { get; }
    DbSet<PlanTransition> PlanTransitions { get; }
    DbSet<MonthEndReview> MonthEndReviews { get; }
    DbSet<KpiTargetSheet> KpiTargetSheets { get; }
    DbSet<RepAssessment> RepAssessments { get; }
    DbSet<FrozenScorecard> FrozenScorecards { get; }
    DbSet<IncentivePlanVersion> IncentivePlanVersions { get; }
    DbSet<PersonGrade> PersonGrades { get; }
    DbSet<IncentiveRun> IncentiveRuns { get; }
    DbSet<Notification> Notifications { get; }
    DbSet<NotificationPreference> NotificationPreferences { get; }
    DbSet<OutboxMail> OutboxMails { get; }

    /// <summary>Transactions, raw SQL and connection control.</summary>
    DatabaseFacade Database { get; }

    ChangeTracker ChangeTracker { get; }

    EntityEntry<TEntity> Entry<TEntity>(TEntity entity) where TEntity : class;

    EntityEntry<TEntity> Add<TEntity>(TEntity entity) where TEntity : class;

    EntityEntry<TEntity> Remove<TEntity>(TEntity entity) where TEntity : class;

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Saves the changes; a concurrent change, a unique key taken or a foreign key in the way comes back
    /// as a <see cref="SaveOutcome"/> instead of an exception. Other failures still throw.
    /// </summary>
    Task<SaveOutcome> TrySaveChangesAsync(CancellationToken cancellationToken = default);
}

/// <summary>Opens a unit of work; one per operation (Interactive Server circuits live long).</summary>
public interface ISalesPlanningDbFactory
{
    ISalesPlanningDb CreateDbContext();

    Task<ISalesPlanningDb> CreateDbContextAsync(CancellationToken cancellationToken = default);
}
