using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesPlanning.Application.Identity;
using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Organisation;

namespace SalesPlanning.Infrastructure.Persistence.Configurations;

internal sealed class RegionConfiguration : IEntityTypeConfiguration<Region>
{
    public void Configure(EntityTypeBuilder<Region> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Code).HasMaxLength(TextLimits.Code).IsRequired();
        builder.Property(r => r.Name).HasMaxLength(TextLimits.Name).IsRequired();
        builder.Property(r => r.Version).IsRowVersion();
        builder.HasIndex(r => r.Code).IsUnique();
        builder.Ignore(r => r.ManagerId);
        builder.Ignore(r => r.RepIds);

        builder.HasMany(r => r.Members).WithOne().HasForeignKey(m => m.RegionId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Members).UsePropertyAccessMode(PropertyAccessMode.Field).HasField("_members");
    }
}

internal sealed class RegionMembershipConfiguration : IEntityTypeConfiguration<RegionMembership>
{
    public void Configure(EntityTypeBuilder<RegionMembership> builder)
    {
        builder.HasKey(m => new { m.RegionId, m.UserId });
        builder.Property(m => m.Role).HasConversion<string>().HasMaxLength(20);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => m.UserId);
    }
}
