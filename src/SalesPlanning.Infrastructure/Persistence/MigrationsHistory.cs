using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Migrations.Internal;

namespace SalesPlanning.Infrastructure.Persistence;

/// <summary>
/// Keeps EF's history table as every database already has it ("MigrationId", "ProductVersion").
/// EFCore.NamingConventions would snake-case those columns too, and an existing database would
/// then look unmigrated (efcore/EFCore.NamingConventions#1); its key keeps its name too. The Npgsql history repository is an
/// internal EF API (EF1001): the upgrade-in-place test (DatabaseUpgradeInPlace) tells us when a
/// provider update breaks it.
/// </summary>
#pragma warning disable EF1001
internal sealed class MigrationsHistory(HistoryRepositoryDependencies dependencies) : NpgsqlHistoryRepository(dependencies)
{
    protected override void ConfigureTable(EntityTypeBuilder<HistoryRow> history)
    {
        base.ConfigureTable(history);
        history.Property(h => h.MigrationId).HasColumnName("MigrationId");
        history.Property(h => h.ProductVersion).HasColumnName("ProductVersion");
        history.HasKey(h => h.MigrationId).HasName("PK___EFMigrationsHistory");
    }
}
#pragma warning restore EF1001
