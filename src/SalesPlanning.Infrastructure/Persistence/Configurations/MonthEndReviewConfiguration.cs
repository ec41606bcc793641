using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesPlanning.Application.Identity;
using SalesPlanning.Domain.Plans;
using SalesPlanning.Domain.Reviews;

namespace SalesPlanning.Infrastructure.Persistence.Configurations;

internal sealed class MonthEndReviewConfiguration : IEntityTypeConfiguration<MonthEndReview>
{
    public void Configure(EntityTypeBuilder<MonthEndReview> builder)
    {
        builder.ToTable("month_end_reviews");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Ignore(r => r.Period);
        builder.Ignore(r => r.Narrative);
        builder.Ignore(r => r.IsEditable);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.WhatWorked).HasMaxLength(ReviewNarrativeText.MaxLength);
        builder.Property(r => r.WhatDidNot).HasMaxLength(ReviewNarrativeText.MaxLength);
        builder.Property(r => r.ControllableCauses).HasMaxLength(ReviewNarrativeText.MaxLength);
        builder.Property(r => r.UncontrollableCauses).HasMaxLength(ReviewNarrativeText.MaxLength);
        builder.Property(r => r.Improvements).HasMaxLength(ReviewNarrativeText.MaxLength);
        builder.Property(r => r.ReturnComment).HasMaxLength(MonthEndReview.CommentMaxLength);
        builder.Property(r => r.Version).IsRowVersion();
        // One review per plan; the next month's plan finds the previous one by region and month.
        builder.HasIndex(r => r.PlanId).IsUnique();
        builder.HasIndex(r => new { r.RegionId, r.PeriodKey });
        builder.HasOne<MonthlyPlan>().WithMany().HasForeignKey(r => r.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(r => r.UpdatedBy).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(r => r.SignedOffBy).OnDelete(DeleteBehavior.Restrict);
    }
}
