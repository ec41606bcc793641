using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SalesPlanning.Infrastructure.Persistence.Configurations;

/// <summary>
/// A list of small immutable records kept whole in one jsonb column (enums by name), compared by its
/// JSON text: replacing the list marks the row changed, so the row's version guards its contents.
/// </summary>
internal static class JsonColumns
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static PropertyBuilder<IReadOnlyList<T>> HasJsonConversion<T>(this PropertyBuilder<IReadOnlyList<T>> property)
    {
        ArgumentNullException.ThrowIfNull(property);
        return property
            .HasColumnType("jsonb")
            .HasConversion(
                list => Serialize(list),
                json => Deserialize<T>(json),
                new ValueComparer<IReadOnlyList<T>>(
                    (a, b) => Serialize(a) == Serialize(b),
                    list => Serialize(list).GetHashCode(StringComparison.Ordinal),
                    list => Deserialize<T>(Serialize(list))));
    }

    public static PropertyBuilder<IReadOnlyList<T>?> HasNullableJsonConversion<T>(this PropertyBuilder<IReadOnlyList<T>?> property)
    {
        ArgumentNullException.ThrowIfNull(property);
        return property
            .HasColumnType("jsonb")
            .HasConversion(
                list => list == null ? null : Serialize(list),
                json => json == null ? null : Deserialize<T>(json),
                new ValueComparer<IReadOnlyList<T>?>(
                    (a, b) => Serialize(a) == Serialize(b),
                    list => Serialize(list).GetHashCode(StringComparison.Ordinal),
                    list => list == null ? null : Deserialize<T>(Serialize(list))));
    }

    /// <summary>One immutable record kept whole in a jsonb column, compared by its JSON text.</summary>
    public static PropertyBuilder<T> HasJsonObjectConversion<T>(this PropertyBuilder<T> property)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(property);
        return property
            .HasColumnType("jsonb")
            .HasConversion(
                value => JsonSerializer.Serialize(value, Options),
                json => JsonSerializer.Deserialize<T>(json, Options)!,
                new ValueComparer<T>(
                    (a, b) => JsonSerializer.Serialize(a, Options) == JsonSerializer.Serialize(b, Options),
                    value => JsonSerializer.Serialize(value, Options).GetHashCode(StringComparison.Ordinal),
                    value => JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(value, Options), Options)!));
    }

    private static string Serialize<T>(IReadOnlyList<T>? list) => list is null ? "" : JsonSerializer.Serialize(list, Options);

    private static IReadOnlyList<T> Deserialize<T>(string json) => (JsonSerializer.Deserialize<List<T>>(json, Options) ?? []).AsReadOnly();
}
