using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesPlanning.Application.Identity;
using SalesPlanning.Application.Notifications;

namespace SalesPlanning.Infrastructure.Persistence.Configurations;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.Property(n => n.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(n => n.Link).HasMaxLength(Notification.LinkMaxLength).IsRequired();
        builder.Property(n => n.Key).HasMaxLength(Notification.KeyMaxLength);
        builder.Property(n => n.Values)
            .HasColumnType("jsonb")
            .HasConversion(
                values => JsonSerializer.Serialize(values, (JsonSerializerOptions?)null),
                json => JsonSerializer.Deserialize<Dictionary<string, string>>(json, (JsonSerializerOptions?)null) ?? new Dictionary<string, string>(),
                new ValueComparer<IReadOnlyDictionary<string, string>>(
                    (a, b) => a!.Count == b!.Count && !a.Except(b).Any(),
                    values => values.Count,
                    values => values.ToDictionary(v => v.Key, v => v.Value)));
        builder.Ignore(n => n.IsRead);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(n => n.UserId).OnDelete(DeleteBehavior.Cascade);
        // The bell's count and the list: a user's notifications, newest first.
        builder.HasIndex(n => new { n.UserId, n.CreatedAt });
        // A scheduled check tells each user once per key.
        builder.HasIndex(n => new { n.UserId, n.Key }).IsUnique().HasFilter("key IS NOT NULL");
    }
}

internal sealed class NotificationPreferenceConfiguration : IEntityTypeConfiguration<NotificationPreference>
{
    public void Configure(EntityTypeBuilder<NotificationPreference> builder)
    {
        builder.HasKey(p => new { p.UserId, p.Kind });
        builder.Property(p => p.Kind).HasConversion<string>().HasMaxLength(40);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class OutboxMailConfiguration : IEntityTypeConfiguration<OutboxMail>
{
    public void Configure(EntityTypeBuilder<OutboxMail> builder)
    {
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).UseIdentityAlwaysColumn();
        builder.Property(m => m.ToAddress).HasMaxLength(OutboxMail.AddressMaxLength).IsRequired();
        builder.Property(m => m.Culture).HasMaxLength(AppUser.CultureMaxLength).IsRequired();
        builder.Property(m => m.LastError).HasMaxLength(OutboxMail.ErrorMaxLength);
        builder.Ignore(m => m.HasFailed);
        builder.HasOne<Notification>().WithMany().HasForeignKey(m => m.NotificationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => m.NotificationId);
        // The sender's query: what is due and not sent.
        builder.HasIndex(m => m.NextAttemptAt).HasFilter("sent_at IS NULL");
    }
}
