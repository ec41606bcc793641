using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesPlanning.Application.Identity;
using SalesPlanning.Domain.Organisation;
using SalesPlanning.Domain.Progress;

namespace SalesPlanning.Infrastructure.Persistence.Configurations;

internal sealed class ProgressEntryConfiguration : IEntityTypeConfiguration<ProgressEntry>
{
    public void Configure(EntityTypeBuilder<ProgressEntry> builder)
    {
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Ignore(e => e.Period);
        builder.Ignore(e => e.Week);
        // The week's figures, one value: a column each, named as before they were one (the triggers that keep
        // rep_month_actuals read these columns).
        builder.ComplexProperty(e => e.Figures, figures =>
        {
            figures.Property(f => f.SalesAmount).HasColumnName("sales_amount").HasPrecision(18, 2);
            figures.Property(f => f.SalesVolume).HasColumnName("sales_volume");
            figures.Property(f => f.Collections).HasColumnName("collections").HasPrecision(18, 2);
            figures.Property(f => f.Collections3To6Months).HasColumnName("collections_3_to_6_months").HasPrecision(18, 2).HasDefaultValue(0m);
            figures.Property(f => f.CollectionsOver6Months).HasColumnName("collections_over_6_months").HasPrecision(18, 2).HasDefaultValue(0m);
            figures.Property(f => f.Orders).HasColumnName("orders");
            figures.Property(f => f.NewCustomers).HasColumnName("new_customers");
            figures.Property(f => f.NewCustomerSales).HasColumnName("new_customer_sales").HasPrecision(18, 2);
            figures.Property(f => f.ExistingCustomerVisits).HasColumnName("existing_customer_visits");
            figures.Property(f => f.Calls).HasColumnName("calls");
            figures.Property(f => f.LostCustomers).HasColumnName("lost_customers");
        });
        builder.Property(e => e.Note).HasMaxLength(ProgressEntry.NoteMaxLength);
        builder.Property(e => e.Version).IsRowVersion();
        // One entry per rep and week: a retried save replaces, never adds.
        builder.HasIndex(e => new { e.RepId, e.PeriodKey, e.WeekNumber }).IsUnique();
        builder.HasIndex(e => new { e.PeriodKey, e.RegionId });
        builder.HasOne<Region>().WithMany().HasForeignKey(e => e.RegionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(e => e.RepId).OnDelete(DeleteBehavior.Restrict);

        builder.HasMany(e => e.Lines).WithOne().HasForeignKey(l => l.EntryId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(e => e.Lines).UsePropertyAccessMode(PropertyAccessMode.Field).HasField("_lines");
    }
}

internal sealed class ProgressLineConfiguration : IEntityTypeConfiguration<ProgressLine>
{
    public void Configure(EntityTypeBuilder<ProgressLine> builder)
    {
        builder.ToTable("progress_lines");
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Id).ValueGeneratedNever();
        builder.Property(l => l.SalesAmount).HasPrecision(18, 2);
        builder.Property(l => l.Collections).HasPrecision(18, 2);
        builder.HasIndex(l => new { l.EntryId, l.ProductId }).IsUnique();
        builder.HasIndex(l => l.ProductId);
        // A month's product figures read that month's lines only.
        builder.HasIndex(l => new { l.PeriodKey, l.ProductId });
        builder.HasOne<Product>().WithMany().HasForeignKey(l => l.ProductId).OnDelete(DeleteBehavior.Restrict);
    }
}
