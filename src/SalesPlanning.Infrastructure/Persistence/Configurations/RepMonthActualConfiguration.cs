using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesPlanning.Application.Actuals;

namespace SalesPlanning.Infrastructure.Persistence.Configurations;

/// <summary>
/// The per-rep monthly summary (ADR 0009). No foreign keys: the triggers that keep it write it in
/// the statement that changes the raw rows, and delete a row when no raw row is left behind it.
/// </summary>
internal sealed class RepMonthActualConfiguration : IEntityTypeConfiguration<RepMonthActual>
{
    public void Configure(EntityTypeBuilder<RepMonthActual> builder)
    {
        builder.ToTable("rep_month_actuals");
        builder.HasKey(a => new { a.PeriodKey, a.RegionId, a.RepId });
        builder.Property(a => a.SalesAmount).HasPrecision(18, 2);
        builder.Property(a => a.Collections).HasPrecision(18, 2);
        builder.Property(a => a.HistorySalesAmount).HasPrecision(18, 2);
        builder.Property(a => a.NewCustomerSales).HasPrecision(18, 2);
        builder.Property(a => a.Collections3To6Months).HasColumnName("collections_3_to_6_months").HasPrecision(18, 2);
        builder.Property(a => a.CollectionsOver6Months).HasColumnName("collections_over_6_months").HasPrecision(18, 2);
        // A rep's months (a rep's trend, their statement) without scanning every rep of each month.
        builder.HasIndex(a => new { a.RepId, a.PeriodKey });
    }
}

/// <summary>The per-region monthly summary (ADR 0009), kept by a trigger on the per-rep one.</summary>
internal sealed class RegionMonthActualConfiguration : IEntityTypeConfiguration<RegionMonthActual>
{
    public void Configure(EntityTypeBuilder<RegionMonthActual> builder)
    {
        builder.ToTable("region_month_actuals");
        builder.HasKey(a => new { a.PeriodKey, a.RegionId });
        builder.Property(a => a.SalesAmount).HasPrecision(18, 2);
        builder.Property(a => a.Collections).HasPrecision(18, 2);
        builder.Property(a => a.Revision).HasDefaultValueSql("nextval('month_figures_revision')");
    }
}

/// <summary>The months' revisions of targets and removed actuals (issue 17), kept by triggers.</summary>
internal sealed class MonthRevisionConfiguration : IEntityTypeConfiguration<MonthRevision>
{
    public void Configure(EntityTypeBuilder<MonthRevision> builder)
    {
        builder.ToTable("month_revisions");
        builder.HasKey(r => r.PeriodKey);
        builder.Property(r => r.PeriodKey).ValueGeneratedNever();
    }
}
