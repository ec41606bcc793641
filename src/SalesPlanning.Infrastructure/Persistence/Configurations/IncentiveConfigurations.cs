using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesPlanning.Application.Identity;
using SalesPlanning.Domain.Incentives;

namespace SalesPlanning.Infrastructure.Persistence.Configurations;

internal sealed class IncentivePlanVersionConfiguration : IEntityTypeConfiguration<IncentivePlanVersion>
{
    public void Configure(EntityTypeBuilder<IncentivePlanVersion> builder)
    {
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Ignore(v => v.EffectiveFrom);
        builder.Property(v => v.Terms).HasJsonObjectConversion().IsRequired();
        // Two saves from the same version at once: one lands, the other is a conflict.
        builder.HasIndex(v => v.Number).IsUnique();
        builder.HasOne<AppUser>().WithMany().HasForeignKey(v => v.SavedBy).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PersonGradeConfiguration : IEntityTypeConfiguration<PersonGrade>
{
    public void Configure(EntityTypeBuilder<PersonGrade> builder)
    {
        builder.HasKey(g => g.Id);
        builder.Property(g => g.Id).ValueGeneratedNever();
        builder.Ignore(g => g.From);
        builder.Property(g => g.Grade).HasConversion<string>().HasMaxLength(20);
        builder.Property(g => g.Version).IsRowVersion();
        builder.HasIndex(g => new { g.UserId, g.FromKey }).IsUnique();
        builder.HasOne<AppUser>().WithMany().HasForeignKey(g => g.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class IncentiveRunConfiguration : IEntityTypeConfiguration<IncentiveRun>
{
    public void Configure(EntityTypeBuilder<IncentiveRun> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Ignore(r => r.Period);
        builder.Ignore(r => r.Pool);
        builder.Ignore(r => r.Result);
        builder.Property(r => r.Statements).HasJsonConversion().IsRequired();
        builder.Property(r => r.Pools).HasJsonConversion().IsRequired();
        // One approved run per month: two approvals at once are a conflict, never two runs.
        builder.HasIndex(r => r.PeriodKey).IsUnique();
        builder.HasOne<IncentivePlanVersion>().WithMany().HasForeignKey(r => r.PlanVersionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(r => r.ApprovedBy).OnDelete(DeleteBehavior.Restrict);
    }
}
