using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesPlanning.Application.Identity;
using SalesPlanning.Domain.Organisation;
using SalesPlanning.Domain.Progress;

namespace SalesPlanning.Infrastructure.Persistence.Configurations;

internal sealed class MonthlyActualConfiguration : IEntityTypeConfiguration<MonthlyActual>
{
    public void Configure(EntityTypeBuilder<MonthlyActual> builder)
    {
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Ignore(a => a.Period);
        builder.Property(a => a.SalesAmount).HasPrecision(18, 2);
        builder.Property(a => a.Collections).HasPrecision(18, 2);
        builder.HasIndex(a => new { a.PeriodKey, a.RepId, a.ProductId }).IsUnique();
        builder.HasIndex(a => new { a.PeriodKey, a.RegionId });
        builder.HasIndex(a => new { a.PeriodKey, a.ProductId });
        builder.HasOne<Region>().WithMany().HasForeignKey(a => a.RegionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(a => a.RepId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Product>().WithMany().HasForeignKey(a => a.ProductId).OnDelete(DeleteBehavior.Restrict);
    }
}
