using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesPlanning.Application.Identity;
using SalesPlanning.Domain.Organisation;
using SalesPlanning.Domain.Performance;

namespace SalesPlanning.Infrastructure.Persistence.Configurations;

internal sealed class KpiTargetSheetConfiguration : IEntityTypeConfiguration<KpiTargetSheet>
{
    public void Configure(EntityTypeBuilder<KpiTargetSheet> builder)
    {
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Ignore(s => s.Period);
        builder.Property(s => s.Lines).HasJsonConversion().IsRequired();
        builder.Property(s => s.Version).IsRowVersion();
        // One sheet per team and month: two first saves at once are a conflict, never two sheets.
        builder.HasIndex(s => new { s.RegionId, s.PeriodKey }).IsUnique();
        builder.HasOne<Region>().WithMany().HasForeignKey(s => s.RegionId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class RepAssessmentConfiguration : IEntityTypeConfiguration<RepAssessment>
{
    public void Configure(EntityTypeBuilder<RepAssessment> builder)
    {
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Ignore(a => a.Period);
        builder.Property(a => a.Conduct).HasPrecision(4, 1);
        builder.Property(a => a.RequestFollowUp).HasPrecision(4, 1);
        builder.Property(a => a.Comment).HasMaxLength(ManualScore.CommentMaxLength);
        builder.Property(a => a.Version).IsRowVersion();
        builder.HasIndex(a => new { a.RepId, a.PeriodKey }).IsUnique();
        builder.HasIndex(a => new { a.RegionId, a.PeriodKey });
        builder.HasOne<Region>().WithMany().HasForeignKey(a => a.RegionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(a => a.RepId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class FrozenScorecardConfiguration : IEntityTypeConfiguration<FrozenScorecard>
{
    public void Configure(EntityTypeBuilder<FrozenScorecard> builder)
    {
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Ignore(f => f.Period);
        builder.Ignore(f => f.Sheet);
        builder.Property(f => f.Total).HasPrecision(7, 2);
        builder.Property(f => f.Cap).HasPrecision(5, 2);
        builder.Property(f => f.WeightsFrom).HasConversion<string>().HasMaxLength(20);
        builder.Property(f => f.Lines).HasJsonConversion().IsRequired();
        builder.HasIndex(f => new { f.RepId, f.PeriodKey }).IsUnique();
        builder.HasIndex(f => new { f.PeriodKey, f.RegionId });
        builder.HasOne<Region>().WithMany().HasForeignKey(f => f.RegionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(f => f.RepId).OnDelete(DeleteBehavior.Restrict);
    }
}
