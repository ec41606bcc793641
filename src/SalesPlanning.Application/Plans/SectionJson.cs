using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using SalesPlanning.Domain.Plans;

namespace SalesPlanning.Application.Plans;

/// <summary>
/// Section content as JSON: how it is stored (a jsonb column per section) and how the HTTP API reads
/// and writes it. Property names are camelCase, enums are strings, and the stored form carries a
/// "kind" discriminator so a row can be read back without knowing its section.
/// </summary>
public static class SectionJson
{
    private static readonly JsonSerializerOptions Stored = Create(polymorphic: true);
    private static readonly JsonSerializerOptions Plain = Create(polymorphic: false);

    private static readonly Dictionary<PlanSection, Type> Types = new()
    {
        [PlanSection.Review] = typeof(ReviewNarrative),
        [PlanSection.Targets] = typeof(TargetBasis),
        [PlanSection.Strategies] = typeof(StrategiesContent),
        [PlanSection.Activities] = typeof(ActivitiesContent),
        [PlanSection.Resources] = typeof(ResourcesContent),
        [PlanSection.Forecast] = typeof(ForecastContent),
        [PlanSection.Risks] = typeof(RisksContent),
        [PlanSection.Tracking] = typeof(TrackingContent),
    };

    /// <summary>The content type of a section, e.g. <see cref="ActivitiesContent"/> for activities.</summary>
    public static Type TypeOf(PlanSection section) =>
        Types.TryGetValue(section, out var type) ? type : throw new ArgumentOutOfRangeException(nameof(section), section, null);

    public static string Serialize(SectionContent content) => JsonSerializer.Serialize(content, Stored);

    public static SectionContent Deserialize(string json) =>
        JsonSerializer.Deserialize<SectionContent>(json, Stored) ?? throw new JsonException("A plan section holds null.");

    /// <summary>
    /// Reads one section's content as the API receives it (no discriminator); null when the JSON is not
    /// that shape, with <paramref name="unreadable"/> the JSON path of what could not be read ("$.items[0].budget"; "$" when unknown).
    /// </summary>
    public static SectionContent? ReadPlain(PlanSection section, JsonElement json, out string? unreadable)
    {
        unreadable = "$";
        // Nullable annotations are not checked on list elements: a null item would reach the rules as null.
        if (HasNullListItem(json))
        {
            return null;
        }

        try
        {
            var content = json.Deserialize(TypeOf(section), Plain) as SectionContent;
            unreadable = content is null ? "$" : null;
            return content;
        }
        catch (JsonException e)
        {
            unreadable = string.IsNullOrEmpty(e.Path) ? "$" : e.Path;
            return null;
        }
    }

    private static bool HasNullListItem(JsonElement json) => json.ValueKind switch
    {
        JsonValueKind.Array => json.EnumerateArray().Any(item => item.ValueKind == JsonValueKind.Null || HasNullListItem(item)),
        JsonValueKind.Object => json.EnumerateObject().Any(property => HasNullListItem(property.Value)),
        _ => false,
    };

    private static JsonSerializerOptions Create(bool polymorphic)
    {
        var resolver = new DefaultJsonTypeInfoResolver();
        if (polymorphic)
        {
            resolver.Modifiers.Add(info =>
            {
                if (info.Type != typeof(SectionContent))
                {
                    return;
                }

                info.PolymorphismOptions = new JsonPolymorphismOptions { TypeDiscriminatorPropertyName = "kind" };
                foreach (var (section, type) in Types)
                {
                    info.PolymorphismOptions.DerivedTypes.Add(new JsonDerivedType(type, section.ToString()));
                }
            });
        }

        resolver.Modifiers.Add(info =>
        {
            // Computed members (Section, totals, scores) are not part of what is stored or sent in.
            if (info.Kind == JsonTypeInfoKind.Object && typeof(SectionContent).IsAssignableFrom(info.Type))
            {
                foreach (var property in info.Properties.Where(p => p.Set is null && p.AssociatedParameter is null).ToList())
                {
                    info.Properties.Remove(property);
                }
            }
        });

        return new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            TypeInfoResolver = resolver,
            Converters = { new JsonStringEnumConverter(), new Common.ExactDecimalJsonConverter() },
            RespectNullableAnnotations = true,
            // The audit trail keeps the JSON as text: Chinese and quote marks stay readable there, not \uXXXX.
            // (Never written into HTML.)
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            // A property left out of what the API receives is refused rather than left null.
            RespectRequiredConstructorParameters = !polymorphic,
        };
    }
}
