using SalesPlanning.Domain.Plans;

namespace SalesPlanning.Web.Components.Pages.Plans.Sections;

// Editable rows the section grids bind to; each maps to and from its domain record.

public sealed class StrategyRow
{
    public StrategyGroup Group { get; set; }
    public string Action { get; set; } = "";
    public string Owner { get; set; } = "";
    public DateOnly? Due { get; set; }

    public static StrategyRow From(StrategyItem item) => new() { Group = item.Group, Action = item.Action, Owner = item.Owner, Due = item.Due };

    public StrategyItem ToItem() => new(Group, Action.Trim(), Owner.Trim(), Due);
}

public sealed class ActivityRow
{
    public string Theme { get; set; } = "";
    public string Type { get; set; } = "";
    public DateOnly? Start { get; set; }
    public DateOnly? End { get; set; }
    public string Place { get; set; } = "";
    public string Participants { get; set; } = "";
    public string ExpectedResult { get; set; } = "";
    public string Owner { get; set; } = "";

    public static ActivityRow From(ActivityItem item) => new()
    {
        Theme = item.Theme, Type = item.Type, Start = item.Start, End = item.End, Place = item.Place,
        Participants = item.Participants, ExpectedResult = item.ExpectedResult, Owner = item.Owner,
    };

    /// <summary>Missing dates fall outside the period, so the server names the field.</summary>
    public ActivityItem ToItem() => new(
        Theme.Trim(), Type.Trim(), Start ?? DateOnly.MinValue, End ?? DateOnly.MinValue, Place.Trim(), Participants.Trim(), ExpectedResult.Trim(), Owner.Trim());
}

public sealed class ResourceRow
{
    public ResourceKind Kind { get; set; }
    public string Description { get; set; } = "";
    public decimal? Budget { get; set; }
    public DateOnly? NeededBy { get; set; }
    public string Coordinator { get; set; } = "";

    public static ResourceRow From(ResourceNeed item) => new()
    {
        Kind = item.Kind, Description = item.Description, Budget = item.Budget, NeededBy = item.NeededBy, Coordinator = item.Coordinator,
    };

    public ResourceNeed ToItem() => new(Kind, Description.Trim(), Budget ?? 0m, NeededBy, Coordinator.Trim());
}

public sealed class RiskRow
{
    public RiskCategory Category { get; set; }
    public string Description { get; set; } = "";
    public int Likelihood { get; set; } = 3;
    public int Impact { get; set; } = 3;
    public string Response { get; set; } = "";

    public int Score => Likelihood * Impact;

    public static RiskRow From(RiskItem item) => new()
    {
        Category = item.Category, Description = item.Description, Likelihood = item.Likelihood, Impact = item.Impact, Response = item.Response,
    };

    public RiskItem ToItem() => new(Category, Description.Trim(), Likelihood, Impact, Response.Trim());
}

public sealed class KpiRow
{
    public string Name { get; set; } = "";
    public decimal? Weight { get; set; }

    public static KpiRow From(KpiWeight item) => new() { Name = item.Name, Weight = item.Weight };

    public KpiWeight ToItem() => new(Name.Trim(), Weight ?? 0m);
}

public sealed class MeetingRow
{
    public DateOnly? Date { get; set; }
}

public sealed class WeekRow
{
    public int Week { get; init; }
    public DateOnly Start { get; init; }
    public DateOnly End { get; init; }
    public decimal? SalesAmount { get; set; }
    public long? SalesVolume { get; set; }
    public decimal? Collections { get; set; }

    public WeeklyForecast ToItem() => new(Week, SalesAmount, SalesVolume, Collections);
}

public sealed class ProductForecastRow
{
    public Guid ProductId { get; init; }
    public string Code { get; init; } = "";
    public string Name { get; init; } = "";
    public string Unit { get; init; } = "";
    public long? NextMonth { get; set; }
    public long? MonthAfter { get; set; }

    public bool IsFilled => NextMonth is not null || MonthAfter is not null;

    public ProductForecast ToItem() => new(ProductId, NextMonth ?? 0, MonthAfter ?? 0);
}
