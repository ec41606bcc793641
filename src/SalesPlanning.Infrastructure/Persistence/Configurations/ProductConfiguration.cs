using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Organisation;

namespace SalesPlanning.Infrastructure.Persistence.Configurations;

internal sealed class ProductLineConfiguration : IEntityTypeConfiguration<ProductLine>
{
    public void Configure(EntityTypeBuilder<ProductLine> builder)
    {
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Id).ValueGeneratedNever();
        builder.Property(l => l.Code).HasMaxLength(TextLimits.Code).IsRequired();
        builder.Property(l => l.NameZh).HasMaxLength(TextLimits.Name).IsRequired();
        builder.Property(l => l.NameEn).HasMaxLength(TextLimits.Name).IsRequired();
        builder.Property(l => l.Version).IsRowVersion();
        builder.HasIndex(l => l.Code).IsUnique();
    }
}

internal sealed class ProductConfiguration : IEntityTypeConfiguration<Product>
{
    public void Configure(EntityTypeBuilder<Product> builder)
    {
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Code).HasMaxLength(TextLimits.Code).IsRequired();
        builder.Property(p => p.NameZh).HasMaxLength(TextLimits.Name).IsRequired();
        builder.Property(p => p.NameEn).HasMaxLength(TextLimits.Name).IsRequired();
        builder.Property(p => p.Unit).HasMaxLength(TextLimits.Unit).IsRequired();
        builder.Property(p => p.Version).IsRowVersion();
        builder.HasIndex(p => p.Code).IsUnique();
        builder.HasOne<ProductLine>().WithMany().HasForeignKey(p => p.ProductLineId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CustomerSegmentConfiguration : IEntityTypeConfiguration<CustomerSegment>
{
    public void Configure(EntityTypeBuilder<CustomerSegment> builder)
    {
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Code).HasMaxLength(TextLimits.Code).IsRequired();
        builder.Property(s => s.NameZh).HasMaxLength(TextLimits.Name).IsRequired();
        builder.Property(s => s.NameEn).HasMaxLength(TextLimits.Name).IsRequired();
        builder.Property(s => s.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.Version).IsRowVersion();
        builder.HasIndex(s => s.Code).IsUnique();
    }
}
