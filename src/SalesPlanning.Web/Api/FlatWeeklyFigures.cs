using System.Text.Json.Serialization.Metadata;
using SalesPlanning.Domain.Progress;

namespace SalesPlanning.Web.Api;

/// <summary>
/// The API's answers carry the weekly figures flat, as they always did ("salesAmount", "orders", … beside "id" and
/// "note"), although views hold them as one <see cref="WeeklyFigures"/>: this contract modifier puts a member per
/// figure of <see cref="WeeklyFigures.All"/> where the value was, so a new figure appears in every answer by itself.
/// Writing only: the bodies the API reads spell their figures out (<see cref="ProgressEndpoints.WeekBody"/>).
/// </summary>
internal static class FlatWeeklyFigures
{
    public static void Modify(JsonTypeInfo type)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (type.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        for (var i = type.Properties.Count - 1; i >= 0; i--)
        {
            if (type.Properties[i] is not { Get: { } get } property || property.PropertyType != typeof(WeeklyFigures))
            {
                continue;
            }

            type.Properties.RemoveAt(i);
            var at = i;
            foreach (var figure in WeeklyFigures.All)
            {
                var name = type.Options.PropertyNamingPolicy?.ConvertName(figure.Name) ?? figure.Name;
                var member = type.CreateJsonPropertyInfo(figure.Kind == FigureKind.Money ? typeof(decimal) : typeof(long), name);
                member.Get = figure.Kind == FigureKind.Money
                    ? owner => figure.ValueOf((WeeklyFigures)get(owner)!)
                    : owner => (long)figure.ValueOf((WeeklyFigures)get(owner)!);
                type.Properties.Insert(at++, member);
            }
        }
    }
}
