using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesPlanning.Domain.Common;
using SalesPlanning.Domain.Settings;

namespace SalesPlanning.Infrastructure.Persistence.Configurations;

internal sealed class CompanySettingsConfiguration : IEntityTypeConfiguration<CompanySettings>
{
    public void Configure(EntityTypeBuilder<CompanySettings> builder)
    {
        builder.ToTable("company_settings");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.CompanyName).HasMaxLength(TextLimits.Name).IsRequired();
        builder.Property(s => s.CurrencyCode).HasMaxLength(CompanySettings.CurrencyCodeLength).IsRequired();
        builder.Property(s => s.CurrencySymbol).HasMaxLength(CompanySettings.CurrencySymbolMaxLength).IsRequired();
        builder.Property(s => s.KpiScoreCap).HasPrecision(5, 2);
        builder.Property(s => s.Version).IsRowVersion();
        builder.Ignore(s => s.KpiWeights);
        // Null until an admin sets them: the built-in defaults apply.
        builder.Property(s => s.DefaultKpiWeights).HasNullableJsonConversion().IsRequired(false);
        builder.ComplexProperty(s => s.Alerts, alerts =>
        {
            alerts.IsRequired();
            alerts.Property(a => a.RepSevereRate).HasPrecision(5, 4);
            alerts.Property(a => a.RepWarningRate).HasPrecision(5, 4);
            alerts.Property(a => a.RegionRate).HasPrecision(5, 4);
        });
    }
}
