using System.Text.Json;
using System.Text.Json.Serialization;
using SalesPlanning.Domain.Common;

namespace SalesPlanning.Web.Api;

/// <summary>A period travels as "2026-12" in the API, as in the URLs.</summary>
internal sealed class PeriodJsonConverter : JsonConverter<Period>
{
    public override Period Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Period.TryParse(reader.GetString(), out var period) && period is not null
            ? period
            : throw new JsonException("A period looks like 2026-12.");

    public override void Write(Utf8JsonWriter writer, Period value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}
