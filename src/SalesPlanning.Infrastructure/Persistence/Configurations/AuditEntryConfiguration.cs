using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesPlanning.Application.Auditing;

namespace SalesPlanning.Infrastructure.Persistence.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("audit_entries");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).UseIdentityAlwaysColumn();
        builder.Property(a => a.UserName).HasMaxLength(AuditEntry.KeyMaxLength).IsRequired();
        builder.Property(a => a.EntityType).HasMaxLength(AuditEntry.KindMaxLength).IsRequired();
        builder.Property(a => a.EntityKey).HasMaxLength(AuditEntry.KeyMaxLength).IsRequired();
        builder.Property(a => a.Action).HasMaxLength(AuditEntry.KindMaxLength).IsRequired();
        builder.Property(a => a.Field).HasMaxLength(AuditEntry.KeyMaxLength);
        builder.Property(a => a.OldValue).HasMaxLength(AuditEntry.ValueMaxLength);
        builder.Property(a => a.NewValue).HasMaxLength(AuditEntry.ValueMaxLength);
        builder.Property(a => a.Comment).HasMaxLength(AuditEntry.ValueMaxLength);
        builder.HasIndex(a => new { a.EntityType, a.EntityKey });
        builder.HasIndex(a => a.At);
        builder.HasIndex(a => a.UserId);
    }
}
