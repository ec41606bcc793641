using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Targets;

namespace SalesPlanning.Infrastructure.Persistence.Configurations;

internal sealed class TargetConfiguration : IEntityTypeConfiguration<Target>
{
    public void Configure(EntityTypeBuilder<Target> builder)
    {
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Ignore(t => t.Period);
        builder.Ignore(t => t.Scope);
        builder.Ignore(t => t.AllBreakdownsBalanced);
        builder.Property(t => t.Metric).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.ScopeKind).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.Amount).HasPrecision(18, 2);
        builder.Property(t => t.Version).IsRowVersion();
        // One target per metric, scope and month; the company scope has no id, so NULLs must not be distinct.
        builder.HasIndex(t => new { t.PeriodKey, t.Metric, t.ScopeKind, t.ScopeId }).IsUnique().AreNullsDistinct(false);
        // A scope's targets over months (the trend): without it a year's company targets were a scan of every target (issue 17).
        builder.HasIndex(t => new { t.ScopeKind, t.ScopeId, t.Metric, t.PeriodKey });

        builder.HasMany(t => t.Breakdowns).WithOne(b => b.Target).HasForeignKey(b => b.TargetId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(t => t.Breakdowns).UsePropertyAccessMode(PropertyAccessMode.Field).HasField("_breakdowns");
    }
}

internal sealed class TargetBreakdownConfiguration : IEntityTypeConfiguration<TargetBreakdown>
{
    public void Configure(EntityTypeBuilder<TargetBreakdown> builder)
    {
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.Property(b => b.Dimension).HasConversion<string>().HasMaxLength(20);
        builder.Ignore(b => b.Allocated);
        builder.Ignore(b => b.Unallocated);
        builder.Ignore(b => b.IsBalanced);
        builder.Ignore(b => b.Status);
        builder.HasIndex(b => new { b.TargetId, b.Dimension }).IsUnique();

        builder.HasMany(b => b.Allocations).WithOne().HasForeignKey(a => a.BreakdownId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(b => b.Allocations).UsePropertyAccessMode(PropertyAccessMode.Field).HasField("_allocations");
    }
}

internal sealed class AllocationConfiguration : IEntityTypeConfiguration<Allocation>
{
    public void Configure(EntityTypeBuilder<Allocation> builder)
    {
        builder.ToTable("target_allocations");
        builder.HasKey(a => new { a.BreakdownId, a.MemberId });
        builder.Property(a => a.Amount).HasPrecision(18, 2);
    }
}

internal sealed class MonthlyDistributionConfiguration : IEntityTypeConfiguration<MonthlyDistribution>
{
    public void Configure(EntityTypeBuilder<MonthlyDistribution> builder)
    {
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Name).HasMaxLength(TextLimits.Name).IsRequired();
        builder.Ignore(d => d.Percentages);
        builder.Property<decimal[]>("_percentages").HasColumnName("percentages").HasColumnType("numeric(5,2)[]").IsRequired();
        builder.Property(d => d.Version).IsRowVersion();
        builder.HasIndex(d => d.Name).IsUnique();
    }
}
