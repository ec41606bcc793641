using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using SalesPlanning.Application.Identity;

namespace SalesPlanning.Infrastructure.Persistence.Configurations;

internal sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(AppUser.DisplayNameMaxLength).IsRequired();
        builder.Property(u => u.PreferredCulture).HasMaxLength(AppUser.CultureMaxLength);
    }
}

internal sealed class DataProtectionKeyConfiguration : IEntityTypeConfiguration<DataProtectionKey>
{
    public void Configure(EntityTypeBuilder<DataProtectionKey> builder)
    {
        builder.HasKey(k => k.Id);
        builder.Property(k => k.FriendlyName).HasMaxLength(200).IsRequired();
        builder.Property(k => k.Xml).IsRequired();
    }
}

/// <summary>The four roles are reference data: every database has them, demo or not.</summary>
internal sealed class AppRoleConfiguration : IEntityTypeConfiguration<AppRole>
{
    public void Configure(EntityTypeBuilder<AppRole> builder)
    {
        builder.HasData(
            Seed("0195a000-0000-7000-8000-000000000001", Roles.Director),
            Seed("0195a000-0000-7000-8000-000000000002", Roles.Manager),
            Seed("0195a000-0000-7000-8000-000000000003", Roles.Rep),
            Seed("0195a000-0000-7000-8000-000000000004", Roles.Admin));
    }

    private static AppRole Seed(string id, string name) => new(name)
    {
        Id = Guid.Parse(id),
        ConcurrencyStamp = id,
    };
}

internal sealed class SignInSessionConfiguration : IEntityTypeConfiguration<SalesPlanning.Infrastructure.Identity.SignInSession>
{
    public void Configure(EntityTypeBuilder<SalesPlanning.Infrastructure.Identity.SignInSession> builder)
    {
        builder.HasKey(s => s.Key);
        builder.Property(s => s.Key).HasMaxLength(SalesPlanning.Infrastructure.Identity.SignInSession.KeyLength);
        builder.HasIndex(s => s.ExpiresAt);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
