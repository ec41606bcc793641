using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesPlanning.Application.Identity;
using SalesPlanning.Application.Plans;
using SalesPlanning.Domain.Organisation;
using SalesPlanning.Domain.Plans;

namespace SalesPlanning.Infrastructure.Persistence.Configurations;

internal sealed class MonthlyPlanConfiguration : IEntityTypeConfiguration<MonthlyPlan>
{
    public void Configure(EntityTypeBuilder<MonthlyPlan> builder)
    {
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Ignore(p => p.Period);
        builder.Ignore(p => p.IsEditable);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.ReturnComment).HasMaxLength(PlanLimits.Comment);
        builder.Property(p => p.Version).IsRowVersion();
        builder.HasIndex(p => new { p.RegionId, p.PeriodKey }).IsUnique();
        // The review queue: submitted plans, oldest first.
        builder.HasIndex(p => new { p.Status, p.SubmittedAt });
        builder.HasOne<Region>().WithMany().HasForeignKey(p => p.RegionId).OnDelete(DeleteBehavior.Restrict);

        builder.HasMany(p => p.Sections).WithOne().HasForeignKey(s => s.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Sections).UsePropertyAccessMode(PropertyAccessMode.Field).HasField("_sections");
        builder.HasMany(p => p.Transitions).WithOne().HasForeignKey(t => t.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Transitions).UsePropertyAccessMode(PropertyAccessMode.Field).HasField("_transitions");
    }
}

internal sealed class PlanSectionEntryConfiguration : IEntityTypeConfiguration<PlanSectionEntry>
{
    public void Configure(EntityTypeBuilder<PlanSectionEntry> builder)
    {
        builder.ToTable("plan_sections");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Section).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.Content)
            .HasColumnType("jsonb")
            .HasConversion(
                content => SectionJson.Serialize(content),
                json => SectionJson.Deserialize(json),
                new ValueComparer<SectionContent>(
                    (a, b) => SectionJson.Serialize(a!) == SectionJson.Serialize(b!),
                    content => SectionJson.Serialize(content).GetHashCode(StringComparison.Ordinal),
                    content => SectionJson.Deserialize(SectionJson.Serialize(content))));
        builder.Property(s => s.Version).IsRowVersion();
        builder.HasIndex(s => new { s.PlanId, s.Section }).IsUnique();
        builder.HasOne<AppUser>().WithMany().HasForeignKey(s => s.UpdatedBy).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PlanTransitionConfiguration : IEntityTypeConfiguration<PlanTransition>
{
    public void Configure(EntityTypeBuilder<PlanTransition> builder)
    {
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.From).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.To).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.Comment).HasMaxLength(PlanLimits.Comment);
        builder.HasIndex(t => new { t.PlanId, t.At });
        builder.HasOne<AppUser>().WithMany().HasForeignKey(t => t.ActorId).OnDelete(DeleteBehavior.Restrict);
    }
}
